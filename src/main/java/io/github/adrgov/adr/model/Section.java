package io.github.adrgov.adr.model;

import java.util.List;

/**
 * A heading-delimited section of an ADR: every heading but the H1 used as title (usually level 2 and deeper; a file
 * that writes its sections as H1 headings has level-1 sections). The model keeps where the section is and whether it
 * holds anything, not its text, so that memory grows with the model of the log, not with its text: what needs the
 * text reads lines {@code line + 1} to {@code endLine} of {@link Adr#lines()}.
 *
 * @param heading   the heading text as written, markup and trailing comments such as {@code <!-- optional -->} removed
 * @param level     heading level, 2 for {@code ##}
 * @param line      1-based line of the heading
 * @param endLine   1-based last line of the section's content (before the next heading of the same or a higher
 *                  level, or the end of the file)
 * @param empty     whether the body (deeper sub-sections included) holds nothing but blank lines and HTML comments
 */
public record Section(String heading, int level, int line, int endLine, boolean empty) {

    /**
     * A section with its body's text, from the line after the heading to {@code endLine}, lines joined with
     * {@code \n}; only whether it is empty is kept.
     */
    public Section(String heading, int level, int line, int endLine, String content) {
        this(heading, level, line, endLine, onlyComments(content));
    }

    /** Whether the body holds nothing but blank lines and HTML comments. */
    public boolean isEmpty() {
        return empty;
    }

    /**
     * As {@link #Section(String, int, int, int, String)}, with the body given as its lines (without line ends), read
     * only as far as needed to see that it is not empty.
     */
    public static Section ofLines(String heading, int level, int line, int endLine, List<String> body) {
        return new Section(heading, level, line, endLine, onlyComments(body));
    }

    /**
     * Whether {@code text} holds nothing but white space and closed HTML comments ({@code <!-- ... -->}); a comment
     * that is opened and never closed is text. One pass over the text, so a body of thousands of unclosed
     * {@code <!--} takes time linear in its length.
     */
    static boolean onlyComments(CharSequence text) {
        BlankScan scan = new BlankScan();
        return scan.blank(text) && !scan.inComment;
    }

    /** {@link #onlyComments(CharSequence)} of the lines joined with {@code \n}, read up to the first text. */
    static boolean onlyComments(List<String> lines) {
        BlankScan scan = new BlankScan();
        for (String l : lines) {
            if (!scan.blank(l)) {
                return false;
            }
            scan.dashes = 0; // the line end, which is no dash
        }
        return !scan.inComment;
    }

    /** Reads text in one pass, possibly in pieces, keeping whether it is inside a comment across them. */
    private static final class BlankScan {
        boolean inComment;
        /** Dashes just read inside a comment: two or more, then {@code >}, close it. */
        int dashes;

        /** False at the first character that is neither white space nor part of a comment. */
        boolean blank(CharSequence text) {
            int n = text.length();
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (inComment) {
                    if (c == '>' && dashes >= 2) {
                        inComment = false;
                    }
                    dashes = c == '-' ? dashes + 1 : 0;
                    i++;
                } else if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '<' && startsWith(text, i, "<!--")) {
                    inComment = true;
                    dashes = 0;
                    i += 4;
                } else {
                    return false;
                }
            }
            return true;
        }
    }

    private static boolean startsWith(CharSequence text, int at, String s) {
        if (at + s.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (text.charAt(at + k) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
