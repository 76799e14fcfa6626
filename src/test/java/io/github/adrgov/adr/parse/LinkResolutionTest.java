package io.github.adrgov.adr.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.LinkKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Links the parser reads resolve to the ADRs a reader would follow them to. */
class LinkResolutionTest {

    private final AdrParser parser = new AdrParser(StatusVocabulary.defaults());

    private Adr adr(String name, String text) {
        return parser.parse("docs/adr/" + name, name.replaceFirst("\\.md$", ""), text);
    }

    private static List<String> targets(AdrLog log, Adr from) {
        return from.links(LinkKind.SUPERSEDED_BY).stream()
                .flatMap(l -> log.resolve(from, l).stream()).map(Adr::id).toList();
    }

    @Test
    void byPathByNumberAndBySiteLink() {
        Adr old = adr("0002-old.md", "# 2. Old\n\n## Status\n\nSuperseded by [3. New](0003-new.md)\n");
        Adr byNumber = adr("0004-x.md", "# 4. X\n\n## Status\n\nSuperseded by ADR-0003\n");
        Adr site = adr("0005-y.md", "# 5. Y\n\n## Status\n\nSuperseded by [ADR 3](/adr/3)\n");
        Adr fresh = adr("0003-new.md", "# 3. New\n\n## Status\n\nAccepted\n");
        AdrLog log = new AdrLog("docs/adr", List.of(old, byNumber, site, fresh), List.of(), List.of());
        assertThat(targets(log, old)).containsExactly("0003-new");
        assertThat(targets(log, byNumber)).containsExactly("0003-new");
        assertThat(targets(log, site)).containsExactly("0003-new");
    }

    @Test
    void aLinkToAMissingFileIsBrokenEvenWhenItsTextNamesAnExistingNumber() {
        Adr old = adr("0014-docs.md", "# 14. Docs\n\n## Status\n\n"
                + "Superseded by [ADR 16](https://github.com/o/r/blob/main/docs/adr/0016-renamed-since.md)\n");
        Adr other = adr("0016-file-uploads.md", "# 16. File uploads\n");
        AdrLog log = new AdrLog("docs/adr", List.of(old, other), List.of(), List.of());
        assertThat(old.links(LinkKind.SUPERSEDED_BY)).singleElement()
                .satisfies(l -> assertThat(l.targetNumber()).isEqualTo(16));
        assertThat(targets(log, old)).isEmpty();
    }
}
