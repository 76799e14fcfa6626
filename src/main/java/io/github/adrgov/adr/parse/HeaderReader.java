package io.github.adrgov.adr.parse;

import io.github.adrgov.adr.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the metadata lines of an ADR's header: the lines between the start of the body and the first section. When
 * they hold no status or date, the top of the first section is read too (some logs repeat the title as a level-2
 * heading and put the metadata under it). A key with an empty value followed by nested list items takes their text.
 */
final class HeaderReader {

    private static final Pattern NESTED_ITEM = Pattern.compile("^(?:\\s{2,}|\\t)[-*+]\\s+(.*)$");

    private HeaderReader() {
    }

    static List<MetadataLine> read(SourceText src, MarkdownOutline outline, int bodyStart, List<Section> sections) {
        int end = sections.isEmpty() ? src.size() : sections.get(0).line() - 1;
        List<MetadataLine> out = lines(src, outline, bodyStart, end);
        if (!hasStatusOrDate(out) && !sections.isEmpty()) {
            Section first = sections.get(0);
            int stop = first.endLine();
            for (MarkdownOutline.HeadingInfo h : outline.headings()) {
                if (h.line() > first.line()) {
                    stop = Math.min(stop, h.line() - 1);
                    break;
                }
            }
            List<MetadataLine> more = lines(src, outline, first.line() + 1, stop);
            if (hasStatusOrDate(more)) {
                out.addAll(more);
            }
        }
        return out;
    }

    private static boolean hasStatusOrDate(List<MetadataLine> lines) {
        for (MetadataLine m : lines) {
            if (m.name().equals("status") || m.name().equals("date")) {
                return true;
            }
        }
        return false;
    }

    private static List<MetadataLine> lines(SourceText src, MarkdownOutline outline, int from, int to) {
        List<TextLine> text = TextLine.meaningful(src, outline, from, to);
        List<MetadataLine> out = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            List<MetadataLine> found = MetadataLine.read(text.get(i).text(), text.get(i).line());
            if (found.size() == 1 && found.get(0).value().isEmpty()) {
                MetadataLine m = found.get(0);
                StringBuilder items = new StringBuilder();
                int j = i + 1;
                for (; j < text.size(); j++) {
                    var item = NESTED_ITEM.matcher(text.get(j).text());
                    if (!item.matches()) {
                        break;
                    }
                    items.append(items.length() > 0 ? ", " : "").append(Markup.plain(item.group(1)));
                }
                if (j > i + 1) {
                    found = List.of(new MetadataLine(m.key(), m.name(), items.toString(), m.line(), m.bold(),
                            m.bullet(), m.piped()));
                    i = j - 1;
                }
            }
            out.addAll(found);
        }
        return out;
    }
}
