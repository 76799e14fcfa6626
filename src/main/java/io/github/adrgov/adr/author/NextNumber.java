package io.github.adrgov.adr.author;

import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.UnreadableFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The next free ADR number: one more than the highest number taken, where taken counts the ADRs of the log, the
 * numbers of files skipped as non-ADRs ({@code 0000-template.md}) and of files that could not be read, and, against a
 * baseline, the numbers of the target branch. Numbers are never reused, so gaps are not filled.
 */
public final class NextNumber {

    /** A leading number of a file name, as the number-gap rule reads skipped files: {@code 0000-}, {@code ADR-007-}. */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^[A-Za-z]{0,4}-?(\\d{1,9})(?:[-_. ]|$)");

    private NextNumber() {
    }

    /** The next free number of {@code log}, also above every number of {@code baselineTip} when given. */
    public static int of(AdrLog log, AdrLog baselineTip) {
        int max = 0;
        if (!log.numbers().isEmpty()) {
            max = log.numbers().lastKey();
        }
        List<String> others = new ArrayList<>(log.skipped());
        for (UnreadableFile u : log.unreadable()) {
            others.add(u.file());
        }
        for (String f : others) {
            Matcher m = LEADING_NUMBER.matcher(f.substring(f.lastIndexOf('/') + 1));
            if (m.find()) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
        }
        if (baselineTip != null && !baselineTip.numbers().isEmpty()) {
            max = Math.max(max, baselineTip.numbers().lastKey());
        }
        return max + 1;
    }
}
