package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.Dialect;
import io.github.adrgov.adr.model.LinkKind;
import io.github.adrgov.adr.model.Section;
import io.github.adrgov.adr.model.StatusCategory;
import io.github.adrgov.adr.model.UnreadableFile;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.validate.Validator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Models of small ADR logs for rule tests, built without the parser. A {@link #nygard} ADR is laid out like an
 * adr-tools file:
 * <pre>
 * 1  # 3. Use things
 * 2
 * 3  Date: 2025-01-15
 * 4
 * 5  ## Status
 * 6
 * 7  Accepted            (status line; supersession links also go on line 7 unless placed elsewhere)
 * 8
 * 9  ## Context
 * 10 Some context.
 * 11 ## Decision
 * 12 Some decision.
 * 13 ## Consequences
 * 14 Some consequences.
 * </pre>
 */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    private Fixtures() {
    }

    static ValidationConfig config() {
        return ValidationConfig.builder().today(TODAY).build();
    }

    static AdrLog log(Adr... adrs) {
        return new AdrLog("docs/adr", List.of(adrs), List.of(), List.of());
    }

    static AdrLog log(List<Adr> adrs, List<UnreadableFile> unreadable, List<String> skipped) {
        return new AdrLog("docs/adr", adrs, unreadable, skipped);
    }

    /** A complete, valid nygard ADR {@code docs/adr/<digits>-<slug>.md} with the given status word. */
    static Adr.Builder nygard(String digits, String slug, String status) {
        int n = Integer.parseInt(digits);
        String title = Character.toUpperCase(slug.charAt(0)) + slug.substring(1).replace('-', ' ');
        List<String> lines = List.of(
                "# " + n + ". " + title, "", "Date: 2025-01-15", "", "## Status", "", status, "",
                "## Context", "Some context.", "## Decision", "Some decision.", "## Consequences",
                "Some consequences.");
        Adr.Builder b = Adr.builder("docs/adr/" + digits + "-" + slug + ".md")
                .fileNumber(digits)
                .titleNumber(n)
                .title(title, 1)
                .date("2025-01-15", LocalDate.of(2025, 1, 15), 3)
                .dialect(Dialect.NYGARD)
                .section(new Section("Status", 2, 5, 8, "\n" + status + "\n"))
                .section(new Section("Context", 2, 9, 10, "Some context."))
                .section(new Section("Decision", 2, 11, 12, "Some decision."))
                .section(new Section("Consequences", 2, 13, 14, "Some consequences."))
                .lines(lines);
        if (status != null && !status.isEmpty()) {
            b.status(category(status), status, 7);
        }
        return b;
    }

    /** The category the default vocabulary gives the first word of a status. */
    static StatusCategory category(String status) {
        String word = status.trim().split("[\\s:]+")[0].toLowerCase(Locale.ROOT);
        StatusCategory c = config().statuses().categoryOf(word);
        return c == null ? StatusCategory.OTHER : c;
    }

    /** Adds a supersession or reference link on the status line (7). */
    static Adr.Builder link(Adr.Builder b, LinkKind kind, String text, String path, Integer number) {
        return b.link(kind, text, path, number, 7);
    }

    /** Runs one rule through the engine and gives the findings as the user sees them. */
    static List<String> run(Rule rule, AdrLog log) {
        return run(rule, log, config(), null);
    }

    static List<String> run(Rule rule, AdrLog log, ValidationConfig config, Path baseDir) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings(rule, log, config, baseDir)) {
            out.add(f.format());
        }
        return out;
    }

    static List<Finding> findings(Rule rule, AdrLog log, ValidationConfig config, Path baseDir) {
        return new Validator(List.of(rule)).validate(log, config, baseDir, null).findings();
    }
}
