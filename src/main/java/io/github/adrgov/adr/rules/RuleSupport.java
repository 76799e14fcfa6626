package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.Dialect;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/** Small helpers shared by the rules for wording messages the same way everywhere. */
final class RuleSupport {

    private RuleSupport() {
    }

    /** Joins names as prose: {@code a}, {@code a and b}, {@code a, b and c}. */
    static String join(Collection<String> names) {
        StringBuilder sb = new StringBuilder();
        Iterator<String> it = names.iterator();
        int i = 0;
        int n = names.size();
        while (it.hasNext()) {
            String s = it.next();
            if (i > 0) {
                sb.append(i == n - 1 ? " and " : ", ");
            }
            sb.append(s);
            i++;
        }
        return sb.toString();
    }

    /**
     * The zero-padded width most of the log's file names use (e.g. 4 for {@code 0001-x.md}), or 0 when the log does
     * not pad its numbers.
     */
    static int paddedWidth(AdrLog log) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Adr a : log.adrs()) {
            String t = a.fileNumberText();
            if (t != null && t.length() > 1 && t.charAt(0) == '0') {
                counts.merge(t.length(), 1, Integer::sum);
            }
        }
        int best = 0;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey() > best)) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** The next number after the highest one of the log, padded as the log pads (e.g. {@code 0048}). */
    static String nextFreeNumber(AdrLog log) {
        int next = log.numbers().isEmpty() ? 1 : Math.max(1, log.numbers().lastKey() + 1);
        return pad(next, paddedWidth(log));
    }

    /** A number padded to a width, e.g. {@code 0009} for 9 and width 4. */
    static String pad(int number, int width) {
        String s = Integer.toString(number);
        StringBuilder sb = new StringBuilder();
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s).toString();
    }

    /** How the log would name an ADR by number, e.g. {@code ADR-009} for width 3 (see {@link #paddedWidth}). */
    static String adrName(int number, int width) {
        return "ADR-" + pad(number, width);
    }

    /** The number of an ADR as written in its file name, else as a plain number. */
    static String numberText(Adr adr) {
        return adr.fileNumberText() != null ? adr.fileNumberText() : String.valueOf(adr.number());
    }

    /** The line of the title, the usual place for findings about a whole file (0 when absent: reported as null). */
    static int fileLine(Adr adr) {
        return adr.titleLine();
    }

    /**
     * Whether the log's own convention leaves a part out: it holds at least {@value #CONVENTION_MIN} ADRs and not
     * one of them has it (e.g. a log that records no dates anywhere). Such a log is consistent, and reporting every
     * file would bury the findings that matter; a log where only some files lack the part gets a finding per file.
     */
    static boolean logConvention(AdrLog log, java.util.function.Predicate<Adr> has) {
        if (log.size() < CONVENTION_MIN) {
            return false;
        }
        for (Adr a : log.adrs()) {
            if (has.test(a)) {
                return false;
            }
        }
        return true;
    }

    /** The fewest ADRs from which a part left out of every file counts as the log's convention. */
    static final int CONVENTION_MIN = 3;

    /**
     * The dialect most ADRs of the log are written in ({@link Dialect#UNKNOWN} when none is recognised); ties go to
     * the earlier dialect.
     */
    static Dialect mainDialect(AdrLog log) {
        int[] counts = new int[Dialect.values().length];
        for (Adr a : log.adrs()) {
            counts[a.dialect().ordinal()]++;
        }
        Dialect best = Dialect.UNKNOWN;
        for (Dialect d : Dialect.values()) {
            if (d != Dialect.UNKNOWN && counts[d.ordinal()] > (best == Dialect.UNKNOWN ? 0 : counts[best.ordinal()])) {
                best = d;
            }
        }
        return best;
    }

    /**
     * The dialect whose template says whether an ADR needs a status and a date: its own, or for a file whose dialect
     * could not be recognised, the log's {@link #mainDialect main dialect} (a free-form file of a MADR log needs
     * neither, as MADR's files do not). Sections are asked of recognised dialects only.
     */
    static Dialect dialect(Adr adr, Dialect main) {
        return adr.dialect() == Dialect.UNKNOWN ? main : adr.dialect();
    }

    /** The dialect as named in messages and configuration, e.g. {@code nygard}. */
    static String dialectName(Dialect d) {
        return d.id();
    }

    /**
     * What a dialect is, for a message that names it, e.g. {@code template: the full ADR template, "# ADR-001: Title"
     * with bold Status/Date lines}.
     */
    static String describeDialect(Dialect d) {
        switch (d) {
            case TEMPLATE: return "template: the full ADR template, \"# ADR-001: Title\" with bold Status/Date lines";
            case QUICK: return "quick: the quick ADR template, \"# ADR-001: Title\" with one"
                    + " \"**Status**: ... | **Date**: ...\" line";
            case NYGARD: return "nygard: the adr-tools format, \"# 1. Title\" with a Date: line and a Status section";
            case MADR: return "madr: MADR, \"# Title\" with the status in bullets or YAML front matter";
            case LOG4BRAINS: return "log4brains: \"# Title\" in a YYYYMMDD-slug.md file with - Status: bullets";
            case CHANGELOG: return "changelog: the Cosmos family, \"# ADR 012: Title\" with a Status section and a"
                    + " dated Changelog";
            default: return "unknown: a file in none of the known ADR formats";
        }
    }

    /** The configuration line that sets a dialect's required sections, holding today's list to edit. */
    static String requiredSectionsXml(Dialect d, java.util.List<String> sections) {
        return "<requiredSections><" + d.id() + ">" + String.join(", ", sections) + "</" + d.id()
                + "></requiredSections>";
    }

    /** The file name part of a path. */
    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
