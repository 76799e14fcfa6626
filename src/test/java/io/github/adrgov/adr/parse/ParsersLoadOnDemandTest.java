package io.github.adrgov.adr.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * flexmark and SnakeYAML are loaded only for a file the line readers give up on ({@link LineOutline},
 * {@link SimpleFrontMatter}): seen in the class-load log of a fresh JVM that reads one file.
 */
class ParsersLoadOnDemandTest {

    private static final String FLEXMARK = "com.vladsch.flexmark.";
    private static final String YAML_LOADER = "org.snakeyaml.engine.v2.api.Load ";

    @Test
    void aPlainAdrLoadsNeitherParser() throws Exception {
        String log = classLoads("---\\nstatus: accepted\\ntags:\\n  - a\\n---\\n# ADR-1: Use X\\n\\n## Context\\n\\n"
                + "See [ADR-2](0002-y.md).\\n\\n```\\ncode\\n```\\n");
        assertThat(log).contains("probe read 2 headings, 2 values").doesNotContain(FLEXMARK).doesNotContain(YAML_LOADER);
    }

    @Test
    void whatTheLineReadersGiveUpOnLoadsTheParsers() throws Exception {
        String log = classLoads("---\\nstatus:\\n  since: 2024\\n---\\n# ADR-1: Use X\\n\\n<details>\\nmore\\n</details>\\n");
        assertThat(log).contains("probe read 1 headings, 1 values").contains(FLEXMARK).contains(YAML_LOADER);
    }

    /** The class-load log and output of {@link LoadProbe} reading {@code text} in a JVM of its own. */
    private static String classLoads(String text) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(List.of(java, "-Xshare:off", "-Xlog:class+load=info", "-cp", cp,
                LoadProbe.class.getName(), text)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
