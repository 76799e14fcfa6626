package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLink;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.LinkKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The supersession relation of a log, read from both sides: {@code A superseded by B} and {@code B supersedes A}
 * both give the pair (older A, newer B). Built from the log's link resolution in one pass over the links.
 */
final class Supersessions {

    /**
     * One statement that an ADR is superseded.
     *
     * @param origin the ADR whose link says it
     * @param link   the link
     * @param older  the ADR superseded
     * @param newer  the ADR that supersedes it
     */
    record Claim(Adr origin, AdrLink link, Adr older, Adr newer) {
        /** Whether the older ADR says it itself ({@code superseded by}), rather than the newer one. */
        boolean fromOlder() {
            return origin == older;
        }
    }

    /**
     * A pair (older, newer) with what each side says about it.
     *
     * @param older   the ADR superseded
     * @param newer   the ADR that supersedes it
     * @param byOlder the older ADR's first {@code superseded by} link naming the newer, or null
     * @param byNewer the newer ADR's first {@code supersedes} link naming the older, or null
     */
    record Pair(Adr older, Adr newer, AdrLink byOlder, AdrLink byNewer) {
    }

    private final List<Claim> claims;
    private final Map<String, Pair> pairs;

    private Supersessions(List<Claim> claims, Map<String, Pair> pairs) {
        this.claims = claims;
        this.pairs = pairs;
    }

    /** Reads the relation from every supersession link of the log that names an ADR other than its own. */
    static Supersessions of(AdrLog log) {
        List<Claim> claims = new ArrayList<>();
        Map<String, Pair> pairs = new LinkedHashMap<>();
        for (Adr adr : log.adrs()) {
            for (AdrLink link : adr.links()) {
                if (link.kind() != LinkKind.SUPERSEDES && link.kind() != LinkKind.SUPERSEDED_BY) {
                    continue;
                }
                for (Adr target : distinct(log.resolve(adr, link))) {
                    if (target == adr) {
                        continue;
                    }
                    boolean supersededBy = link.kind() == LinkKind.SUPERSEDED_BY;
                    Adr older = supersededBy ? adr : target;
                    Adr newer = supersededBy ? target : adr;
                    claims.add(new Claim(adr, link, older, newer));
                    String key = older.file() + "\n" + newer.file();
                    Pair p = pairs.get(key);
                    AdrLink byOlder = p == null ? null : p.byOlder();
                    AdrLink byNewer = p == null ? null : p.byNewer();
                    if (supersededBy && byOlder == null) {
                        byOlder = link;
                    } else if (!supersededBy && byNewer == null) {
                        byNewer = link;
                    }
                    pairs.put(key, new Pair(older, newer, byOlder, byNewer));
                }
            }
        }
        return new Supersessions(Collections.unmodifiableList(claims), Collections.unmodifiableMap(pairs));
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

    /** Every claim, in log order. */
    List<Claim> claims() {
        return claims;
    }

    /** What each side says about the pair (older, newer), or null when neither says anything. */
    Pair pair(Adr older, Adr newer) {
        return pairs.get(older.file() + "\n" + newer.file());
    }

    /** Every (older, newer) pair once, in the order first claimed. */
    Iterable<Pair> pairs() {
        return pairs.values();
    }
}
