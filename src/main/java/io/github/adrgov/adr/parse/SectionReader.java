package io.github.adrgov.adr.parse;

import io.github.adrgov.adr.model.Section;
import io.github.adrgov.adr.model.SectionConcept;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the sections of a file from its headings: every heading but the H1 used as title (so a file that writes its
 * sections as H1 headings still has them), at any level. A line that is nothing but a bold section name
 * ({@code **Context and Problem Statement**}, {@code __Decision__:}) is a heading too, as some logs write them: such
 * a section (level {@value #BOLD_LEVEL}) runs to the next heading of either kind.
 */
final class SectionReader {

    /** The level given to a bold line used as a heading: below every Markdown heading. */
    static final int BOLD_LEVEL = 7;
    static final Pattern BOLD_HEADING = Pattern.compile("^\\s{0,3}(\\*\\*|__)([^*_]{2,60}?)\\s*:?\\s*\\1\\s*:?\\s*$");
    /** The sections a bold line may name (not Status, which is metadata: {@code **Status:**}). */
    private static final Set<SectionConcept> BOLD_SECTIONS = EnumSet.of(SectionConcept.CONTEXT,
            SectionConcept.DECISION, SectionConcept.CONSEQUENCES, SectionConcept.CONSIDERED_OPTIONS,
            SectionConcept.DECISION_DRIVERS, SectionConcept.RATIONALE, SectionConcept.PROS_AND_CONS);

    private SectionReader() {
    }

    static List<Section> read(SourceText src, MarkdownOutline outline, int titleLine) {
        List<MarkdownOutline.HeadingInfo> hs = outline.headings();
        List<Section> out = new ArrayList<>();
        for (int i = 0; i < hs.size(); i++) {
            MarkdownOutline.HeadingInfo h = hs.get(i);
            if (h.line() == titleLine) {
                continue;
            }
            int end = src.size();
            for (int j = i + 1; j < hs.size(); j++) {
                if (hs.get(j).level() <= h.level()) {
                    end = hs.get(j).line() - 1;
                    break;
                }
            }
            List<String> body = end > h.lastLine() ? src.lines().subList(h.lastLine(), end) : List.of();
            out.add(Section.ofLines(Markup.heading(h.rawText()), h.level(), h.line(), Math.max(end, h.lastLine()),
                    body));
        }
        addBoldHeadings(src, outline, titleLine, out);
        return out;
    }

    /**
     * Whether the line starts as {@link #BOLD_HEADING} does: at most three blanks, then {@code **} or {@code __}. Most
     * lines do not, and are passed over without a regex.
     */
    static boolean boldStart(String line) {
        int k = 0;
        while (k < line.length() && " \t\n\u000B\f\r".indexOf(line.charAt(k)) >= 0) {
            k++;
        }
        return k <= 3 && (line.startsWith("**", k) || line.startsWith("__", k));
    }

    private static void addBoldHeadings(SourceText src, MarkdownOutline outline, int titleLine, List<Section> out) {
        List<int[]> bold = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int n = Math.max(1, titleLine + 1); n <= src.size(); n++) {
            String line = src.line(n);
            if (!boldStart(line) || outline.isCode(n)) {
                continue;
            }
            Matcher m = BOLD_HEADING.matcher(line);
            if (m.matches()) {
                SectionConcept c = SectionConcept.byName(m.group(2));
                if (c != null && BOLD_SECTIONS.contains(c)) {
                    bold.add(new int[] {n});
                    names.add(m.group(2).strip());
                }
            }
        }
        if (bold.isEmpty()) {
            return;
        }
        List<Section> added = new ArrayList<>();
        for (int i = 0; i < bold.size(); i++) {
            int line = bold.get(i)[0];
            int end = i + 1 < bold.size() ? bold.get(i + 1)[0] - 1 : src.size();
            for (MarkdownOutline.HeadingInfo h : outline.headings()) {
                if (h.line() > line) {
                    end = Math.min(end, h.line() - 1);
                    break;
                }
            }
            List<String> body = end > line ? src.lines().subList(line, end) : List.of();
            added.add(Section.ofLines(names.get(i), BOLD_LEVEL, line, end, body));
        }
        out.addAll(added);
        out.sort((a, b) -> Integer.compare(a.line(), b.line()));
    }
}
