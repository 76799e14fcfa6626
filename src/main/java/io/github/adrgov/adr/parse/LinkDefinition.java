package io.github.adrgov.adr.parse;

import io.github.adrgov.adr.parse.MarkdownOutline.LinkInfo;
import java.util.List;
import java.util.Map;

/**
 * The one-line reference definitions ({@code [label]: destination "title"}) {@link LineOutline} reads at the start of
 * a top-level paragraph, as flexmark reads them; a definition over several lines, or an escape, an entity or angle
 * brackets in one, is left unsure, and the file goes to flexmark.
 */
final class LinkDefinition {

    /** What {@link #read} found: a definition, no definition (a paragraph), or something it is unsure of. */
    static final int DEFINED = 0;
    static final int NOT = 1;
    static final int BAIL = 2;

    private LinkDefinition() {
    }

    /** Whether a content line could start a reference definition ({@code [label]:}). */
    static boolean like(String s, int p) {
        return p < s.length() && s.charAt(p) == '[' && s.indexOf("]:", p) > 0;
    }

    /**
     * A one-line reference definition {@code [label]: destination "title"} on content line {@code t} (file line
     * {@code no}): read (added to {@code links} and {@code references}), not one, or unsure.
     */
    static int read(String t, int no, List<LinkInfo> links, Map<String, String> references) {
        if (t.isEmpty() || t.charAt(0) != '[') {
            return NOT;
        }
        int len = t.length();
        int j = 1;
        while (j < len && t.charAt(j) != ']') {
            char c = t.charAt(j);
            if (c == '[') {
                return NOT;
            }
            if (c == '\\') {
                return BAIL;
            }
            j++;
        }
        if (j >= len) {
            return BAIL;
        }
        if (j + 1 >= len || t.charAt(j + 1) != ':') {
            return NOT;
        }
        String label = t.substring(1, j);
        if (label.isBlank()) {
            return BAIL;
        }
        int k = j + 2;
        while (k < len && LineKind.isBlank(t.charAt(k))) {
            k++;
        }
        if (k >= len || t.charAt(k) == '<') {
            return BAIL;
        }
        int d = k;
        int depth = 0;
        while (d < len && !LineKind.isBlank(t.charAt(d))) {
            char c = t.charAt(d);
            if (c == '\\' || c == '&' || c >= 0x7f) {
                return BAIL;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return BAIL;
            }
            d++;
        }
        if (depth != 0) {
            return BAIL;
        }
        String dest = t.substring(k, d);
        int m = d;
        while (m < len && LineKind.isBlank(t.charAt(m))) {
            m++;
        }
        if (m < len) {
            char open = t.charAt(m);
            if (m == d) {
                return BAIL;
            }
            if ("\"'(".indexOf(open) < 0) {
                return NOT; // more text after the destination: no definition, a paragraph ([^1]: a footnote)
            }
            char close = open == '(' ? ')' : open;
            int e = t.indexOf(close, m + 1);
            if (e < 0 || t.indexOf('\\', m + 1) >= 0 || open == '(' && t.indexOf('(', m + 1) >= 0) {
                return BAIL;
            }
            for (int x = e + 1; x < len; x++) {
                if (!LineKind.isBlank(t.charAt(x))) {
                    return BAIL;
                }
            }
        }
        links.add(new LinkInfo(dest, label, no, false));
        references.putIfAbsent(MarkdownOutline.normalizeLabel(label), dest);
        return DEFINED;
    }
}
