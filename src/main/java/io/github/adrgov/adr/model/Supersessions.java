package io.github.adrgov.adr.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The supersession relation of a log, read from both sides: {@code A superseded by B} and {@code B supersedes A} both
 * give the pair (older A, newer B). The one place that pairs supersession links, for the rules, the index and the
 * site report alike. Built once per log by {@link AdrLog#supersessions()}; immutable.
 */
public final class Supersessions {

    /**
     * A pair (older, newer) with what each side says about it.
     *
     * @param older   the ADR superseded
     * @param newer   the ADR that supersedes it
     * @param byOlder the older ADR's first {@code superseded by} link naming the newer, or null
     * @param byNewer the newer ADR's first {@code supersedes} link naming the older, or null
     */
    public record Pair(Adr older, Adr newer, AdrLink byOlder, AdrLink byNewer) {
    }

    private final Map<String, Pair> pairs;
    private final Map<String, List<Adr>> supersededBy = new LinkedHashMap<>();
    private final Map<String, List<Adr>> supersedes = new LinkedHashMap<>();
    private final Map<String, List<AdrLink>> unresolved = new LinkedHashMap<>();

    private Supersessions(AdrLog log) {
        Map<String, Pair> found = new LinkedHashMap<>();
        for (Adr adr : log.adrs()) {
            for (AdrLink link : adr.links()) {
                boolean isSupersededBy = link.kind() == LinkKind.SUPERSEDED_BY;
                if (!isSupersededBy && link.kind() != LinkKind.SUPERSEDES) {
                    continue;
                }
                List<Adr> targets = distinct(log.resolve(adr, link));
                if (targets.isEmpty()) {
                    unresolved.computeIfAbsent(adr.file(), k -> new ArrayList<>()).add(link);
                }
                for (Adr target : targets) {
                    if (target == adr) {
                        continue; // self-supersession is a finding, not a pair
                    }
                    Adr older = isSupersededBy ? adr : target;
                    Adr newer = isSupersededBy ? target : adr;
                    String key = key(older, newer);
                    Pair p = found.get(key);
                    AdrLink byOlder = p == null ? null : p.byOlder();
                    AdrLink byNewer = p == null ? null : p.byNewer();
                    if (isSupersededBy && byOlder == null) {
                        byOlder = link;
                    } else if (!isSupersededBy && byNewer == null) {
                        byNewer = link;
                    }
                    found.put(key, new Pair(older, newer, byOlder, byNewer));
                }
            }
        }
        this.pairs = Collections.unmodifiableMap(found);
        for (Pair p : found.values()) {
            supersededBy.computeIfAbsent(p.older().file(), k -> new ArrayList<>()).add(p.newer());
            supersedes.computeIfAbsent(p.newer().file(), k -> new ArrayList<>()).add(p.older());
        }
        supersededBy.values().forEach(l -> l.sort(AdrLog.ORDER));
        supersedes.values().forEach(l -> l.sort(AdrLog.ORDER));
    }

    /** The relation of a log; prefer {@link AdrLog#supersessions()}, which builds it once. */
    static Supersessions of(AdrLog log) {
        return new Supersessions(log);
    }

    private static String key(Adr older, Adr newer) {
        return older.file() + "\n" + newer.file();
    }

    private static List<Adr> distinct(List<Adr> adrs) {
        if (adrs.size() < 2) {
            return adrs;
        }
        Map<Adr, Boolean> seen = new IdentityHashMap<>();
        List<Adr> out = new ArrayList<>();
        for (Adr a : adrs) {
            if (seen.put(a, Boolean.TRUE) == null) {
                out.add(a);
            }
        }
        return out;
    }

    /** What each side says about the pair (older, newer), or null when neither says anything. */
    public Pair pair(Adr older, Adr newer) {
        return pairs.get(key(older, newer));
    }

    /** Every (older, newer) pair once, in the order first claimed (log order, then link order). */
    public List<Pair> pairs() {
        return List.copyOf(pairs.values());
    }

    /** The ADRs that superseded this one, from either side, in log order. */
    public List<Adr> supersededBy(Adr adr) {
        return Collections.unmodifiableList(supersededBy.getOrDefault(adr.file(), List.of()));
    }

    /** The ADRs this one supersedes, from either side, in log order. */
    public List<Adr> supersedes(Adr adr) {
        return Collections.unmodifiableList(supersedes.getOrDefault(adr.file(), List.of()));
    }

    /** This ADR's supersession links of one kind that name no ADR of the log, in file order. */
    public List<AdrLink> unresolved(Adr adr, LinkKind kind) {
        List<AdrLink> out = new ArrayList<>();
        for (AdrLink l : unresolved.getOrDefault(adr.file(), List.of())) {
            if (l.kind() == kind) {
                out.add(l);
            }
        }
        return out;
    }

    /** The ADRs that take part in at least one pair, in log order. */
    public List<Adr> involved(AdrLog log) {
        List<Adr> out = new ArrayList<>();
        for (Adr a : log.adrs()) {
            if (supersededBy.containsKey(a.file()) || supersedes.containsKey(a.file())) {
                out.add(a);
            }
        }
        return out;
    }
}
