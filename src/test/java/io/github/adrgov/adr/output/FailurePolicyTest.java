package io.github.adrgov.adr.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;
import io.github.adrgov.adr.result.ValidationResult;
import org.junit.jupiter.api.Test;

class FailurePolicyTest {

    private static final String JSON = "target/adr/validation.json";
    private static final Finding ERROR = new Finding("missing-date", Severity.ERROR, "docs/adr/0001-a.md", 1, "x");
    private static final Finding WARNING = new Finding("number-gap", Severity.WARNING, "docs/adr", null, "y");
    private static final Finding INFO = new Finding("future-date", Severity.INFO, "docs/adr/0001-a.md", 2, "z");

    @Test
    void errorsFailByDefaultWithCountsInTheMessage() {
        ValidationResult r = Results.of(4, ERROR, WARNING);

        assertThat(new FailurePolicy(true, false).failure(r, "docs/adr", JSON)).hasValue(
                "ADR log docs/adr has 1 error (4 ADRs, 1 error, 1 warning); the findings are listed above and in"
                        + " target/adr/validation.json.");
    }

    @Test
    void warningsAndInfosPassByDefault() {
        assertThat(new FailurePolicy(true, false).failure(Results.of(1, WARNING, INFO), "docs/adr", JSON)).isEmpty();
    }

    @Test
    void warningsFailWithFailOnWarning() {
        assertThat(new FailurePolicy(true, true).failure(Results.of(1, WARNING), "docs/adr", JSON))
                .hasValueSatisfying(m -> assertThat(m).startsWith(
                        "ADR log docs/adr has 1 warning and adr.failOnWarning is true (1 ADR, 0 errors, 1 warning)"));
    }

    @Test
    void infosNeverFail() {
        assertThat(new FailurePolicy(true, true).failure(Results.of(1, INFO), "docs/adr", JSON)).isEmpty();
    }

    @Test
    void nothingFailsWithoutFailOnViolation() {
        assertThat(new FailurePolicy(false, true).failure(Results.of(1, ERROR, WARNING), "docs/adr", JSON)).isEmpty();
    }
}
