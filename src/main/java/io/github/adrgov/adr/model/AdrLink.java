package io.github.adrgov.adr.model;

/**
 * A link from an ADR to another ADR or file, as read from the Markdown.
 *
 * @param kind         what the link means
 * @param text         the text it was read from, as written (e.g. {@code Superseded by ADR-009}), for messages
 * @param targetPath   the link destination as written (e.g. {@code 0009-use-x.md}, {@code ../decisions/a.md},
 *                     {@code https://github.com/o/r/blob/main/docs/adr/0009-x.md}), or null when the target is
 *                     named only by number
 * @param targetNumber the ADR number named (e.g. 9 for {@code ADR-009} or {@code [9. X](...)}), or null
 * @param line         1-based line
 */
public record AdrLink(LinkKind kind, String text, String targetPath, Integer targetNumber, int line) {

    /*
     * equals and hashCode as a record's own (the same components, the same formula), written out: a record's are
     * linked at their first call through method handles, which spun some 75 classes on every first build.
     */

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof AdrLink l && kind == l.kind && line == l.line
                && java.util.Objects.equals(text, l.text) && java.util.Objects.equals(targetPath, l.targetPath)
                && java.util.Objects.equals(targetNumber, l.targetNumber);
    }

    @Override
    public int hashCode() {
        int h = java.util.Objects.hashCode(kind);
        h = h * 31 + java.util.Objects.hashCode(text);
        h = h * 31 + java.util.Objects.hashCode(targetPath);
        h = h * 31 + java.util.Objects.hashCode(targetNumber);
        return h * 31 + Integer.hashCode(line);
    }
}
