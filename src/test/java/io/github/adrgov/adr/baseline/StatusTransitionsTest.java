package io.github.adrgov.adr.baseline;

import static io.github.adrgov.adr.model.StatusCategory.ACCEPTED;
import static io.github.adrgov.adr.model.StatusCategory.DEPRECATED;
import static io.github.adrgov.adr.model.StatusCategory.DRAFT;
import static io.github.adrgov.adr.model.StatusCategory.PROPOSED;
import static io.github.adrgov.adr.model.StatusCategory.REJECTED;
import static io.github.adrgov.adr.model.StatusCategory.SUPERSEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.adrgov.adr.config.StatusTransitions;
import io.github.adrgov.adr.config.ValidationConfig;
import org.junit.jupiter.api.Test;

class StatusTransitionsTest {

    @Test
    void theDefaultFollowsTheSeedLifecycle() {
        StatusTransitions t = StatusTransitions.defaults();
        assertThat(t.allows(PROPOSED, ACCEPTED)).isTrue();
        assertThat(t.allows(PROPOSED, REJECTED)).isTrue();
        assertThat(t.allows(ACCEPTED, SUPERSEDED)).isTrue();
        assertThat(t.allows(ACCEPTED, DEPRECATED)).isTrue();
        assertThat(t.allows(DRAFT, PROPOSED)).isTrue();
        assertThat(t.allows(ACCEPTED, ACCEPTED)).isTrue();
        assertThat(t.allows(ACCEPTED, PROPOSED)).isFalse();
        assertThat(t.allows(SUPERSEDED, ACCEPTED)).isFalse();
        assertThat(t.allows(REJECTED, ACCEPTED)).isFalse();
        assertThat(t.allows(DEPRECATED, ACCEPTED)).isFalse();
        assertThat(t.toString()).isEqualTo(StatusTransitions.DEFAULT_TEXT);
        assertThat(ValidationConfig.defaults().statusTransitions()).isEqualTo(t);
    }

    @Test
    void parsesTheWrittenForm() {
        StatusTransitions t = StatusTransitions.parse(" Proposed -> Accepted , rejected ; accepted->superseded; rejected->");
        assertThat(t.allows(PROPOSED, ACCEPTED)).isTrue();
        assertThat(t.allows(ACCEPTED, DEPRECATED)).isFalse();
        assertThat(t.allowedFrom(REJECTED)).isEmpty();
        assertThat(t.toString()).isEqualTo("proposed->accepted,rejected;accepted->superseded;rejected->");
    }

    @Test
    void aBadEntryIsNamed() {
        assertThatThrownBy(() -> StatusTransitions.parse("accepted=>superseded"))
                .hasMessage("Status transition 'accepted=>superseded' has no '->'; write it as from->to,to"
                        + " (e.g. accepted->deprecated,superseded)");
        assertThatThrownBy(() -> StatusTransitions.parse("accepted->superceeded"))
                .hasMessage("'superceeded' in a status transition is not a status category; use proposed, accepted,"
                        + " rejected, deprecated, superseded or draft");
    }
}
