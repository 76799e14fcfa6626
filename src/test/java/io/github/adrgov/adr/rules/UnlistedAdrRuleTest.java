package io.github.adrgov.adr.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.model.AdrLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnlistedAdrRuleTest {

    private static final String INDEX = "docs/adr/README.md";

    @TempDir
    Path base;

    private AdrLog log;

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(base.resolve("docs/adr"));
        log = Fixtures.log(Fixtures.nygard("0001", "keep-a-log", "Accepted").build(),
                Fixtures.nygard("0002", "use-postgres", "Superseded by [4. Use mysql](0004-use-mysql.md)").build(),
                Fixtures.nygard("0003", "sign-requests", "Accepted").build(),
                Fixtures.nygard("0004", "use-mysql", "Accepted").build(),
                Fixtures.nygard("0005", "cache-prices", "Proposed").build());
    }

    private List<String> run(String index) throws Exception {
        Files.writeString(base.resolve(INDEX), index);
        ValidationConfig config = ValidationConfig.builder().today(Fixtures.TODAY).indexFile(INDEX).build();
        return Fixtures.run(new UnlistedAdrRule(), log, config, base);
    }

    @Test
    void aHandKeptListThatStopsEarlyNamesEachAdrItMisses() throws Exception {
        assertThat(run("""
                # Decisions

                Our decisions, newest last.

                * [ADR-0001](0001-keep-a-log.md) - Keep a log
                * [ADR-0002](./0002-use-postgres.md) - Use postgres
                * [ADR-0003](0003-sign-requests.md) - Sign requests

                See the template for new ones.
                """)).containsExactly(
                "docs/adr/README.md:7: [unlisted-adr] The hand-kept ADR index does not list 0004-use-mysql.md"
                        + " (\"Use mysql\", Accepted); add it, or run mvn adr:fix to replace the hand-kept list by a"
                        + " block that mvn adr:index keeps up to date.",
                "docs/adr/README.md:7: [unlisted-adr] The hand-kept ADR index does not list 0005-cache-prices.md"
                        + " (\"Cache prices\", Proposed); add it, or run mvn adr:fix to replace the hand-kept list by"
                        + " a block that mvn adr:index keeps up to date.");
    }

    @Test
    void aStatusTheIndexGivesThatTheFileContradictsIsNamed() throws Exception {
        assertThat(run("""
                | ADR | Title | Status |
                |-----|-------|--------|
                | [1](0001-keep-a-log.md) | Keep a log | Accepted |
                | [2](0002-use-postgres.md) | Use postgres | **Accepted** |
                | [3](0003-sign-requests.md) | Sign requests | Accepted |
                | [4](0004-use-mysql.md) | Use mysql | Accepted |

                ## Proposed

                - [Cache prices](0005-cache-prices.md)
                - [Use mysql](0004-use-mysql.md)
                """)).containsExactly(
                "docs/adr/README.md:4: [unlisted-adr] The hand-kept ADR index lists 0002-use-postgres.md as Accepted,"
                        + " but the file says Superseded by [4. Use mysql](0004-use-mysql.md); correct the index, or"
                        + " run mvn adr:fix to replace the hand-kept list by a block that mvn adr:index keeps up to"
                        + " date.",
                "docs/adr/README.md:11: [unlisted-adr] The hand-kept ADR index lists 0004-use-mysql.md as Proposed,"
                        + " but the file says Accepted; correct the index, or run mvn adr:fix to replace the"
                        + " hand-kept list by a block that mvn adr:index keeps up to date.");
    }

    @Test
    void aReadmeThatNamesAnAdrInPassingIsNotAnIndex() throws Exception {
        assertThat(run("""
                # Decisions

                We record decisions as in [the first ADR](0001-keep-a-log.md); see also
                [signing](0003-sign-requests.md). Links in code are not entries:

                ```
                [x](0004-use-mysql.md)
                ```
                """)).isEmpty();
    }

    @Test
    void anIndexWithMarkersIsLeftToStaleIndex() throws Exception {
        assertThat(run("""
                <!-- adr-index:start -->
                * [1](0001-keep-a-log.md)
                * [2](0002-use-postgres.md)
                * [3](0003-sign-requests.md)
                <!-- adr-index:end -->
                """)).isEmpty();
    }

    @Test
    void aCompleteHandKeptIndexWithCrlfLinesPasses() throws Exception {
        assertThat(run("* [1](0001-keep-a-log.md) (Accepted)\r\n* [2](0002-use-postgres.md) (Superseded)\r\n"
                + "* [3](0003-sign-requests.md)\r\n* [4](0004-use-mysql.md)\r\n* [5](0005-cache-prices.md) - Proposed"))
                .isEmpty();
    }
}
