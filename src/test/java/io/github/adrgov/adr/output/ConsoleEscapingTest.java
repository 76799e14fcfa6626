package io.github.adrgov.adr.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;
import io.github.adrgov.adr.result.ValidationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A file name or value with line ends or other control characters stays on its own console line. */
class ConsoleEscapingTest {

    @Test
    void aNewlineInAFileNameCannotFakeABuildSuccessLine() {
        Finding f = new Finding("missing-status", Severity.ERROR, "docs/adr/0001-a\n[INFO] BUILD SUCCESS\r\u001b[2K.md", 1,
                "No status \u202Eevil\u2028.");
        ValidationResult r = new ValidationResult(new io.github.adrgov.adr.model.AdrLog("docs/adr", List.of(), List.of(), List.of()), List.of(f));
        List<ConsoleLine> lines = new ConsoleReport(0).lines(r, "docs/adr", "target/adr/validation.json");
        assertThat(lines.get(0).text()).isEqualTo(
                "docs/adr/0001-a\\n[INFO] BUILD SUCCESS\\r\\u001b[2K.md:1: [missing-status] No status \\u202eevil\\u2028.");
        assertThat(lines).allSatisfy(l -> assertThat(l.text()).doesNotContain("\n", "\r", "\u001b"));
    }

    @Test
    void plainTextIsUnchanged() {
        assertThat(ConsoleLine.escape("docs/adr/0001-über café.md:3: [x] \"Quoted\"")).isEqualTo(
                "docs/adr/0001-über café.md:3: [x] \"Quoted\"");
    }
}
