package io.github.adrgov.adr.output;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.UnreadableFile;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;
import io.github.adrgov.adr.result.ValidationResult;
import java.util.List;

/** A small log with findings of every kind the writers must carry. */
final class OutputFixtures {

    private OutputFixtures() {
    }

    static ValidationResult result() {
        AdrLog log = new AdrLog("docs/adr", List.of(
                Adr.builder("docs/adr/0001-use postgres.md").title("Use Postgres", 1).build(),
                Adr.builder("docs/adr/0002-use-kafka.md").title("Use Kafka", 1).build(),
                Adr.builder("docs/adr/0003-use-redis.md").title("Use Redis", 1).build()),
                List.of(new UnreadableFile("docs/adr/0004-bad.md", "not valid UTF-8 at byte 12")),
                List.of("docs/adr/README.md"));
        return new ValidationResult(log, List.of(
                new Finding("broken-supersession", Severity.ERROR, "docs/adr/0002-use-kafka.md", 5,
                        "Status says \"Superseded by ADR-009\", but there is no ADR-009."),
                new Finding("placeholder-text", Severity.WARNING, "docs/adr/0002-use-kafka.md", 9,
                        "Template text left: [Describe <the> context & \"why\"]."),
                new Finding("modified-accepted", Severity.ERROR, "docs/adr/0002-use-kafka.md", 12,
                        "This ADR was accepted when this branch left origin/main and its text has changed."),
                new Finding("unreadable-file", Severity.ERROR, "docs/adr/0004-bad.md", null,
                        "Cannot read the file: not valid UTF-8 at byte 12."),
                new Finding("number-gap", Severity.WARNING, "docs/adr/0003-use-redis.md", null,
                        "Numbers 5, 6 are missing\nfrom the sequence: 100% sure, a:b, c."),
                new Finding("future-date", Severity.INFO, "docs/adr/0001-use postgres.md", 3,
                        "The date 2099-01-01 is after today.")));
    }
}
