package io.github.adrgov.adr.known;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.ValidationResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Splits a validation into the findings a known-findings file records and the ones beyond it.
 *
 * <p>Per file and rule, a finding is known when the file records the same message (each recorded message covers one
 * finding). A message that differs only in its figures (a count of rows, a list of missing numbers) still counts as
 * the recorded one, once the exact matches are taken. Recorded findings that are no longer found are counted as fixed.
 *
 * <p>A recorded file that no longer exists is followed to the ADR file that took its place: the file's rename, when
 * given (git), else the one ADR with no entry of its own that has the same number and title, else the same title.
 */
public final class KnownFindingsMatcher {

    /** What matching gave: the result split, and the renames that were followed. */
    public record Outcome(ValidationResult result, Map<String, String> renames) {
    }

    private final KnownFindings known;
    private final String source;

    /**
     * @param known  the known-findings file
     * @param source the file as shown to the user
     */
    public KnownFindingsMatcher(KnownFindings known, String source) {
        this.known = Objects.requireNonNull(known, "known");
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Splits the result.
     *
     * @param result     the validation, with every finding in {@link ValidationResult#findings()}
     * @param exists     whether a file (relative to the base directory) exists now
     * @param gitRenames renames seen by git, old path to new path (may be empty)
     */
    public Outcome match(ValidationResult result, Predicate<String> exists, Map<String, String> gitRenames) {
        Map<String, KnownFindings.Entry> byFile = new HashMap<>(known.entries());
        Map<String, String> renames = followRenames(result, exists, gitRenames, byFile);
        Map<String, Map<String, List<Finding>>> current = new TreeMap<>();
        for (Finding f : result.findings()) {
            current.computeIfAbsent(f.file(), k -> new TreeMap<>())
                    .computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
        }
        List<Finding> fresh = new ArrayList<>();
        List<Finding> matched = new ArrayList<>();
        int fixed = 0;
        for (Map.Entry<String, Map<String, List<Finding>>> file : current.entrySet()) {
            KnownFindings.Entry entry = byFile.remove(file.getKey());
            for (Map.Entry<String, List<Finding>> rule : file.getValue().entrySet()) {
                List<String> recorded = entry == null ? List.of()
                        : entry.rules().getOrDefault(rule.getKey(), List.of());
                fixed += split(rule.getValue(), recorded, fresh, matched);
            }
            if (entry != null) {
                for (Map.Entry<String, List<String>> r : entry.rules().entrySet()) {
                    if (!file.getValue().containsKey(r.getKey())) {
                        fixed += r.getValue().size();
                    }
                }
            }
        }
        for (KnownFindings.Entry left : byFile.values()) {
            fixed += left.count();
        }
        return new Outcome(result.withKnown(fresh, matched, fixed, source), renames);
    }

    /** Splits one file's findings of one rule; returns how many recorded messages were not found. */
    private static int split(List<Finding> findings, List<String> recorded, List<Finding> fresh,
                             List<Finding> matched) {
        List<String> left = new ArrayList<>(recorded);
        List<Finding> unmatched = new ArrayList<>();
        for (Finding f : findings) {
            if (left.remove(f.message())) {
                matched.add(f);
            } else {
                unmatched.add(f);
            }
        }
        for (Finding f : unmatched) {
            String shape = shape(f.message());
            String hit = null;
            for (String m : left) {
                if (shape(m).equals(shape)) {
                    hit = m;
                    break;
                }
            }
            if (hit != null) {
                left.remove(hit);
                matched.add(f);
            } else {
                fresh.add(f);
            }
        }
        return left.size();
    }

    /** A message with its figures blanked, to match a message whose counts changed. */
    static String shape(String message) {
        return message.replaceAll("\\d+", "#");
    }

    /**
     * Moves the entries of files that no longer exist to the files that took their place; returns the renames made,
     * old path to new path, sorted.
     */
    private static Map<String, String> followRenames(ValidationResult result, Predicate<String> exists,
                                                     Map<String, String> gitRenames,
                                                     Map<String, KnownFindings.Entry> byFile) {
        List<KnownFindings.Entry> gone = new ArrayList<>();
        for (KnownFindings.Entry e : byFile.values()) {
            if (!exists.test(e.file()) && result.log().byFile(e.file()).isEmpty()) {
                gone.add(e);
            }
        }
        gone.sort((a, b) -> a.file().compareTo(b.file()));
        List<Adr> candidates = new ArrayList<>();
        for (Adr a : result.log().adrs()) {
            if (!byFile.containsKey(a.file())) {
                candidates.add(a);
            }
        }
        Map<String, String> renames = new LinkedHashMap<>();
        for (KnownFindings.Entry e : gone) {
            Adr to = null;
            String viaGit = gitRenames.get(e.file());
            if (viaGit != null && !byFile.containsKey(viaGit)) {
                to = result.log().byFile(viaGit).orElse(null);
                if (to == null && exists.test(viaGit)) {
                    renames.put(e.file(), viaGit);
                    byFile.remove(e.file());
                    byFile.put(viaGit, rename(e, viaGit));
                    continue;
                }
            }
            if (to == null && e.title() != null) {
                to = unique(candidates, a -> Objects.equals(a.number(), e.number()) && e.title().equals(a.title()));
                if (to == null) {
                    to = unique(candidates, a -> e.title().equals(a.title()));
                }
            }
            if (to != null) {
                candidates.remove(to);
                renames.put(e.file(), to.file());
                byFile.remove(e.file());
                byFile.put(to.file(), rename(e, to.file()));
            }
        }
        return renames;
    }

    private static KnownFindings.Entry rename(KnownFindings.Entry e, String file) {
        return new KnownFindings.Entry(file, e.number(), e.title(), e.rules());
    }

    private static Adr unique(List<Adr> candidates, Predicate<Adr> test) {
        Adr found = null;
        for (Adr a : candidates) {
            if (test.test(a)) {
                if (found != null) {
                    return null;
                }
                found = a;
            }
        }
        return found;
    }
}
