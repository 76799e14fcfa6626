package io.github.adrgov.adr.report;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.StatusCategory;

/** How an ADR is named on the pages. */
final class Labels {

    private Labels() {
    }

    /** The number as written in the file name ({@code 0003}), else the number, else empty. */
    static String number(Adr adr) {
        if (adr.fileNumberText() != null) {
            return adr.fileNumberText();
        }
        return adr.number() == null ? "" : String.valueOf(adr.number());
    }

    /** The title, or the id when the file has none. */
    static String title(Adr adr) {
        return adr.title() == null || adr.title().isBlank() ? adr.id() : adr.title();
    }

    /** Number and title, e.g. {@code 0003 Use X}, or the title alone for an unnumbered ADR. */
    static String full(Adr adr) {
        String n = number(adr);
        return n.isEmpty() ? title(adr) : n + " " + title(adr);
    }

    /** A label without the backticks of its code spans, for attributes, page titles and the graph. */
    static String plain(String label) {
        return label.indexOf('`') < 0 ? label : label.replaceAll("(`+)(?!`)(.+?)(?<!`)\\1(?!`)", "$2");
    }

    /** The status as written, else the localised word for "no status". */
    static String status(Adr adr, ReportText text) {
        return adr.status().map(s -> s.text()).filter(s -> !s.isBlank()).orElse(text.get("status.none"));
    }

    /** The ADR's status category, localised ({@code Accepted}), or the word for "no status" when it states none. */
    static String statusCategory(Adr adr, ReportText text) {
        if (adr.status().map(st -> st.text()).filter(st -> !st.isBlank()).isEmpty()) {
            return text.get("status.none");
        }
        return category(adr.statusCategory(), text);
    }

    /**
     * What the status as written says beyond its category: empty for {@code accepted} beside Accepted, and (with
     * {@code successorShown}) for {@code Superseded by ADR-9}, whose successor has a column of its own; the remark
     * alone where the text starts with the category's word ({@code Accepted (approved by the board)} and
     * {@code Accepted: approved by the board} give {@code approved by the board}), so the word is not said twice.
     */
    static String statusNote(Adr adr, ReportText text, boolean successorShown) {
        String written = adr.status().map(st -> st.text()).orElse("").strip().replaceAll("\\s+", " ");
        if (written.isEmpty()) {
            return "";
        }
        String plain = written.replaceAll("[.!]+$", "");
        StatusCategory c = adr.statusCategory();
        if (plain.equalsIgnoreCase(category(c, text)) || plain.equalsIgnoreCase(c.id())) {
            return "";
        }
        if (successorShown && c == StatusCategory.SUPERSEDED
                && plain.toLowerCase(java.util.Locale.ROOT).matches("supe[rs]seded\\b.*")) {
            return "";
        }
        for (String word : new String[] {category(c, text), c.id()}) {
            String rest = afterWord(written, word);
            if (rest != null) {
                return rest;
            }
        }
        return written;
    }

    /**
     * The text after a leading {@code word} and the punctuation that joins it to the rest ({@code (...)}, {@code :},
     * {@code -}, {@code ,}, {@code .}); null when the text does not start with the word as a whole word.
     */
    static String afterWord(String written, String word) {
        if (word.isEmpty() || !written.regionMatches(true, 0, word, 0, word.length())) {
            return null;
        }
        String rest = written.substring(word.length());
        if (!rest.isEmpty() && Character.isLetterOrDigit(rest.codePointAt(0))) {
            return null; // "Accepted" is not the word of "Acceptedly"
        }
        rest = rest.strip();
        if (rest.startsWith("(") && rest.endsWith(")") && rest.indexOf(')') == rest.length() - 1) {
            rest = rest.substring(1, rest.length() - 1).strip();
        } else {
            rest = rest.replaceFirst("^[-\u2013\u2014:;,.]+\\s*", "");
        }
        return rest.isEmpty() ? null : rest;
    }

    /** The localised name of a status category. */
    static String category(StatusCategory c, ReportText text) {
        return text.get("status." + c.id());
    }

    /** A field name as a row heading: {@code deciders} reads {@code Deciders}, {@code decision-makers} as written. */
    static String fieldName(String name) {
        String n = name.strip();
        if (n.isEmpty() || !n.equals(n.toLowerCase(java.util.Locale.ROOT))) {
            return n;
        }
        return n.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + n.substring(1);
    }

    /** The date as written, or empty. */
    static String date(Adr adr) {
        return adr.dateText() == null ? "" : adr.dateText();
    }
}
