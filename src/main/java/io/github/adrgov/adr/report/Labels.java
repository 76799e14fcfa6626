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

    /** The status as written, else the localised word for "no status". */
    static String status(Adr adr, ReportText text) {
        return adr.status().map(s -> s.text()).filter(s -> !s.isBlank()).orElse(text.get("status.none"));
    }

    /** The localised name of a status category. */
    static String category(StatusCategory c, ReportText text) {
        return text.get("status." + c.id());
    }

    /** The date as written, or empty. */
    static String date(Adr adr) {
        return adr.dateText() == null ? "" : adr.dateText();
    }
}
