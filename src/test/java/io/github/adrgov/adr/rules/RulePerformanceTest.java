package io.github.adrgov.adr.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.LinkKind;
import io.github.adrgov.adr.result.ValidationResult;
import io.github.adrgov.adr.validate.Validator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The log-wide rules use the log's indexes, never a rescan per ADR: all rules over 10,000 ADRs with 40 lines each,
 * supersession chains, references and duplicates take well under a second once warm. The measured time is printed;
 * the assertion is generous so that a loaded build machine does not fail it, but a quadratic rule would.
 */
class RulePerformanceTest {

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

    @Test
    void tenThousandAdrsValidateWellUnderASecond() {
        AdrLog log = generated(10_000);
        ValidationConfig config = Fixtures.config();
        Validator validator = new Validator();
        validator.validate(log, config, null, null); // warm-up
        long best = Long.MAX_VALUE;
        ValidationResult result = null;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            result = validator.validate(log, config, null, null);
            best = Math.min(best, System.nanoTime() - t0);
        }
        System.out.printf("rules over %d ADRs: %d ms (best of 3, warm), %d findings%n", log.size(),
                best / 1_000_000, result.findings().size());
        for (Rule r : Rules.all()) {
            long t0 = System.nanoTime();
            new Validator(List.of(r)).validate(log, config, null, null);
            System.out.printf("  %-28s %5d ms%n", r.id(), (System.nanoTime() - t0) / 1_000_000);
        }
        assertThat(result.findings()).isNotEmpty();
        assertThat(best / 1_000_000).isLessThan(2_000);
    }
}
