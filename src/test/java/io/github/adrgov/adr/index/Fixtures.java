package io.github.adrgov.adr.index;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.Dialect;
import io.github.adrgov.adr.model.LinkKind;
import io.github.adrgov.adr.model.StatusCategory;
import java.time.LocalDate;
import java.util.List;

/** Small ADR models built by hand, so that index tests do not depend on the parser. */
final class Fixtures {

    private Fixtures() {
    }

    /** A numbered ADR in {@code docs/adr/<digits>-<slug>.md}. */
    static Adr.Builder numbered(String digits, String slug, String title, StatusCategory status, String date) {
        Adr.Builder b = Adr.builder("docs/adr/" + digits + "-" + slug + ".md")
                .id(digits + "-" + slug)
                .fileNumber(digits)
                .title(title, 1)
                .dialect(Dialect.NYGARD);
        if (status != null) {
            b.status(status, label(status), 5);
        }
        if (date != null) {
            b.date(date, parse(date), 3);
        }
        return b;
    }

    static Adr.Builder supersededBy(Adr.Builder b, String targetFile, int targetNumber) {
        return b.link(LinkKind.SUPERSEDED_BY, "Superseded by ADR-" + targetNumber, targetFile, targetNumber, 5);
    }

    static Adr.Builder supersedes(Adr.Builder b, String targetFile, int targetNumber) {
        return b.link(LinkKind.SUPERSEDES, "Supersedes ADR-" + targetNumber, targetFile, targetNumber, 6);
    }

    static AdrLog log(Adr.Builder... builders) {
        return log(List.of(builders).stream().map(Adr.Builder::build).toList());
    }

    static AdrLog log(List<Adr> adrs) {
        return new AdrLog("docs/adr", adrs, List.of(), List.of());
    }

    /** The log of the examples: four ADRs, one superseded by the last. */
    static AdrLog example() {
        return log(
                numbered("0001", "record-architecture-decisions", "Record architecture decisions",
                        StatusCategory.ACCEPTED, "2025-01-15"),
                supersededBy(numbered("0002", "use-postgres", "Use PostgreSQL", StatusCategory.SUPERSEDED,
                        "2025-02-01"), "0004-use-sqlite.md", 4),
                numbered("0003", "event-bus", "Introduce an event bus", StatusCategory.PROPOSED, "2025-03-10"),
                supersedes(numbered("0004", "use-sqlite", "Use SQLite", StatusCategory.ACCEPTED, "2025-04-02"),
                        "0002-use-postgres.md", 2));
    }

    private static String label(StatusCategory c) {
        return c.id().substring(0, 1).toUpperCase() + c.id().substring(1);
    }

    private static LocalDate parse(String date) {
        try {
            return LocalDate.parse(date);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
