package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one line said for a whole log whose MADR ADRs state no status or no date. MADR's template marks both optional,
 * so {@code missing-status} and {@code missing-date} stay quiet on such files; this line counts them and gives the
 * configuration that requires them. It is not a finding: nothing is wrong with the log.
 */
public final class MadrOptionalFields {

    private MadrOptionalFields() {
    }

    /**
     * The line for the log, e.g. {@code 3 of 4 MADR ADRs state no status and 4 no date, which MADR's template
     * allows; to require them, add <requiredFields><madr>status, date</madr></requiredFields>.}, or empty when every
     * MADR ADR states them, when the configuration already requires them, or when the log has no MADR ADR. A file
     * of no recognised dialect in a log written mostly in MADR counts as MADR, as in {@code missing-status}; files that
     * are not ADRs ({@code not-an-adr}) do not count.
     */
    public static Optional<String> note(AdrLog log, ValidationConfig config) {
        return note(log, config, TextVerdicts.fromText(config.statuses()));
    }

    /** As {@link #note(AdrLog, ValidationConfig)}, with each file's not-an-adr verdicts from {@code verdicts}. */
    public static Optional<String> note(AdrLog log, ValidationConfig config, TextVerdicts verdicts) {
        boolean askStatus = !config.requiresStatus(Dialect.MADR);
        boolean askDate = !config.requiresDate(Dialect.MADR);
        if (!askStatus && !askDate) {
            return Optional.empty();
        }
        AdrLog adrs = NotAnAdrRule.withoutNonAdrs(log, verdicts);
        Dialect main = RuleSupport.mainDialect(adrs);
        int madr = 0;
        int noStatus = 0;
        int noDate = 0;
        for (Adr adr : adrs.adrs()) {
            if (RuleSupport.dialect(adr, main) != Dialect.MADR) {
                continue;
            }
            madr++;
            if (askStatus && adr.status().isEmpty()) {
                noStatus++;
            }
            if (askDate && adr.dateText() == null) {
                noDate++;
            }
        }
        if (noStatus == 0 && noDate == 0) {
            return Optional.empty();
        }
        List<String> fields = new ArrayList<>(config.requiredFields(Dialect.MADR));
        String said;
        if (noStatus > 0 && noDate > 0) {
            said = noStatus + " of " + madr + " MADR ADRs state no status and " + noDate + " no date";
        } else if (noStatus > 0) {
            said = noStatus + " of " + madr + " MADR ADRs state no status";
        } else {
            said = noDate + " of " + madr + " MADR ADRs state no date";
        }
        if (noStatus > 0) {
            fields.add("status");
        }
        if (noDate > 0) {
            fields.add("date");
        }
        return Optional.of(said + ", which MADR's template allows; to require " + (noStatus > 0 && noDate > 0
                ? "them" : "it") + ", add <requiredFields><madr>" + String.join(", ", fields)
                + "</madr></requiredFields>.");
    }
}
