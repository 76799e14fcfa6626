package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.result.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code inconsistent-number-width}: file names pad their numbers to different widths ({@code 01-} beside
 * {@code 0002-}). A number without leading zeros that is at least as wide as the padding (e.g. {@code 1000} in a
 * 4-digit log, or {@code 10} in an unpadded log) fits any width. Reported once per log, naming each width seen with
 * an example file, on the first file of a minority width.
 */
public final class InconsistentNumberWidthRule implements Rule {

    @Override public String id() { return "inconsistent-number-width"; }

    @Override public Severity defaultSeverity() { return Severity.WARNING; }

    @Override public String description() {
        return "ADR file names pad their numbers with different numbers of leading zeros.";
    }

    @Override
    public void check(RuleContext ctx) {
        if (!ctx.numbered()) {
            return;
        }
        int target = RuleSupport.paddedWidth(ctx.log());
        if (target == 0) {
            return;
        }
        // width -> ADRs written at that width; unpadded numbers as wide as the target fit the target
        Map<Integer, List<Adr>> byWidth = new TreeMap<>();
        for (Adr adr : ctx.log().adrs()) {
            String t = adr.fileNumberText();
            if (t == null) {
                continue;
            }
            boolean padded = t.length() > 1 && t.charAt(0) == '0';
            int width = !padded && t.length() >= target ? target : t.length();
            byWidth.computeIfAbsent(width, k -> new ArrayList<>()).add(adr);
        }
        if (byWidth.size() < 2) {
            return;
        }
        List<String> seen = new ArrayList<>();
        Adr first = null;
        for (Map.Entry<Integer, List<Adr>> e : byWidth.entrySet()) {
            List<Adr> files = e.getValue();
            seen.add(e.getKey() + (e.getKey() == 1 ? " digit in " : " digits in ") + files.size() + (files.size() == 1 ? " file" : " files")
                    + " (e.g. " + files.get(0).file() + ")");
            if (e.getKey() != target && (first == null || AdrLog.ORDER.compare(files.get(0), first) < 0)) {
                first = files.get(0);
            }
        }
        ctx.report(first, RuleSupport.fileLine(first), "Numbers in file names are padded to different widths: "
                + RuleSupport.join(seen) + "; rename the files to use " + target + " digits.");
    }
}
