package io.github.adrgov.adr.model;

import java.util.regex.Pattern;

/**
 * A heading-delimited section of an ADR: every heading but the H1 used as title (usually level 2 and deeper; a file
 * that writes its sections as H1 headings has level-1 sections).
 *
 * @param heading   the heading text as written, markup and trailing comments such as {@code <!-- optional -->} removed
 * @param level     heading level, 2 for {@code ##}
 * @param line      1-based line of the heading
 * @param endLine   1-based last line of the section's content (before the next heading of the same or a higher
 *                  level, or the end of the file)
 * @param content   the text of the section's body as written, from the line after the heading to {@code endLine}
 *                  (deeper sub-sections included), lines joined with {@code \n}
 */
public record Section(String heading, int level, int line, int endLine, String content) {

    private static final Pattern HTML_COMMENT = Pattern.compile("(?s)<!--.*?-->");

    /** Whether the body holds nothing but blank lines and HTML comments. */
    public boolean isEmpty() {
        if (content.isBlank()) {
            return true;
        }
        return content.indexOf("<!--") >= 0 && HTML_COMMENT.matcher(content).replaceAll("").isBlank();
    }
}
