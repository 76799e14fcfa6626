package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLink;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.LinkKind;
import io.github.adrgov.adr.model.Section;
import io.github.adrgov.adr.model.SectionConcept;
import io.github.adrgov.adr.result.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code not-an-adr}: a Markdown file in the log that has no ADR structure at all (no status, no date, no ADR
 * section, no supersession, and no number, e.g. an install guide or a glossary), a numbered stub that only points
 * elsewhere ("this ADR is kept privately"), or a companion document with a status but neither a title nor a Decision
 * section (a specification kept beside its ADR). It is reported once, as a note that says how to exclude it, and no other
 * rule looks at it: the {@link io.github.adrgov.adr.validate.Validator} hands the other rules the log without it
 * (its file counts as skipped, so a stub's number stays taken).
 */
public final class NotAnAdrRule implements Rule {

    /** Sections that make a file an ADR (Links, References and the like do not). */
    private static final Set<SectionConcept> ADR_SECTIONS = EnumSet.complementOf(EnumSet.of(SectionConcept.RELATED));
    /** Most lines of text (title aside) a stub that only points elsewhere holds. */
    private static final int STUB_LINES = 3;
    /** Front matter or header fields that only ADRs carry. */
    private static final Set<String> ADR_FIELDS = Set.of("deciders", "decision-makers", "decision makers",
            "supersedes", "superseded-by", "superseded by", "technical story", "consulted", "informed");

    @Override public String id() { return "not-an-adr"; }

    @Override public Severity defaultSeverity() { return Severity.INFO; }

    @Override public String description() {
        return "A file in the ADR folder has no ADR structure (no status, date, number or ADR sections) and is not "
                + "checked as an ADR.";
    }

    @Override
    public void check(RuleContext ctx) {
        boolean freeForm = freeForm(ctx.log());
        TextVerdicts verdicts = ctx.textVerdicts();
        for (Adr adr : ctx.log().adrs()) {
            TextVerdicts.Verdict v = verdicts.of(adr);
            if (!applies(adr, freeForm, v)) {
                continue;
            }
            String pattern = relative(adr.file(), ctx.log().directory());
            String what = adr.status().isPresent()
                    ? "has a status but neither a title nor a Decision section"
                    : named(adr) && v.stub()
                    ? "is a stub without ADR text (no status, date or sections)"
                    : "has no ADR structure (no status, date, number or ADR sections)";
            ctx.report(adr, RuleSupport.fileLine(adr), "The file " + what + ", so it is not checked as an ADR; "
                    + "if it is not one, add <exclude>" + pattern + "</exclude> to <excludes> (which replaces the "
                    + "default excludes, so list those too).");
        }
    }

    /**
     * Whether the file is read as no ADR in its log: as {@link #applies(Adr)}, except that in a log of free-form
     * records ({@link #freeForm}) a file that merely lacks status, date and number is one of its records; a stub or a
     * companion document is still none.
     */
    static boolean applies(Adr adr, boolean freeForm, TextVerdicts.Verdict v) {
        if (!v.notAnAdr()) {
            return false;
        }
        return !freeForm || adr.status().isPresent() || v.stub();
    }

    /**
     * Whether the log's records are free-form: of three files or more, fewer than half carry a status, a date line or
     * a number (a log of slug-named decision records, or one that dates its records only by folder name). There the
     * lack of them is the log's convention, not a sign that a file is no ADR.
     */
    static boolean freeForm(AdrLog log) {
        int structured = 0;
        for (Adr a : log.adrs()) {
            if (a.status().isPresent() || a.dateLine() > 0 || a.number() != null) {
                structured++;
            }
        }
        return log.size() >= 3 && structured * 2 < log.size();
    }

    private static boolean named(Adr adr) {
        return adr.number() != null || (adr.dateText() != null && adr.dateLine() <= 0);
    }

    static boolean stub(Adr adr) {
        return adr.sections().isEmpty() && textLines(adr) <= STUB_LINES;
    }

    /** Whether the file, judged on its own, is read as no ADR (see the class comment). */
    public static boolean applies(Adr adr) {
        // a date read from the file or folder name (2022-02-07-slug) is no sign of ADR structure: line 0
        boolean dated = adr.dateText() != null && adr.dateLine() > 0;
        if (adr.lines().isEmpty() || !adr.problems().isEmpty() || dated) {
            // (a model without its text, built by a tool rather than read from a file, is taken as it is)
            return false;
        }
        for (AdrLink l : adr.links()) {
            if (l.kind() == LinkKind.SUPERSEDED_BY || l.kind() == LinkKind.SUPERSEDES) {
                return false;
            }
        }
        for (String f : adr.fields().keySet()) {
            if (ADR_FIELDS.contains(f)) {
                return false;
            }
        }
        boolean adrSection = false;
        boolean decision = false;
        for (Section s : adr.sections()) {
            for (SectionConcept c : SectionConcept.of(Headings.normalize(s.heading()))) {
                adrSection |= ADR_SECTIONS.contains(c);
                decision |= c == SectionConcept.DECISION;
            }
        }
        if (adr.status().isPresent()) {
            // a status in a file with neither title nor decision: a companion document (a specification beside its ADR)
            return adr.title() == null && !decision;
        }
        if (adrSection) {
            return false;
        }
        // a number, or a date the file or folder name starts with (2022-04-21-slug/README.md), names a record of the
        // log; such a file is no ADR only when it is a stub
        return !named(adr) || stub(adr);
    }

    /**
     * The log without the files that are not ADRs and those that are still the unfilled template (which
     * {@code placeholder-text} reports once); those are listed as skipped instead.
     */
    public static AdrLog withoutNonAdrs(AdrLog log, StatusVocabulary statuses) {
        return withoutNonAdrs(log, TextVerdicts.fromText(statuses));
    }

    /** As {@link #withoutNonAdrs(AdrLog, StatusVocabulary)}, with each file's verdicts from {@code verdicts}. */
    public static AdrLog withoutNonAdrs(AdrLog log, TextVerdicts verdicts) {
        List<Adr> kept = new ArrayList<>();
        List<String> skipped = new ArrayList<>(log.skipped());
        boolean freeForm = freeForm(log);
        for (Adr a : log.adrs()) {
            TextVerdicts.Verdict v = verdicts.of(a);
            if (applies(a, freeForm, v) || v.unfilledTemplate()) {
                skipped.add(a.file());
            } else {
                kept.add(a);
            }
        }
        return kept.size() == log.size() ? log : new AdrLog(log.directory(), kept, log.unreadable(), skipped);
    }

    private static int textLines(Adr adr) {
        int n = 0;
        List<String> lines = adr.lines();
        for (int i = Math.max(0, adr.bodyStartLine() - 1); i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (i + 1 != adr.titleLine() && !l.isEmpty() && !(l.startsWith("<!--") && l.endsWith("-->"))) {
                n++;
            }
        }
        return n;
    }

    private static String relative(String file, String directory) {
        if (directory == null || directory.isEmpty() || directory.equals(".")) {
            return file;
        }
        String d = directory.endsWith("/") ? directory : directory + "/";
        return file.startsWith(d) ? file.substring(d.length()) : file;
    }
}
