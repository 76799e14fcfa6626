package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.LinkKind;
import io.github.adrgov.adr.result.ValidationResult;
import io.github.adrgov.adr.validate.Validator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Timing harness (not a unit test: speed is measured, never asserted in a test): all rules over 10,000 generated ADRs
 * with 40 lines each, supersession chains, references and duplicates, printing the CPU time of the whole catalogue and
 * of each rule. Run it with {@code scripts/rule-timing.sh}. Time is the thread's CPU time, so other processes on a shared
 * machine disturb it less than wall time.
 */
public final class RuleTiming {

    private RuleTiming() {
    }

    static AdrLog generated(int count) {
        List<Adr> adrs = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            boolean superseded = n % 10 == 0;
            String status = superseded ? "Superseded by ADR-" + (n + 1) : "Accepted";
            Adr.Builder b = Fixtures.nygard(String.format("%05d", n % 997 == 0 ? n - 1 : n), "decision-" + n, status);
            List<String> lines = new ArrayList<>(b.build().lines());
            for (int i = 0; i < 26; i++) {
                lines.add("Some prose about [option A](https://example.org/" + i + ") and {x} and ADR-" + i + ".");
            }
            b.lines(lines);
            if (superseded) {
                b.link(LinkKind.SUPERSEDED_BY, status, null, n + 1, 7);
            }
            if (n > 1) {
                b.link(LinkKind.REFERENCE, "ADR-" + (n - 1), null, n - 1, 20);
                b.link(LinkKind.SUPERSEDES, "Supersedes ADR-" + (n - 1), null, n % 10 == 1 ? n - 1 : 999_999, 21);
            }
            adrs.add(b.build());
        }
        return new AdrLog("docs/adr", adrs, List.of(), List.of());
    }

    public static void main(String[] args) {
        AdrLog log = generated(args.length > 0 ? Integer.parseInt(args[0]) : 10_000);
        ValidationConfig config = Fixtures.config();
        Validator validator = new Validator();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cold = threads.getCurrentThreadCpuTime();
        validator.validate(log, config, null, null); // first run: class loading and JIT warm-up
        cold = threads.getCurrentThreadCpuTime() - cold;
        long best = Long.MAX_VALUE;
        ValidationResult result = null;
        for (int i = 0; i < 3; i++) {
            long t0 = threads.getCurrentThreadCpuTime();
            result = validator.validate(log, config, null, null);
            best = Math.min(best, threads.getCurrentThreadCpuTime() - t0);
        }
        System.out.printf("rules over %d ADRs: %d ms CPU first run, %d ms CPU (best of 3, warm), %d findings%n", log.size(),
                cold / 1_000_000, best / 1_000_000, result.findings().size());
        for (Rule r : Rules.all()) {
            long t0 = threads.getCurrentThreadCpuTime();
            new Validator(List.of(r)).validate(log, config, null, null);
            System.out.printf("  %-28s %5d ms CPU%n", r.id(), (threads.getCurrentThreadCpuTime() - t0) / 1_000_000);
        }
    }
}
