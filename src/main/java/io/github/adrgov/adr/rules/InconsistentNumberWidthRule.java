package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.result.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code inconsistent-number-width}: file names pad their numbers to different widths ({@code 01-} beside
 * {@code 0002-}, or {@code 7-} beside {@code 0008-}). A number without leading zeros that is at least as wide as the
 * padding ({@code 1000} in a 4-digit log) fits; a log that never pads ({@code 1-}, {@code 10-}) is consistent.
 * Reported once per log, naming each width seen with an example file, on the first file that differs from the
 * majority.
 */
public final class InconsistentNumberWidthRule implements Rule {

    @Override public String id() { return "inconsistent-number-width"; }

    @Override public Severity defaultSeverity() { return Severity.WARNING; }

    @Override public String description() {
        return "ADR file names pad their numbers with different numbers of leading zeros.";
    }

    @Override public String example() {
        return """
                ==> docs/adr/0001-record-decisions.md <==
                # 1. Record architecture decisions

                Date: 2025-01-15

                ## Status

                Accepted

                ## Context

                We need to record decisions.

                ## Decision

                We will keep ADRs.

                ## Consequences

                Decisions are written down.
                ==> docs/adr/02-use-postgresql.md <==
                # 2. Use PostgreSQL

                Date: 2025-01-15

                ## Status

                Accepted

                ## Context

                The orders service needs a place to keep orders.

                ## Decision

                We will use PostgreSQL.

                ## Consequences

                We run one more database.
                """;
    }

    @Override public String fix() {
        return """
                Rename the file so its number has the same zero-padding as the rest of the log (`0002-use-postgresql.md`).""";
    }

    @Override
    public void check(RuleContext ctx) {
        if (!ctx.numbered()) {
            return;
        }
        Map<Integer, List<Adr>> padded = new TreeMap<>();
        List<Adr> unpadded = new ArrayList<>();
        for (Adr adr : ctx.log().adrs()) {
            String t = adr.fileNumberText();
            if (t == null) {
                continue;
            }
            if (t.length() > 1 && t.charAt(0) == '0') {
                padded.computeIfAbsent(t.length(), k -> new ArrayList<>()).add(adr);
            } else {
                unpadded.add(adr);
            }
        }
        if (padded.isEmpty()) {
            return;
        }
        int width = RuleSupport.paddedWidth(ctx.log());
        List<Adr> short_ = new ArrayList<>();
        for (Adr adr : unpadded) {
            if (adr.fileNumberText().length() < width) {
                short_.add(adr);
            }
        }
        if (padded.size() < 2 && short_.isEmpty()) {
            return;
        }
        boolean padAll = padded.get(width).size() >= short_.size();
        List<String> seen = new ArrayList<>();
        for (Map.Entry<Integer, List<Adr>> e : padded.entrySet()) {
            seen.add(e.getKey() + " digits in " + files(e.getValue()));
        }
        if (!short_.isEmpty()) {
            seen.add("no leading zeros in " + files(short_));
        }
        Adr first = null;
        for (Adr adr : ctx.log().adrs()) {
            String t = adr.fileNumberText();
            boolean fits = t == null || (padAll ? t.length() >= width && (t.charAt(0) != '0' || t.length() == width)
                    : t.charAt(0) != '0' || t.length() == 1);
            if (!fits) {
                first = adr;
                break;
            }
        }
        ctx.report(first, RuleSupport.fileLine(first), "Numbers in file names are padded to different widths: "
                + RuleSupport.join(seen) + "; " + (padAll ? "pad every number to " + width + " digits"
                        : "drop the leading zeros") + ".");
    }

    private static String files(List<Adr> adrs) {
        return adrs.size() + (adrs.size() == 1 ? " file" : " files") + " (e.g. " + adrs.get(0).file() + ")";
    }
}
