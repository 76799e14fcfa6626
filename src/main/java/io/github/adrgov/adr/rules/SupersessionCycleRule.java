package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Supersessions;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.result.Severity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code supersession-cycle}: ADRs that supersede each other in a circle (A superseded by B ... superseded by A).
 * Reported once per cycle (per strongly connected group), on its first ADR in log order, spelling out one cycle.
 */
public final class SupersessionCycleRule implements Rule {

    @Override public String id() { return "supersession-cycle"; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "ADRs supersede each other in a cycle (A superseded by B ... superseded by A).";
    }

    @Override public String example() {
        return """
                ==> docs/adr/0001-use-mysql.md <==
                # 1. Use MySQL

                Date: 2025-01-15

                ## Status

                Superseded by [2. Use PostgreSQL](0002-use-postgresql.md)

                ## Context

                The orders service needs a place to keep orders.

                ## Decision

                We will use MySQL.

                ## Consequences

                We run one more database.
                ==> docs/adr/0002-use-postgresql.md <==
                # 2. Use PostgreSQL

                Date: 2025-01-15

                ## Status

                Superseded by [1. Use MySQL](0001-use-mysql.md)

                ## Context

                The orders service needs a place to keep orders.

                ## Decision

                We will use PostgreSQL.

                ## Consequences

                We run one more database.
                """;
    }

    @Override public String fix() {
        return """
                One of the links is wrong: the newer ADR supersedes the older one, never the other way round. Fix the status of
                the ADR that is still in force.""";
    }

    @Override
    public void check(RuleContext ctx) {
        // edges older -> newer, in log order
        Map<Adr, List<Adr>> next = new IdentityHashMap<>();
        for (Supersessions.Pair p : ctx.log().supersessions().pairs()) {
            next.computeIfAbsent(p.older(), k -> new ArrayList<>()).add(p.newer());
        }
        if (next.isEmpty()) {
            return;
        }
        for (List<Adr> group : stronglyConnected(ctx.log().adrs(), next)) {
            if (group.size() < 2) {
                continue;
            }
            Adr first = group.get(0);
            for (Adr a : group) {
                if (AdrLog.ORDER.compare(a, first) < 0) {
                    first = a;
                }
            }
            List<Adr> cycle = cycleThrough(first, next, group);
            StringBuilder sb = new StringBuilder("Supersession cycle: ").append(cycle.get(0).file());
            for (int i = 1; i < cycle.size(); i++) {
                sb.append(i == 1 ? " is superseded by " : ", which is superseded by ").append(cycle.get(i).file());
            }
            sb.append("; the newest of them must not be superseded by an older one.");
            int line = first.status().map(s -> s.line()).orElse(first.titleLine());
            ctx.report(first, line, sb.toString());
        }
    }

    /** A shortest path from start back to start within the group (start first and last). */
    private static List<Adr> cycleThrough(Adr start, Map<Adr, List<Adr>> next, List<Adr> group) {
        Map<Adr, Boolean> inGroup = new IdentityHashMap<>();
        for (Adr a : group) {
            inGroup.put(a, Boolean.TRUE);
        }
        Map<Adr, Adr> parent = new IdentityHashMap<>();
        Deque<Adr> queue = new ArrayDeque<>();
        queue.add(start);
        Adr last = null;
        while (!queue.isEmpty() && last == null) {
            Adr a = queue.poll();
            for (Adr b : next.getOrDefault(a, List.of())) {
                if (b == start) {
                    last = a;
                    break;
                }
                if (inGroup.containsKey(b) && !parent.containsKey(b)) {
                    parent.put(b, a);
                    queue.add(b);
                }
            }
        }
        List<Adr> path = new ArrayList<>();
        path.add(start);
        for (Adr a = last; a != null && a != start; a = parent.get(a)) {
            path.add(1, a);
        }
        path.add(start);
        return path;
    }

    /** Tarjan's algorithm without recursion (long supersession chains must not overflow the stack). */
    private static List<List<Adr>> stronglyConnected(List<Adr> nodes, Map<Adr, List<Adr>> next) {
        Map<Adr, int[]> state = new IdentityHashMap<>(); // {index, lowlink, onStack}
        Deque<Adr> stack = new ArrayDeque<>();
        List<List<Adr>> out = new ArrayList<>();
        int[] counter = {0};
        for (Adr root : nodes) {
            if (state.containsKey(root) || !next.containsKey(root)) {
                continue;
            }
            Deque<Object[]> work = new ArrayDeque<>(); // {node, next child index}
            visit(root, state, stack, counter);
            work.push(new Object[] {root, 0});
            while (!work.isEmpty()) {
                Object[] frame = work.peek();
                Adr v = (Adr) frame[0];
                List<Adr> children = next.getOrDefault(v, List.of());
                int i = (Integer) frame[1];
                if (i < children.size()) {
                    frame[1] = i + 1;
                    Adr w = children.get(i);
                    int[] ws = state.get(w);
                    if (ws == null) {
                        visit(w, state, stack, counter);
                        work.push(new Object[] {w, 0});
                    } else if (ws[2] == 1) {
                        int[] vs = state.get(v);
                        vs[1] = Math.min(vs[1], ws[0]);
                    }
                    continue;
                }
                work.pop();
                int[] vs = state.get(v);
                if (!work.isEmpty()) {
                    int[] ps = state.get((Adr) work.peek()[0]);
                    ps[1] = Math.min(ps[1], vs[1]);
                }
                if (vs[1] == vs[0]) {
                    List<Adr> group = new ArrayList<>();
                    Adr w;
                    do {
                        w = stack.pop();
                        state.get(w)[2] = 0;
                        group.add(w);
                    } while (w != v);
                    out.add(group);
                }
            }
        }
        return out;
    }

    private static void visit(Adr v, Map<Adr, int[]> state, Deque<Adr> stack, int[] counter) {
        state.put(v, new int[] {counter[0], counter[0], 1});
        counter[0]++;
        stack.push(v);
    }
}
