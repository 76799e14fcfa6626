package io.github.adrgov.adr.model;

import java.util.regex.Pattern;

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

    private static final Pattern HTML_COMMENT = Pattern.compile("(?s)<!--.*?-->");

    /**
     * A section with its body's text, from the line after the heading to {@code endLine}, lines joined with
     * {@code \n}; only whether it is empty is kept.
     */
    public Section(String heading, int level, int line, int endLine, String content) {
        this(heading, level, line, endLine, emptyBody(content));
    }

    /** Whether the body holds nothing but blank lines and HTML comments. */
    public boolean isEmpty() {
        return empty;
    }

    /** Whether a section body's text holds nothing but blank lines and HTML comments. */
    public static boolean emptyBody(CharSequence content) {
        String text = content.toString();
        if (text.isBlank()) {
            return true;
        }
        return text.indexOf("<!--") >= 0 && HTML_COMMENT.matcher(text).replaceAll("").isBlank();
    }
}
