package io.github.adrgov.adr.model;

import java.util.Locale;

/** The ADR dialect a file is written in, detected per file. */
public enum Dialect {
    /** The seed format, full: {@code # ADR-001: Title} with bold metadata lines. */
    TEMPLATE,
    /** The seed format, lightweight: one line {@code **Status**: Accepted | **Date**: 2025-01-15}. */
    QUICK,
    /** Michael Nygard's format as written by adr-tools: {@code # 1. Title}, {@code Date:} line, {@code ## Status} section. */
    NYGARD,
    /** MADR 2, 3 or 4: bullets or YAML front matter. */
    MADR,
    /** log4brains: MADR-like, file named {@code YYYYMMDD-slug.md}, no number. */
    LOG4BRAINS,
    /**
     * The changelog family (Cosmos SDK and the projects that took its template): {@code adr-012-slug.md},
     * {@code # ADR 012: Title}, a {@code ## Status} section, and no date line: the date is the first entry of a
     * {@code ## Changelog} list of dated bullets.
     */
    CHANGELOG,
    /** None of the above could be recognised. */
    UNKNOWN;

    /** The lower-case id used in JSON and configuration, e.g. {@code madr}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an id as written by {@link #id()}, case-insensitive. */
    public static Dialect fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
