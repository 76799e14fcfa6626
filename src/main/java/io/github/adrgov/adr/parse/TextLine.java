package io.github.adrgov.adr.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of a file that carries text a reader sees: not in a code block, not blank, HTML comments (also those that
 * span lines) removed.
 *
 * @param line 1-based line
 * @param text the line without comments, trailing whitespace removed
 */
record TextLine(int line, String text) {

    /** The meaningful lines from {@code from} to {@code to} (inclusive, 1-based). */
    static List<TextLine> meaningful(SourceText src, MarkdownOutline outline, int from, int to) {
        List<TextLine> out = new ArrayList<>();
        boolean inComment = false;
        for (int n = Math.max(1, from); n <= Math.min(to, src.size()); n++) {
            if (outline.isCode(n)) {
                continue;
            }
            String raw = src.line(n);
            if (!inComment && raw.indexOf("<!--") < 0) {
                String text = raw.stripTrailing(); // most lines: no comment to cut out
                if (!text.isBlank()) {
                    out.add(new TextLine(n, text));
                }
                continue;
            }
            StringBuilder kept = new StringBuilder();
            int i = 0;
            while (i < raw.length()) {
                if (inComment) {
                    int close = raw.indexOf("-->", i);
                    if (close < 0) {
                        i = raw.length();
                    } else {
                        inComment = false;
                        i = close + 3;
                    }
                } else {
                    int open = raw.indexOf("<!--", i);
                    if (open < 0) {
                        kept.append(raw, i, raw.length());
                        i = raw.length();
                    } else {
                        kept.append(raw, i, open);
                        inComment = true;
                        i = open + 4;
                    }
                }
            }
            String text = kept.toString().stripTrailing();
            if (!text.isBlank()) {
                out.add(new TextLine(n, text));
            }
        }
        return out;
    }
}
