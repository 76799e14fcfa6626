package io.github.adrgov.adr.report;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLink;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.LinkKind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who superseded whom, from both sides of the link: "A superseded by B" and "B supersedes A" both give the edge
 * A → B. Links that name no ADR of the log are kept as written, for display.
 */
public final class Supersessions {

    /** One supersession: {@code older} was superseded by {@code newer}. */
    public record Edge(Adr older, Adr newer) {
    }

    private static final java.util.regex.Pattern ADR_REF =
            java.util.regex.Pattern.compile("(?i)\\badr[-_ ]?\\d+");

    private final List<Edge> edges;
    private final Map<String, List<Adr>> supersededBy = new LinkedHashMap<>();
    private final Map<String, List<Adr>> supersedes = new LinkedHashMap<>();
    private final Map<String, List<String>> unresolvedSupersededBy = new LinkedHashMap<>();
    private final Map<String, List<String>> unresolvedSupersedes = new LinkedHashMap<>();

    private Supersessions(AdrLog log) {
        Map<String, Edge> found = new LinkedHashMap<>();
        for (Adr adr : log.adrs()) {
            for (AdrLink link : adr.links()) {
                if (link.kind() != LinkKind.SUPERSEDES && link.kind() != LinkKind.SUPERSEDED_BY) {
                    continue;
                }
                List<Adr> targets = log.resolve(adr, link);
                if (targets.isEmpty()) {
                    Map<String, List<String>> m = link.kind() == LinkKind.SUPERSEDES
                            ? unresolvedSupersedes : unresolvedSupersededBy;
                    List<String> l = m.computeIfAbsent(adr.file(), k -> new ArrayList<>());
                    String shown = describe(link);
                    if (!l.contains(shown)) {
                        l.add(shown);
                    }
                }
                for (Adr target : targets) {
                    if (target.file().equals(adr.file())) {
                        continue; // self-supersession is a finding, not an arrow
                    }
                    Edge e = link.kind() == LinkKind.SUPERSEDES ? new Edge(target, adr) : new Edge(adr, target);
                    found.putIfAbsent(e.older().file() + "\u0000" + e.newer().file(), e);
                }
            }
        }
        List<Edge> sorted = new ArrayList<>(found.values());
        sorted.sort(Comparator.comparing(Edge::older, AdrLog.ORDER).thenComparing(Edge::newer, AdrLog.ORDER));
        this.edges = Collections.unmodifiableList(sorted);
        for (Edge e : sorted) {
            supersededBy.computeIfAbsent(e.older().file(), k -> new ArrayList<>()).add(e.newer());
            supersedes.computeIfAbsent(e.newer().file(), k -> new ArrayList<>()).add(e.older());
        }
        supersededBy.values().forEach(l -> l.sort(AdrLog.ORDER));
        supersedes.values().forEach(l -> l.sort(AdrLog.ORDER));
    }

    /** The supersessions of a log. */
    public static Supersessions of(AdrLog log) {
        return new Supersessions(log);
    }

    /** Every edge, ordered by the older ADR, then the newer. */
    public List<Edge> edges() {
        return edges;
    }

    /** The ADRs that superseded this one, in log order. */
    public List<Adr> supersededBy(Adr adr) {
        return supersededBy.getOrDefault(adr.file(), List.of());
    }

    /** The ADRs this one supersedes, in log order. */
    public List<Adr> supersedes(Adr adr) {
        return supersedes.getOrDefault(adr.file(), List.of());
    }

    /** "Superseded by" targets of this ADR that name no ADR of the log, as written (e.g. {@code ADR-9}). */
    public List<String> unresolvedSupersededBy(Adr adr) {
        return unresolvedSupersededBy.getOrDefault(adr.file(), List.of());
    }

    /** "Supersedes" targets of this ADR that name no ADR of the log, as written. */
    public List<String> unresolvedSupersedes(Adr adr) {
        return unresolvedSupersedes.getOrDefault(adr.file(), List.of());
    }

    /** The ADRs that take part in at least one supersession, in log order. */
    public List<Adr> involved(AdrLog log) {
        Set<String> ids = new LinkedHashSet<>();
        for (Edge e : edges) {
            ids.add(e.older().file());
            ids.add(e.newer().file());
        }
        List<Adr> out = new ArrayList<>();
        for (Adr a : log.adrs()) {
            if (ids.contains(a.file())) {
                out.add(a);
            }
        }
        return out;
    }

    private static String describe(AdrLink link) {
        if (link.targetPath() != null && !link.targetPath().isBlank()) {
            return link.targetPath();
        }
        java.util.regex.Matcher m = ADR_REF.matcher(link.text() == null ? "" : link.text());
        if (m.find()) {
            return m.group();
        }
        if (link.targetNumber() != null) {
            return "ADR-" + link.targetNumber();
        }
        return link.text();
    }
}
