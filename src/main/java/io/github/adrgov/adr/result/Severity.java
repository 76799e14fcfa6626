package io.github.adrgov.adr.result;

import java.util.Locale;

/** How serious a finding is. {@link #OFF} switches a rule off. */
public enum Severity {
    ERROR, WARNING, INFO, OFF;

    /** Lower-case id as used in configuration and JSON: {@code error}, {@code warning}, {@code info}, {@code off}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a severity as a user writes it ({@code error}, {@code warn}, {@code warning}, {@code info}, {@code off}),
     * case-insensitive.
     *
     * @throws IllegalArgumentException naming the allowed values
     */
    public static Severity parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "error": return ERROR;
            case "warn":
            case "warning": return WARNING;
            case "info": return INFO;
            case "off":
            case "ignore":
            case "none": return OFF;
            default:
                throw new IllegalArgumentException("'" + text + "' is not a severity; use error, warning, info or off");
        }
    }
}
