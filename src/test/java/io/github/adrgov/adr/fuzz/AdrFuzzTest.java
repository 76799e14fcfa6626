package io.github.adrgov.adr.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A short run of {@link AdrFuzzer} in every build (a few hundred inputs, seeded, so it is the same run each time).
 * The long run is the same test with more inputs: {@code -Dadr.fuzz.inputs=100000} (and {@code -Dadr.fuzz.seed},
 * {@code -Dadr.fuzz.maxMinutes}, {@code -Dadr.fuzz.workers}, default one per core, {@code -Dadr.fuzz.progress=true});
 * failing inputs are saved under {@code target/adr-fuzz}. The time bound per input ({@code -Dadr.fuzz.timeoutSeconds},
 * default 60) is a guard against hangs, generous for a loaded machine.
 */
class AdrFuzzTest {

    @Test
    void mutatedAdrsNeitherCrashHangNorRunScript() throws Exception {
        int inputs = Integer.getInteger("adr.fuzz.inputs", 300);
        long seed = Long.getLong("adr.fuzz.seed", 8);
        int timeout = Integer.getInteger("adr.fuzz.timeoutSeconds", 60);
        long maxMillis = Long.getLong("adr.fuzz.maxMinutes", Long.MAX_VALUE / 60_000) * 60_000;
        int workers = Integer.getInteger("adr.fuzz.workers", Runtime.getRuntime().availableProcessors());
        AdrFuzzer.Outcome o = new AdrFuzzer(seed).run(inputs, timeout, maxMillis, Path.of("target/adr-fuzz"), workers);
        System.out.println("adr fuzz: " + o.inputs() + " inputs (seed " + seed + ", " + workers + " workers) in "
                + o.millis() + " ms, slowest " + o.slowestMillis() + " ms, " + o.failures().size() + " failures");
        System.out.println("adr fuzz: time per stage " + o.stageMillis() + " ms; slowest " + o.slowest());
        assertThat(o.failures()).isEmpty();
        assertThat(o.inputs()).isPositive();
    }
}
