package io.github.adrgov.adr.parse;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.SectionConcept;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the title and the number it carries: from the first H1, else from front matter. */
final class TitleReader {

    private static final Pattern ADR_PREFIXED = Pattern.compile("(?i)^ADR[-_ ]?\\d+.*");

    /** Front matter keys that may carry the ADR number. */
    private static final List<String> NUMBER_KEYS = List.of("number", "adr", "adr_number", "adr-number", "slug", "id");

    /** H1 texts that are section names, not titles (a file that uses H1 for its sections has no title). */
    private static final Set<String> SECTION_NAMES = Set.of("context and problem statement", "context", "status",
            "decision", "decision outcome", "consequences", "considered options", "decision drivers");

    /** A bracketed status note before the title: {@code [Superseded by [ADR-0019](0019-x.md)] Push metrics}. */
    private static final Pattern STATUS_NOTE = Pattern.compile(
            "^\\[\\s*(?:superseded|superceded|deprecated|rejected|obsolete)\\b(?:[^\\[\\]]|\\[[^\\]]*](?:\\([^)]*\\))?)*]\\s*",
            Pattern.CASE_INSENSITIVE);

    private TitleReader() {
    }

    /**
     * Title from the first H1, else front matter {@code title}. A file whose first H1 is a section name such as
     * {@code Context and Problem Statement} uses H1 for its sections and has no H1 title. Without either, a heading
     * that opens the file and is no section name ({@code ## Records and builders}) is the title.
     */
    static Title read(Adr.Builder b, FrontMatter fm, MarkdownOutline outline, Integer fileNumber, List<String> lines,
            int bodyStart) {
        for (MarkdownOutline.HeadingInfo h : outline.headings()) {
            if (h.level() == 1) {
                String text = Markup.headingKeepingCode(STATUS_NOTE.matcher(Markup.capped(h.rawText()).strip()).replaceFirst(""));
                if (text.isEmpty()) {
                    continue;
                }
                if (SECTION_NAMES.contains(text.toLowerCase(Locale.ROOT))) {
                    break;
                }
                NumberReader.NumberedTitle t = NumberReader.splitTitle(text, fileNumber);
                b.title(t.title(), h.line());
                b.titleNumber(t.number() != null ? t.number() : frontMatterNumber(fm));
                return new Title(t.number() != null, h.line());
            }
        }
        String fmTitle = fm.text("title");
        Integer number = frontMatterNumber(fm);
        if (fmTitle != null && !fmTitle.isBlank()) {
            NumberReader.NumberedTitle t = NumberReader.splitTitle(Markup.plain(fmTitle), fileNumber);
            b.title(t.title(), fm.lineOf("title"));
            if (number == null) {
                number = t.number();
            }
        } else {
            MarkdownOutline.HeadingInfo h = leadingHeading(outline, lines, bodyStart);
            if (h != null) {
                String text = Markup.headingKeepingCode(Markup.capped(h.rawText()).strip());
                NumberReader.NumberedTitle t = NumberReader.splitTitle(text, fileNumber);
                b.title(t.title(), h.line());
                b.titleNumber(t.number() != null ? t.number() : number);
                return new Title(t.number() != null, h.line());
            }
        }
        b.titleNumber(number);
        return new Title(false, 0);
    }

    /**
     * In a file without an H1 or a front-matter title, a heading of a deeper level that opens the file (nothing but
     * blank lines and comments before it) and is no section name is the title: {@code ## Records and builders}. A
     * file that opens with {@code ## Context} or {@code ## Decision} has no title.
     */
    private static MarkdownOutline.HeadingInfo leadingHeading(MarkdownOutline outline, List<String> lines,
            int bodyStart) {
        if (outline.headings().isEmpty() || lines == null) {
            return null;
        }
        MarkdownOutline.HeadingInfo h = outline.headings().get(0);
        for (int i = Math.max(1, bodyStart); i < h.line() && i <= lines.size(); i++) {
            String l = lines.get(i - 1).strip();
            if (!l.isEmpty() && !(l.startsWith("<!--") && l.endsWith("-->"))) {
                return null;
            }
        }
        String text = Markup.heading(h.rawText()).strip();
        if (text.isEmpty() || SECTION_NAMES.contains(text.toLowerCase(Locale.ROOT))
                || !SectionConcept.of(text).isEmpty()) {
            return null;
        }
        return h;
    }

    /**
     * What the rest of the parser needs to know about the title.
     *
     * @param numbered    whether the H1 carried a number ({@code # 3. X})
     * @param headingLine the line of the H1 used as title, 0 when the title is not a heading
     */
    record Title(boolean numbered, int headingLine) {
    }

    /** Whether the first H1 reads {@code ADR-001: ...} (the seed template's title). */
    static boolean adrPrefixed(MarkdownOutline outline) {
        for (MarkdownOutline.HeadingInfo h : outline.headings()) {
            if (h.level() == 1) {
                return ADR_PREFIXED.matcher(Markup.heading(h.rawText())).matches();
            }
        }
        return false;
    }

    private static Integer frontMatterNumber(FrontMatter fm) {
        for (String k : NUMBER_KEYS) {
            Integer n = NumberReader.valueNumber(fm.text(k));
            if (n != null) {
                return n;
            }
        }
        return null;
    }
}
