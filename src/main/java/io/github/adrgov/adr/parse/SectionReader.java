package io.github.adrgov.adr.parse;

import io.github.adrgov.adr.model.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the sections of a file from its headings: every heading but the H1 used as title (so a file that writes its
 * sections as H1 headings still has them).
 */
final class SectionReader {

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
            StringBuilder content = new StringBuilder();
            for (int l = h.lastLine() + 1; l <= end; l++) {
                if (content.length() > 0 || l > h.lastLine() + 1) {
                    content.append('\n');
                }
                content.append(src.line(l));
            }
            out.add(new Section(Markup.heading(h.rawText()), h.level(), h.line(), Math.max(end, h.lastLine()),
                    content.toString()));
        }
        return out;
    }
}
