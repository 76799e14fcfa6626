package io.github.adrgov.adr.reactor;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code adr.numberScope=reactor}: numbers unique across the logs of a reactor. Within one log {@code duplicate-number}
 * already speaks; this check adds one {@code duplicate-number} finding for each ADR whose number an earlier module (in
 * the order given, the reactor's) already uses, naming that ADR and the next number free in the whole reactor.
 */
public final class ReactorNumbers {

    /** The rule id of the findings: the same as within one log. */
    public static final String RULE = "duplicate-number";

    private ReactorNumbers() {
    }

    /** The findings, paths relative to the reactor's root. */
    public static List<Finding> check(List<ModuleLog> modules, Severity severity) {
        Map<Integer, List<Owner>> byNumber = new TreeMap<>();
        int max = 0;
        for (ModuleLog m : modules) {
            for (Adr a : m.result().log().adrs()) {
                if (a.number() != null) {
                    byNumber.computeIfAbsent(a.number(), k -> new ArrayList<>()).add(new Owner(m, a));
                    max = Math.max(max, a.number());
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        if (severity == Severity.OFF) {
            return out;
        }
        int next = max + 1;
        for (Map.Entry<Integer, List<Owner>> e : byNumber.entrySet()) {
            Owner first = e.getValue().get(0);
            for (Owner o : e.getValue()) {
                if (o.module() == first.module()) {
                    continue; // the same log: duplicate-number of that log says it
                }
                out.add(new Finding(RULE, severity, o.adr().file(), o.adr().titleLine() > 0 ? o.adr().titleLine()
                        : null, "Number " + e.getKey() + " is taken in module " + first.module().name() + " too ("
                        + first.adr().file() + "); numbers are unique across the reactor (adr.numberScope=reactor):"
                        + " renumber this ADR to " + next + ", the next number free in the reactor."));
                next++;
            }
        }
        return out;
    }

    private record Owner(ModuleLog module, Adr adr) {
    }
}
