package io.github.adrgov.adr.parse;

import io.github.adrgov.adr.model.Dialect;
import io.github.adrgov.adr.model.SectionConcept;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which ADR dialect one file is written in from all its structural signals together: the title's form,
 * where the metadata lives (bold lines, bullets, a {@code ## Status} section, front matter) and which sections it
 * has. No single line decides: a file with a {@code ## Status} section and Context, Decision and Consequences is
 * Nygard whatever its date line looks like. Each decision comes with the reason, in words, for debug output.
 */
final class DialectDetector {

    private static final Set<String> MADR_KEYS = Set.of("status", "date", "deciders", "decision-makers",
            "decision makers", "consulted", "informed");
    /** {@code adr-012-slug.md}, the changelog family's file names. */
    private static final Pattern ADR_DASH_FILE = Pattern.compile("(?i)adr-\\d+-.*");

    /** What the detector looks at. */
    record Signals(String fileStem, FrontMatter frontMatter, List<MetadataLine> header, boolean statusSection,
            boolean numberedTitle, boolean adrPrefixedTitle, List<String> sectionHeadings, String titleText) {
    }

    /** The dialect chosen and why. */
    record Detection(Dialect dialect, String reason) {
    }

    private DialectDetector() {
    }

    static Detection detect(Signals s) {
        MetadataLine status = find(s.header(), "status");
        MetadataLine date = find(s.header(), "date");
        Set<SectionConcept> sections = EnumSet.noneOf(SectionConcept.class);
        for (String h : s.sectionHeadings()) {
            sections.addAll(SectionConcept.of(Markup.heading(h)));
        }
        if (status != null && status.piped() && date != null && date.line() == status.line()) {
            return new Detection(Dialect.QUICK, "one \"**Status**: ... | **Date**: ...\" line");
        }
        List<String> nygardSections = present(sections, SectionConcept.CONTEXT, SectionConcept.DECISION,
                SectionConcept.CONSEQUENCES);
        boolean boldStatus = status != null && status.bold() && !status.bullet();
        boolean boldDate = date != null && date.bold() && !date.bullet();
        boolean templateSections = sections.contains(SectionConcept.RATIONALE)
                || sections.contains(SectionConcept.DECISION_DRIVERS);

        if (s.statusSection()) {
            boolean changelogTitle = s.titleText() != null && s.titleText().matches("(?i)ADR[ -]?\\d*\\s*:.*")
                    && !s.titleText().matches("(?i)ADR-\\d+:.*");
            if (sections.contains(SectionConcept.CHANGELOG)) {
                return new Detection(Dialect.CHANGELOG, "## Status and ## Changelog sections");
            }
            if (changelogTitle && ADR_DASH_FILE.matcher(s.fileStem()).matches()) {
                return new Detection(Dialect.CHANGELOG,
                        "## Status section, \"# ADR NNN: Title\" title and adr-NNN- file name (no ## Changelog)");
            }
            if (nygardSections.size() >= 2 || !(boldStatus || boldDate)) {
                return new Detection(Dialect.NYGARD, "## Status section"
                        + (nygardSections.isEmpty() ? "" : " with " + String.join(", ", nygardSections))
                        + (boldDate || boldStatus ? " (its bold metadata lines do not make it the template)" : ""));
            }
        }
        for (String k : s.frontMatter().values().keySet()) {
            if (MADR_KEYS.contains(k)) {
                return new Detection(Dialect.MADR, "front matter key \"" + k + "\""
                        + (s.statusSection() ? " (and a ## Status section)" : ""));
            }
        }
        boolean bullets = (status != null && status.bullet()) || (date != null && date.bullet());
        if (bullets && s.fileStem().matches("\\d{8}[-_].*") && NumberReader.isDateNamed(s.fileStem())) {
            return new Detection(Dialect.LOG4BRAINS, "\"- Status:\" / \"- Date:\" bullets in a YYYYMMDD-slug file");
        }
        if (bullets) {
            return new Detection(Dialect.MADR, "\"* Status:\" / \"* Date:\" bullets");
        }
        if (boldStatus || boldDate) {
            String lines = boldStatus && boldDate ? "bold **Status** and **Date** lines"
                    : boldStatus ? "a bold **Status** line" : "a bold **Date** line";
            if (templateSections || (boldStatus && boldDate) && nygardSections.size() < 3
                    || s.adrPrefixedTitle() && nygardSections.size() < 3) {
                return new Detection(Dialect.TEMPLATE, lines + (templateSections ? " and template sections"
                        : s.adrPrefixedTitle() ? " under an \"ADR-NNN:\" title" : ""));
            }
            if (nygardSections.size() == 3) {
                return new Detection(Dialect.NYGARD, lines + " with only the Nygard sections "
                        + String.join(", ", nygardSections));
            }
            return new Detection(Dialect.TEMPLATE, lines);
        }
        if (date != null) {
            return new Detection(Dialect.NYGARD, "a plain \"Date:\" line");
        }
        if (s.numberedTitle() && !nygardSections.isEmpty()) {
            return new Detection(Dialect.NYGARD, "a numbered \"# N. Title\" title with " + String.join(", ",
                    nygardSections));
        }
        List<String> madr = new ArrayList<>();
        for (String h : s.sectionHeadings()) {
            SectionConcept c = SectionConcept.byName(Markup.heading(h));
            if (c == SectionConcept.CONSIDERED_OPTIONS || c == SectionConcept.DECISION_DRIVERS
                    || c == SectionConcept.PROS_AND_CONS
                    || SectionConcept.words(h).equals(SectionConcept.words("Context and Problem Statement"))
                    || SectionConcept.words(h).equals(SectionConcept.words("Decision Outcome"))) {
                madr.add(h);
            }
        }
        if (!madr.isEmpty()) {
            return new Detection(Dialect.MADR, "MADR sections " + String.join(", ", madr));
        }
        if (status != null) {
            return new Detection(Dialect.NYGARD, "a plain \"Status:\" line");
        }
        if (s.numberedTitle()) {
            return new Detection(Dialect.NYGARD, "a numbered \"# N. Title\" title");
        }
        return new Detection(Dialect.UNKNOWN, "no status, date or dialect sections");
    }

    private static List<String> present(Set<SectionConcept> have, SectionConcept... wanted) {
        List<String> out = new ArrayList<>();
        for (SectionConcept c : wanted) {
            if (have.contains(c)) {
                out.add(c.displayName());
            }
        }
        return out;
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
