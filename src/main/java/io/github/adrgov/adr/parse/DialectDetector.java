package io.github.adrgov.adr.parse;

import io.github.adrgov.adr.model.Dialect;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Decides which ADR dialect one file is written in, from the signals the parser found. */
final class DialectDetector {

    private static final Set<String> MADR_KEYS = Set.of("status", "date", "deciders", "decision-makers",
            "decision makers", "consulted", "informed");
    private static final Set<String> MADR_SECTIONS = Set.of("context and problem statement", "decision outcome",
            "considered options", "decision drivers");

    /** What the detector looks at. */
    record Signals(String fileStem, FrontMatter frontMatter, List<MetadataLine> header, boolean statusSection,
            boolean numberedTitle, boolean adrPrefixedTitle, List<String> sectionHeadings) {
    }

    private DialectDetector() {
    }

    static Dialect detect(Signals s) {
        MetadataLine status = find(s.header(), "status");
        MetadataLine date = find(s.header(), "date");
        if (status != null && status.piped() && date != null && date.line() == status.line()) {
            return Dialect.QUICK;
        }
        boolean boldStatus = status != null && status.bold() && !status.bullet();
        boolean boldDate = date != null && date.bold() && !date.bullet();
        if ((boldStatus && boldDate) || ((boldStatus || boldDate) && s.adrPrefixedTitle())) {
            return Dialect.TEMPLATE;
        }
        boolean bullets = (status != null && status.bullet()) || (date != null && date.bullet());
        if (bullets && s.fileStem().matches("\\d{8}[-_].*") && NumberReader.isDateNamed(s.fileStem())) {
            return Dialect.LOG4BRAINS;
        }
        if (bullets) {
            return Dialect.MADR;
        }
        if (s.statusSection()) {
            return Dialect.NYGARD;
        }
        for (String k : s.frontMatter().values().keySet()) {
            if (MADR_KEYS.contains(k)) {
                return Dialect.MADR;
            }
        }
        if ((date != null && !date.bullet() && !date.bold()) || s.numberedTitle()) {
            return Dialect.NYGARD;
        }
        for (String h : s.sectionHeadings()) {
            if (MADR_SECTIONS.contains(h.toLowerCase(Locale.ROOT))) {
                return Dialect.MADR;
            }
        }
        return status != null ? Dialect.NYGARD : Dialect.UNKNOWN;
    }

    private static MetadataLine find(List<MetadataLine> header, String name) {
        for (MetadataLine m : header) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }
}
