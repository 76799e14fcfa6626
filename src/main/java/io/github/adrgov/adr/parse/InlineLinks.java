package io.github.adrgov.adr.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The inline links and images of one paragraph or heading, found as flexmark finds them, for the inline Markdown this
 * class is sure of; {@link LineOutline} falls back to flexmark when it is not. It follows CommonMark's left-to-right
 * scan: backslash escapes, code spans (which hide brackets), then {@code [text](destination "title")} and
 * {@code ![alt](destination)}, with autolinks skipped over, no link inside a link (the brackets opened before one
 * become text), and a link listed before the images and links in its text. It gives up (returns false) on what it
 * does not model: raw HTML, a reference link or shortcut inside another bracket (whether it forms depends on the
 * definitions), a destination that spans lines, angle-bracket or escaped destinations, entities and non-ASCII
 * characters in a destination, a text with blanks at its ends, a text that spans lines in a container, and
 * {@code [a][b](c)}.
 */
final class InlineLinks {

    private InlineLinks() {
    }

    /**
     * Scans {@code s} (the content, lines joined by {@code \n}) and adds its links to {@code out}.
     *
     * @param starts the offset in {@code s} where each content line starts
     * @param lineNumbers the 1-based file line of each content line
     * @param count how many content lines
     * @param multiLineText whether the content lines are as written (a top-level paragraph), so that a link text
     *     spanning lines is read as flexmark reads it
     * @return false when the content holds something this scan does not model
     */
    static boolean scan(String s, int[] starts, int[] lineNumbers, int count, boolean multiLineText,
            List<MarkdownOutline.LinkInfo> out) {
        if (s.indexOf('[') < 0) {
            return true;
        }
        int n = s.length();
        int[] url = new int[2];
        // the open brackets: where each starts ([ or ![), whether an image, whether still active
        int[] openAt = new int[8];
        boolean[] openImage = new boolean[8];
        boolean[] openActive = new boolean[8];
        int depth = 0;
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += i + 1 < n && isPunctuation(s.charAt(i + 1)) ? 2 : 1;
            } else if (c == '`') {
                int k = run(s, i, '`');
                int close = closingRun(s, i + k, k);
                i = close < 0 ? i + k : close + k;
            } else if (c == '<') {
                int end = autolink(s, i, n);
                if (end < 0) {
                    return false; // raw HTML: not modelled
                }
                i = end;
            } else if (c == '[' || c == '!' && i + 1 < n && s.charAt(i + 1) == '[') {
                if (depth == openAt.length) {
                    openAt = Arrays.copyOf(openAt, depth * 2);
                    openImage = Arrays.copyOf(openImage, depth * 2);
                    openActive = Arrays.copyOf(openActive, depth * 2);
                }
                openAt[depth] = i;
                openImage[depth] = c == '!';
                openActive[depth] = true;
                depth++;
                i += c == '!' ? 2 : 1;
            } else if (c == ']') {
                if (depth == 0) {
                    i++;
                    continue;
                }
                depth--;
                if (!openActive[depth]) {
                    i++; // a bracket inside a link's text: literal
                    continue;
                }
                boolean image = openImage[depth];
                int textStart = openAt[depth] + (image ? 2 : 1);
                char next = i + 1 < n ? s.charAt(i + 1) : '\0';
                if (next == '(') {
                    int end = inlineLink(s, i + 2, n, url);
                    if (end == BAIL) {
                        return false;
                    }
                    String text = s.substring(textStart, i);
                    if (!multiLineText && text.indexOf('\n') >= 0 || !text.isEmpty() && (isBlankOrEnd(text.charAt(0))
                            || isBlankOrEnd(text.charAt(text.length() - 1)))) {
                        return false; // flexmark trims some texts; not modelled
                    }
                    found.add(new Found(openAt[depth], new MarkdownOutline.LinkInfo(s.substring(url[0], url[1]),
                            text, lineOf(openAt[depth], starts, lineNumbers, count), image)));
                    if (!image) {
                        // no link inside a link: the brackets opened before it are text now
                        for (int d = 0; d < depth; d++) {
                            if (!openImage[d]) {
                                openActive[d] = false;
                            }
                        }
                    }
                    i = end;
                } else if (depth > 0) {
                    // a reference link (or not) inside another bracket: whether it forms decides the outer one
                    return false;
                } else if (next == '[') {
                    // [text][label] or [text][]: a reference link or two shortcuts; neither is an inline link
                    int j = i + 2;
                    while (j < n && s.charAt(j) != ']') {
                        char d = s.charAt(j);
                        if (d == '[' || d == '\\' || d == '`' || d == '\n' || d == '<') {
                            return false;
                        }
                        j++;
                    }
                    if (j >= n) {
                        i++;
                        continue;
                    }
                    if (j + 1 < n && s.charAt(j + 1) == '(') {
                        return false;
                    }
                    i = j + 1;
                } else {
                    i++;
                }
            } else {
                i++;
            }
        }
        // flexmark lists a link before the links and images inside its text: in the order they open
        found.sort((a, b) -> Integer.compare(a.at(), b.at()));
        for (Found f : found) {
            out.add(f.link());
        }
        return true;
    }

    /** A link found, with the offset of its opening bracket. */
    private record Found(int at, MarkdownOutline.LinkInfo link) {
    }

    /**
     * The offset after an autolink ({@code <scheme:...>} or {@code <user@host>}) starting at {@code i}, or -1 when
     * the {@code <} starts something else.
     */
    private static int autolink(String s, int i, int n) {
        int j = i + 1;
        int schemeEnd = j;
        while (schemeEnd < n && schemeEnd - j <= 32 && isSchemeChar(s.charAt(schemeEnd), schemeEnd == j)) {
            schemeEnd++;
        }
        int len = schemeEnd - j;
        if (len >= 2 && len <= 32 && schemeEnd < n && s.charAt(schemeEnd) == ':') {
            for (int k = schemeEnd + 1; k < n; k++) {
                char c = s.charAt(k);
                if (c == '>') {
                    return k + 1;
                }
                if (c <= ' ' || c == '<' || c >= 0x7f) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private static boolean isSchemeChar(char c, boolean first) {
        boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        return first ? letter : letter || c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-';
    }

    /** What {@link #inlineLink} returns when unsure. */
    private static final int BAIL = -1;

    /**
     * Parses {@code destination "title")} from {@code from} (just after {@code (}): the offset after {@code )} of an
     * inline link this class is sure of, else {@link #BAIL}; {@code url} gets the destination's start and end.
     */
    private static int inlineLink(String s, int from, int n, int[] url) {
        int j = skipBlanks(s, from, n);
        url[0] = j;
        if (j >= n) {
            return BAIL;
        }
        char c = s.charAt(j);
        if (c == '\n' || c == '<') {
            return BAIL;
        }
        int depth = 0;
        while (j < n) {
            c = s.charAt(j);
            if (c <= ' ' || c == '\\' || c == '&' || c == '<' || c >= 0x7f) {
                if (c == ' ' || c == '\t' || c == '\n') {
                    break;
                }
                return BAIL;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    break;
                }
                depth--;
            }
            j++;
        }
        if (depth != 0) {
            return BAIL;
        }
        url[1] = j;
        int k = skipBlanks(s, j, n);
        if (k >= n) {
            return BAIL;
        }
        c = s.charAt(k);
        if (c == ')') {
            return k + 1;
        }
        if (k == j || c != '"' && c != '\'' && c != '(') {
            return BAIL;
        }
        char close = c == '(' ? ')' : c;
        int t = k + 1;
        while (t < n && s.charAt(t) != close) {
            char d = s.charAt(t);
            if (d == '\n' || d == '\\' || c == '(' && d == '(') {
                return BAIL;
            }
            t++;
        }
        if (t >= n) {
            return BAIL;
        }
        int e = skipBlanks(s, t + 1, n);
        return e < n && s.charAt(e) == ')' ? e + 1 : BAIL;
    }

    private static int skipBlanks(String s, int from, int n) {
        int j = from;
        while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
            j++;
        }
        return j;
    }

    /** The length of the run of {@code c} starting at {@code i}. */
    private static int run(String s, int i, char c) {
        int j = i;
        while (j < s.length() && s.charAt(j) == c) {
            j++;
        }
        return j - i;
    }

    /** The start of the next run of exactly {@code k} backticks from {@code from}, or -1. */
    private static int closingRun(String s, int from, int k) {
        int j = s.indexOf('`', from);
        while (j >= 0) {
            int r = run(s, j, '`');
            if (r == k) {
                return j;
            }
            j = s.indexOf('`', j + r);
        }
        return -1;
    }

    private static int lineOf(int offset, int[] starts, int[] lineNumbers, int count) {
        int i = count - 1;
        while (i > 0 && starts[i] > offset) {
            i--;
        }
        return lineNumbers[i];
    }

    private static boolean isBlankOrEnd(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }

    /** ASCII punctuation, which a backslash escapes. */
    static boolean isPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }
}
