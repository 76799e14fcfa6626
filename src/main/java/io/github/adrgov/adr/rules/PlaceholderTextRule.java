package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.StatusCategory;
import io.github.adrgov.adr.model.Section;
import io.github.adrgov.adr.model.SectionConcept;
import io.github.adrgov.adr.result.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code placeholder-text}: template text left unfilled in the body of an ADR (see {@link Placeholders}). Fenced code
 * blocks, inline code and HTML comments are skipped, and so are the status and date lines, which
 * {@code unknown-status} and {@code invalid-date} speak for, unless the status is the template's list of choices
 * ({@code accepted | deprecated | superseded by xxx}): that is this rule's one finding for the line. At most one
 * finding per line; a file that is still the unfilled template (placeholders in at least half of its sections) is
 * one finding that says so, and the other rules leave it alone.
 */
public final class PlaceholderTextRule extends FileRule {

    /** The fewest placeholders of a file that is still the unfilled template. */
    static final int TEMPLATE_MIN = 3;

    @Override public String id() { return "placeholder-text"; }

    @Override public Severity defaultSeverity() { return Severity.WARNING; }

    @Override public String description() {
        return "Template text is left unfilled ([Describe ...], {...}, YYYY-MM-DD, TODO).";
    }

    @Override public String example() {
        return """
                ==> docs/adr/0001-use-postgresql.md <==
                # 1. Use PostgreSQL

                Date: 2025-01-15

                ## Status

                Accepted

                ## Context

                The orders service needs a place to keep orders.

                ## Decision

                We will use PostgreSQL.

                ## Consequences

                [Describe the resulting context, after applying the decision.]
                """;
    }

    @Override public String fix() {
        return """
                Replace the template's instruction with the real content, or remove it. Code blocks, inline code and HTML
                comments are never reported.""";
    }

    /**
     * The placeholder text found in one ADR's body, line by line (the status line's list of choices aside): what
     * both this rule's findings and the unfilled-template verdict are made from, so that the file checks, which need
     * both, scan a file once.
     *
     * @param lines the 1-based lines with placeholder text, in order
     * @param found what was found on each of them
     */
    public record Scan(List<Integer> lines, List<String> found) {

        public Scan {
            lines = List.copyOf(lines);
            found = List.copyOf(found);
        }

        /** Scans the ADR's text. */
        public static Scan of(Adr adr) {
            List<int[]> at = new ArrayList<>();
            List<String> found = new ArrayList<>();
            scan(adr, at, found);
            List<Integer> lines = new ArrayList<>(at.size());
            at.forEach(l -> lines.add(l[0]));
            return new Scan(lines, found);
        }

        private List<int[]> at() {
            List<int[]> at = new ArrayList<>(lines.size());
            lines.forEach(l -> at.add(new int[] {l}));
            return at;
        }
    }

    @Override
    public void check(Adr adr, FileContext ctx) {
        if (NotAnAdrRule.applies(adr)) {
            return;
        }
        check(adr, ctx, Scan.of(adr));
    }

    /** {@link #check(Adr, FileContext)} with the ADR's placeholders already scanned. */
    public void check(Adr adr, FileContext ctx, Scan scan) {
        if (NotAnAdrRule.applies(adr)) {
            return;
        }
        List<int[]> at = scan.at();
        List<String> found = new ArrayList<>(scan.found());
        String choices = Placeholders.choiceList(adr, ctx.config().statuses());
        if (choices != null) {
            int line = adr.status().get().line();
            int i = 0;
            while (i < at.size() && at.get(i)[0] < line) {
                i++;
            }
            at.add(i, new int[] {line});
            found.add(i, null);
        }
        if (unfilledTemplate(adr, at)) {
            String example = null;
            for (String f : found) {
                if (f != null && example == null) {
                    example = f;
                }
            }
            ctx.report(adr, at.get(0)[0], "The ADR is still the unfilled template: " + at.size()
                    + " placeholders are left" + (example == null ? "" : ", such as \"" + example + "\"")
                    + "; write the decision, or remove the file.");
            return;
        }
        for (int i = 0; i < at.size(); i++) {
            if (found.get(i) == null) {
                ctx.report(adr, at.get(i)[0], "Status \"" + choices + "\" is the template's list of choices; "
                        + "write the one status that applies.");
                continue;
            }
            // the placeholders of one section are one finding: a template's list of pros and cons left unfilled
            Section section = innermost(adr, at.get(i)[0]);
            int last = i;
            while (section != null && last + 1 < at.size() && found.get(last + 1) != null
                    && innermost(adr, at.get(last + 1)[0]) == section) {
                last++;
            }
            int more = last - i;
            ctx.report(adr, at.get(i)[0], "Template text \"" + found.get(i) + "\" is left unfilled"
                    + (more == 0 ? "; replace it with the real content or remove it."
                            : ", and " + more + " more placeholder" + (more == 1 ? "" : "s") + " in this section"
                            + " (to line " + at.get(last)[0] + "); replace them with the real content or remove "
                            + "them."));
            i = last;
        }
    }

    /**
     * Whether the ADR is still the template: at least {@value #TEMPLATE_MIN} placeholders, and placeholders in at
     * least half of the sections that hold text.
     */
    static boolean unfilledTemplate(Adr adr, List<int[]> placeholderLines) {
        if (placeholderLines.size() < TEMPLATE_MIN) {
            return false;
        }
        int withText = 0;
        int withPlaceholder = 0;
        for (Section s : adr.sections()) {
            if (s.isEmpty()) {
                continue;
            }
            withText++;
            for (int[] l : placeholderLines) {
                if (l[0] > s.line() && l[0] <= s.endLine()) {
                    withPlaceholder++;
                    break;
                }
            }
        }
        return withText > 0 && withPlaceholder * 2 >= withText;
    }

    /** Whether the Validator should hand the other rules the log without this ADR: it is the unfilled template. */
    public static boolean isUnfilledTemplate(Adr adr, io.github.adrgov.adr.config.StatusVocabulary statuses,
            Scan scan) {
        List<int[]> at = scan.at();
        if (Placeholders.choiceList(adr, statuses) != null) {
            at.add(new int[] {adr.status().get().line()});
        }
        return unfilledTemplate(adr, at);
    }

    /** The lines with placeholder text and what was found, in line order. */
    private static void scan(Adr adr, List<int[]> at, List<String> foundText) {
        List<String> lines = adr.lines();
        int statusLine = adr.status().map(s -> s.line()).orElse(0);
        String fence = null;
        boolean inComment = false;
        for (int i = Math.max(0, adr.bodyStartLine() - 1); i < lines.size(); i++) {
            String line = lines.get(i);
            if (!inComment) {
                char first = firstNonBlank(line);
                if (fence != null) {
                    // inside a fenced block: only a line starting with the fence's character can close it
                    if (first == fence.charAt(0)) {
                        String trimmed = line.stripLeading();
                        if (trimmed.startsWith(fence) && trimmed.substring(fence.length()).isBlank()) {
                            fence = null;
                        }
                    }
                    continue;
                }
                if (first == '`' || first == '~') {
                    String opened = fenceOpening(line.stripLeading());
                    if (opened != null) {
                        fence = opened;
                        continue;
                    }
                }
            }
            int lineNo = i + 1;
            if (!inComment && line.indexOf("<!--") < 0) {
                if (lineNo != statusLine && lineNo != adr.dateLine()) {
                    collect(adr, lineNo, line, at, foundText);
                }
                continue;
            }
            // drop comments (they may span lines), then inline code
            StringBuilder text = new StringBuilder();
            int pos = 0;
            while (pos < line.length()) {
                if (inComment) {
                    int end = line.indexOf("-->", pos);
                    if (end < 0) {
                        pos = line.length();
                    } else {
                        inComment = false;
                        pos = end + 3;
                    }
                } else {
                    int start = line.indexOf("<!--", pos);
                    if (start < 0) {
                        text.append(line, pos, line.length());
                        pos = line.length();
                    } else {
                        text.append(line, pos, start).append(' ');
                        inComment = true;
                        pos = start + 4;
                    }
                }
            }
            if (lineNo != statusLine && lineNo != adr.dateLine()) {
                collect(adr, lineNo, text.toString(), at, foundText);
            }
        }
    }

    private static void collect(Adr adr, int lineNo, String text, List<int[]> at, List<String> foundText) {
        if (!Placeholders.mayHold(text)) {
            return;
        }
        String found = Placeholders.find(withoutCode(text));
        if (found != null && (found.equals("TODO") || found.equals("TBD")) && !unfinishedMarker(adr, lineNo)) {
            found = null;
        }
        if (found != null) {
            at.add(new int[] {lineNo});
            foundText.add(found);
        }
    }

    /**
     * Whether a line that says nothing but TODO or TBD marks a part left unwritten: it is all its section holds up to
     * the next heading (other template text aside), and it is not the Decision of a proposed or draft ADR, whose
     * decision is still to be made ("Decision Outcome: TBD" is what such an ADR means). A TBD followed by the author's
     * explanation, or an item "TBD" in a longer list, is text.
     */
    private static boolean unfinishedMarker(Adr adr, int lineNo) {
        StatusCategory c = adr.statusCategory();
        if ((c == StatusCategory.PROPOSED || c == StatusCategory.DRAFT) && inDecision(adr, lineNo)) {
            return false;
        }
        List<String> lines = adr.lines();
        for (int i = lineNo - 2; i >= 0 && !heading(lines.get(i)); i--) {
            if (text(lines.get(i))) {
                return false;
            }
        }
        for (int i = lineNo; i < lines.size() && !heading(lines.get(i)); i++) {
            if (text(lines.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The innermost section that holds the line, or null before the first section. */
    private static Section innermost(Adr adr, int lineNo) {
        Section inner = null;
        for (Section sec : adr.sections()) {
            if (sec.line() < lineNo && lineNo <= sec.endLine() && (inner == null || sec.line() > inner.line())) {
                inner = sec;
            }
        }
        return inner;
    }

    /** Whether the innermost section that holds the line is the Decision (Decision Outcome, Outcome, ...). */
    private static boolean inDecision(Adr adr, int lineNo) {
        Section inner = innermost(adr, lineNo);
        return inner != null
                && SectionConcept.of(Headings.normalize(inner.heading())).contains(SectionConcept.DECISION);
    }

    private static boolean heading(String line) {
        return line.startsWith("#") || line.startsWith("---");
    }

    private static boolean text(String line) {
        String t = line.strip();
        return !t.isEmpty() && !(t.startsWith("<!--") && t.endsWith("-->"))
                && (!Placeholders.mayHold(t) || Placeholders.find(withoutCode(t)) == null);
    }

    /** The first character of the line that is not white space ({@link String#stripLeading}'s), or 0. */
    private static char firstNonBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c;
            }
        }
        return 0;
    }

    /** The fence marker when the line opens a fenced code block ({@code ```} or {@code ~~~}, 3 or more), else null. */
    private static String fenceOpening(String trimmed) {
        if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
            char c = trimmed.charAt(0);
            int n = 0;
            while (n < trimmed.length() && trimmed.charAt(n) == c) {
                n++;
            }
            return trimmed.substring(0, n);
        }
        return null;
    }

    /** The line with inline code spans (backtick runs and their content) removed. */
    static String withoutCode(String line) {
        if (line.indexOf('`') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            int tick = line.indexOf('`', i);
            if (tick < 0) {
                out.append(line, i, line.length());
                break;
            }
            out.append(line, i, tick);
            i = tick;
            int run = 0;
            while (i + run < line.length() && line.charAt(i + run) == '`') {
                run++;
            }
            String ticks = line.substring(i, i + run);
            int close = line.indexOf(ticks, i + run);
            if (close < 0) {
                out.append(ticks);
                i += run;
            } else {
                out.append(' ');
                i = close + run;
            }
        }
        return out.toString();
    }
}
