package io.github.adrgov.adr.citations;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves citations against one log: a number form by the ADR's number, a path form by the ADR's file name (with or
 * without {@code .md}) or id. Built once per log; immutable.
 */
public final class CitationTargets {

    private final AdrLog log;
    private final Map<String, List<Adr>> byName = new HashMap<>();
    private final Set<String> skippedNames = new HashSet<>();

    public CitationTargets(AdrLog log) {
        this.log = log;
        for (Adr a : log.adrs()) {
            byName.computeIfAbsent(lower(name(a.file())), k -> new ArrayList<>()).add(a);
            byName.computeIfAbsent(lower(a.id()), k -> new ArrayList<>()).add(a);
        }
        for (String s : log.skipped()) {
            skippedNames.add(lower(name(s)));
        }
    }

    /** The ADRs the citation names, in log order; empty when it names none. */
    public List<Adr> resolve(Citation c) {
        if (c.number() != null) {
            return log.byNumber(c.number());
        }
        String n = lower(c.fileName());
        List<Adr> found = byName.get(n);
        if (found == null && !n.endsWith(".md")) {
            found = byName.get(n + ".md");
        }
        if (found == null && n.endsWith(".md")) {
            found = byName.get(n.substring(0, n.length() - 3));
        }
        return found == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(found));
    }

    /**
     * Whether a citation can be checked against this log: a path that names a file the log skips as not being an ADR
     * (its README, a template) cites no ADR, and a number cannot be checked in a log that numbers nothing.
     */
    public boolean checkable(Citation c) {
        if (c.number() != null) {
            return log.numberedCount() > 0;
        }
        String n = lower(c.fileName());
        return !skippedNames.contains(n) && !skippedNames.contains(n + ".md");
    }

    /** The citations of each ADR, by ADR file, in log order; ADRs no citation names are left out. */
    public Map<String, List<Citation>> byAdr(CodeCitations citations) {
        Map<String, List<Citation>> out = new LinkedHashMap<>();
        for (Adr a : log.adrs()) {
            out.put(a.file(), null);
        }
        for (Citation c : citations.citations()) {
            for (Adr a : resolve(c)) {
                List<Citation> l = out.get(a.file());
                if (l == null) {
                    l = new ArrayList<>();
                    out.put(a.file(), l);
                }
                l.add(c);
            }
        }
        out.values().removeIf(v -> v == null);
        return out;
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
