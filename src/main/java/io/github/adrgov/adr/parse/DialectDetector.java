package io.github.adrgov.adr.parse;

import io.github.adrgov.adr.model.Dialect;
import io.github.adrgov.adr.model.Memo;
import io.github.adrgov.adr.model.SectionConcept;
import java.util.ArrayList;
import java.util.Collections;
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
    private static final Pattern ADR_DASH_FILE = Pattern.compile("(?i)adr-.*");
    /** {@code # ADR 012: Title} or {@code # ADR: Title}, but not the seed's {@code # ADR-012: Title}. */
    private static final Pattern CHANGELOG_TITLE = Pattern.compile("(?i)ADR(?: \\d+)?\\s*:.*");
    /** Section names only MADR uses. */
    private static final Set<String> MADR_NAMES = Set.of(SectionConcept.words("Context and Problem Statement"),
            SectionConcept.words("Decision Outcome"));

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
        if (status != null && status.piped() && date != null && date.line() == status.line()) {
            return new Detection(Dialect.QUICK, "one \"**Status**: ... | **Date**: ...\" line");
        }
        Evidence nygard = new Evidence(Dialect.NYGARD);
        Evidence changelog = new Evidence(Dialect.CHANGELOG);
        Evidence madr = new Evidence(Dialect.MADR);
        Evidence template = new Evidence(Dialect.TEMPLATE);

        if (s.statusSection()) {
            nygard.add(3, "a ## Status section");
            changelog.add(3, "a ## Status section");
        }
        if (date != null && !date.bold() && !date.bullet()) {
            nygard.add(2, "a plain \"Date:\" line");
        }
        if (status != null && !status.bold() && !status.bullet()) {
            nygard.add(1, "a plain \"Status:\" line");
        }
        if (s.numberedTitle() && !s.adrPrefixedTitle()) {
            nygard.add(1, "a \"# N. Title\" title");
        }
        boolean changelogTitle = s.titleText() != null && CHANGELOG_TITLE.matcher(s.titleText()).matches();
        if (s.statusSection() && changelogTitle) {
            changelog.add(2, "an \"# ADR NNN: Title\" title");
        }
        if (s.statusSection() && ADR_DASH_FILE.matcher(s.fileStem()).matches()) {
            changelog.add(1, "an adr-NNN- file name");
        }
        for (String k : s.frontMatter().values().keySet()) {
            if (MADR_KEYS.contains(k)) {
                madr.add(3, "front matter key \"" + k + "\"");
                break;
            }
        }
        if ((status != null && status.bullet()) || (date != null && date.bullet())) {
            madr.add(3, "\"* Status:\" / \"* Date:\" bullets");
        }
        if (status != null && status.bold() && !status.bullet()) {
            template.add(2, "a bold **Status** line");
        }
        if (date != null && date.bold() && !date.bullet()) {
            template.add(2, "a bold **Date** line");
        }
        if (s.adrPrefixedTitle() && template.score > 0) {
            template.add(1, "an \"ADR-NNN:\" title");
        }
        Set<SectionConcept> nygardSeen = EnumSet.noneOf(SectionConcept.class);
        for (String h : s.sectionHeadings()) {
            HeadingSigns signs = HEADING_SIGNS.get(h);
            Set<SectionConcept> cs = signs.concepts();
            if (signs.madrName() || cs.contains(SectionConcept.PROS_AND_CONS)
                    || cs.contains(SectionConcept.DECISION_DRIVERS) || signs.consideredOptions()) {
                madr.add(1, "section \"" + h + "\"");
            } else if (nygardSeen.addAll(nygardConcepts(cs))) {
                // each of Context, Decision and Consequences counts once, however many headings name it
                nygard.add(1, "section \"" + h + "\"");
            }
            if (cs.contains(SectionConcept.RATIONALE) || cs.contains(SectionConcept.DECISION_DRIVERS)
                    || signs.consideredOptions()) {
                template.add(1, "section \"" + h + "\"");
            }
            if (s.statusSection() && cs.contains(SectionConcept.CHANGELOG)) {
                changelog.add(4, "a ## Changelog section");
            }
        }
        // sections alone make no dialect, but for MADR's own section names: Decision and Rationale headings in a
        // free-form record do not make it Nygard or the template
        for (Evidence e : List.of(changelog, nygard, template)) {
            if (e.metadata == 0) {
                e.score = 0;
            }
        }
        Evidence best = null;
        // on a tie the earlier wins: the changelog family and Nygard are the more specific readings
        for (Evidence e : List.of(changelog, nygard, madr, template)) {
            if (e.score > 0 && (best == null || e.score > best.score)) {
                best = e;
            }
        }
        if (best == null) {
            return new Detection(Dialect.UNKNOWN, "no status, date or dialect sections");
        }
        Dialect d = best.dialect;
        if (d == Dialect.MADR && (status != null && status.bullet() || date != null && date.bullet())
                && s.fileStem().matches("\\d{8}[-_].*") && NumberReader.isDateNamed(s.fileStem())) {
            d = Dialect.LOG4BRAINS;
            best.signs.add(0, "a YYYYMMDD-slug file name");
        }
        StringBuilder others = new StringBuilder();
        for (Evidence e : List.of(changelog, nygard, madr, template)) {
            if (e != best && e.score > 0) {
                others.append(others.length() > 0 ? ", " : "").append(e.dialect.id()).append(' ').append(e.score);
            }
        }
        return new Detection(d, String.join(", ", best.signs) + " (score " + best.score
                + (others.length() > 0 ? "; " + others : "") + ")");
    }

    private static Set<SectionConcept> nygardConcepts(Set<SectionConcept> cs) {
        Set<SectionConcept> out = EnumSet.noneOf(SectionConcept.class);
        for (SectionConcept c : cs) {
            if (c == SectionConcept.CONTEXT || c == SectionConcept.DECISION || c == SectionConcept.CONSEQUENCES) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * What a section heading says of the dialect: whether its words are one of MADR's own section names, the concepts
     * it names, and whether it is the Considered Options heading.
     */
    private record HeadingSigns(boolean madrName, Set<SectionConcept> concepts, boolean consideredOptions) {
    }

    /** Memoised: headings repeat from ADR to ADR; its sets are shared by every ADR, so none can be changed. */
    private static final Memo<HeadingSigns> HEADING_SIGNS = new Memo<>(4096, h -> {
        String plain = Markup.heading(h);
        return new HeadingSigns(MADR_NAMES.contains(SectionConcept.words(plain)),
                Collections.unmodifiableSet(SectionConcept.of(plain)),
                SectionConcept.byName(h) == SectionConcept.CONSIDERED_OPTIONS);
    });

    /** The signs found for one dialect, and their weight. */
    private static final class Evidence {
        final Dialect dialect;
        final List<String> signs = new ArrayList<>();
        int score;

        Evidence(Dialect dialect) {
            this.dialect = dialect;
        }

        /** The weight of the signs that are not sections. */
        int metadata;

        void add(int weight, String sign) {
            score += weight;
            signs.add(sign);
            if (!sign.startsWith("section ")) {
                metadata += weight;
            }
        }
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
