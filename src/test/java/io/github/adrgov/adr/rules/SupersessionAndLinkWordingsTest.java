package io.github.adrgov.adr.rules;

import static io.github.adrgov.adr.rules.ReadLogRulesTest.nygard;
import static io.github.adrgov.adr.rules.ReadLogRulesTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.parse.LogReader;
import io.github.adrgov.adr.parse.ReadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Supersession and links written the way real logs write them: the wordings that say a supersession (and so must be
 * read), those that say only a part of one (and so must not), and links that leave out {@code .md} or change case.
 */
class SupersessionAndLinkWordingsTest {

    @TempDir
    Path base;

    private static String madr(String status, String body) {
        return "# T\n\n- Status: " + status + "\n- Date: 2024-01-01\n\n## Context and Problem Statement\n\nWhy.\n\n"
                + "## Considered Options\n\n- A\n- B\n\n## Decision Outcome\n\n" + body + "\n";
    }

    private static String pairs(AdrLog log) {
        StringBuilder b = new StringBuilder();
        log.supersessions().pairs().forEach(p -> b.append(p.older().number()).append("->")
                .append(p.newer().number()).append(p.byNewer() == null ? "" : " (newer says so)").append('\n'));
        return b.toString();
    }

    @Test
    void weDecidedToSupersedeIsTheNewerSide() {
        AdrLog log = read(
                "0011-let-upstream-handle-crds.md", madr("superseded by [ADR-0046](0046-handle-crds.md)", "Option A."),
                "0046-handle-crds.md", madr("Accepted", "Chosen option: \"Option 2\". We decided to supersede "
                        + "[ADR-0011](0011-let-upstream-handle-crds.md) and instead let every chart handle them."));

        assertThat(pairs(log)).isEqualTo("11->46 (newer says so)\n");
        assertThat(Fixtures.run(new OneSidedSupersessionRule(), log)).isEmpty();
    }

    @Test
    void aBareThisAfterAChosenOptionSupersedesOnlyThatPart() {
        AdrLog log = read(
                "0008-host-network-or-load-balancer.md", madr("accepted", "1. Use the host network.\n"
                        + "1. Use a load balancer when there is one."),
                "0036-run-ingress-as-daemonset.md", madr("accepted", "Chosen options: 1 & 5\n\n"
                        + "- \"Keep the daemon set.\"\n"
                        + "- \"Without a load balancer use a NodePort service\" -> This supersedes adr0008.\n"
                        + "- \"Use a NodePort\" => this replaces [ADR 8](0008-host-network-or-load-balancer.md)."));

        assertThat(pairs(log)).isEmpty();
        assertThat(Fixtures.run(new SupersededStillActiveRule(), log)).isEmpty();
    }

    @Test
    void aSentenceThatOpensWithThisOrItStillSupersedes() {
        AdrLog log = read(
                "0008-a.md", nygard(8, "A", "2024-01-01", "Accepted"),
                "0009-b.md", nygard(9, "B", "2024-01-01", "Accepted"),
                "0036-c.md", "# 36. C\n\nDate: 2024-02-01\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n\n"
                        + "## Decision\n\nThis supersedes adr0008.\n\n- It replaces [ADR 9](0009-b.md).\n\n"
                        + "## Consequences\n\nSo.\n");

        assertThat(pairs(log)).isEqualTo("8->36 (newer says so)\n9->36 (newer says so)\n");
        assertThat(Fixtures.run(new SupersededStillActiveRule(), log)).containsExactly(
                "docs/adr/0008-a.md:7: [superseded-still-active] Status still reads \"Accepted\", but this ADR is "
                        + "superseded by docs/adr/0036-c.md; change the status to \"Superseded by ADR-0036\".",
                "docs/adr/0009-b.md:7: [superseded-still-active] Status still reads \"Accepted\", but this ADR is "
                        + "superseded by docs/adr/0036-c.md; change the status to \"Superseded by ADR-0036\".");
    }

    @Test
    void theNewerAdrAnswersWhenAnySentenceOfItsOwnSpeaksOfSupersedingTheOlder() {
        AdrLog log = read(
                "0015-service-selection.md", "---\nstatus: superseded by [ADR-0038](0038-service-selection.md)\n"
                        + "date: 2023-10-25\n---\n\n# Service selection\n\n## Context and Problem Statement\n\nWhy.\n",
                "0038-service-selection.md", "---\nstatus: accepted\ndate: 2024-03-14\n---\n\n# Service selection\n\n"
                        + "## Context and Problem Statement\n\nToday the chat service is used first.\n\nThe behaviour "
                        + "supersedes that description in [ADR-0015](0015-service-selection.md)\n",
                "0004_use_lookup.md", "# 4) Use the lookup\n\nDate: 2022-06-28\n\n## Status\n\nSuperseded by [ADR 9] "
                        + "- we now fetch it in the services.\n\n## Context\n\nWhy.\n\n[ADR 9]: @ref adr_0009\n",
                "0009_read_models.md", "# 9) Introduce read models\n\nDate: 2023-02-24\n\n## Status\n\naccepted\n\n"
                        + "## Decision\n\nWhat.\n\n## Consequences\n\nThe models are ready. [ADR 4] should be marked as "
                        + "superseded once the statement model is complete.\n\n[ADR 4]: @ref adr_0004\n");

        assertThat(Fixtures.run(new OneSidedSupersessionRule(), log)).isEmpty();
    }

    @Test
    void aNewerAdrThatNamesTheOlderOneInItsContextAnswers() {
        AdrLog log = read(
                "0002-use-notify.md", nygard(2, "Use Notify", "2022-01-01",
                        "Superseded by [ADR019 Use SES](0019-use-ses.md)"),
                "0019-use-ses.md", "# 19. Use SES\n\nDate: 2023-03-27\n\n## Status\n\nAccepted\n\n## Context\n\n"
                        + "In [ADR002 Use Notify](0002-use-notify.md) we recognised that Notify sends no "
                        + "attachments.\n\n## Decision\n\nUse SES.\n\n## Consequences\n\nSo.\n",
                "0008-no-charges.md", nygard(8, "No charges", "2022-01-01", "Superseded by DR009"),
                "0009-no-charges-at-all.md", nygard(9, "No charges at all", "2023-05-09", "Approved").replace("Why.",
                        "The previous pricing, documented in [DR008](https://example.org/forms/blob/main/"
                        + "decision-record/0008-no-charges.md), stated that small services pay nothing."),
                "0003-push-metrics.md", nygard(3, "Push metrics", "2021-01-01", "Superseded by [ADR 7](/adr/7)"),
                "0007-standard-logs.md", nygard(7, "Standard logs", "2024-04-07", "Accepted").replace("Why.",
                        "- [ADR 3](/adr/3) is not completely relevant now."));

        assertThat(Fixtures.run(new OneSidedSupersessionRule(), log)).isEmpty();
    }

    @Test
    void aNewerAdrThatNeverNamesTheOlderOneIsStillOneSided() {
        AdrLog log = read(
                "0002-use-notify.md", nygard(2, "Use Notify", "2022-01-01",
                        "Superseded by [ADR019 Use SES](0019-use-ses.md)"),
                "0019-use-ses.md", "# 19. Use SES\n\nDate: 2023-03-27\n\n## Status\n\nAccepted\n\n## Context\n\n"
                        + "Notify sends no attachments; ADR020 and 0002-use-notify-v2 are other records. A drop-in "
                        + "replacement exists.\n\n```\nsee ADR002 and 0002-use-notify.md\n```\n\n"
                        + "## Decision\n\nUse SES.\n\n## Consequences\n\nSo.\n");

        assertThat(Fixtures.run(new OneSidedSupersessionRule(), log)).containsExactly(
                "docs/adr/0002-use-notify.md:7: [one-sided-supersession] Status says \"Superseded by ADR019 Use "
                        + "SES\", but docs/adr/0019-use-ses.md does not say it supersedes this ADR; add a "
                        + "\"Supersedes\" link to ADR-0002 there.");
    }

    private void write(String path, String text) throws IOException {
        Path p = base.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void aLinkThatLeavesOutMdOrChangesCaseNamesTheFileItMeant() throws IOException {
        write("adr-004-module-loading.md", nygard(4, "Module loading", "2024-01-01", "Accepted"));
        write("adr-006-core-runtime.md", nygard(6, "Core runtime", "2024-01-01", "Accepted")
                .replace("What.", "See [modules](ADR-004-module-loading.md), [runtime](adr-006-core-runtime), "
                        + "[loading](module-loading.md) and [index](README)."));
        AdrLog log = new LogReader(ReadOptions.defaults()).read(base, base);

        assertThat(Fixtures.run(new BrokenLinkRule(), log, Fixtures.config(), base)).containsExactly(
                "adr-006-core-runtime.md:15: [broken-link] Link \"ADR-004-module-loading.md\" points to "
                        + "ADR-004-module-loading.md, which does not exist; adr-004-module-loading.md does, so link to "
                        + "it by that name.",
                "adr-006-core-runtime.md:15: [broken-link] Link \"README\" points to README, which does not exist; "
                        + "fix the path or remove the link.",
                "adr-006-core-runtime.md:15: [broken-link] Link \"adr-006-core-runtime\" points to "
                        + "adr-006-core-runtime, which does not exist; adr-006-core-runtime.md does, so link to it by "
                        + "that name.",
                "adr-006-core-runtime.md:15: [broken-link] Link \"module-loading.md\" points to module-loading.md, "
                        + "which does not exist; fix the path or remove the link.");
    }

    @Test
    void aLinkInASubfolderThatLeavesOutMdNamesTheFile() throws IOException {
        write("docs/decisions/0004-release-captain.md", nygard(4, "Release captain", "2024-01-01", "Accepted"));
        write("docs/decisions/0007-release-process.md", nygard(7, "Release process", "2024-01-01", "Accepted")
                .replace("Why.", "The [release captain](./0004-release-captain) runs it; see also the "
                        + "[rationale](../research/RATIONALE#nodes) and [the captain](0004-release-captain.md#duty)."));
        AdrLog log = new LogReader(ReadOptions.defaults()).read(base, base.resolve("docs/decisions"));

        assertThat(Fixtures.run(new BrokenLinkRule(), log, Fixtures.config(), base)).containsExactly(
                "docs/decisions/0007-release-process.md:11: [broken-link] Link \"../research/RATIONALE#nodes\" points "
                        + "to docs/research/RATIONALE, which does not exist; fix the path or remove the link.",
                "docs/decisions/0007-release-process.md:11: [broken-link] Link \"./0004-release-captain\" points to "
                        + "docs/decisions/0004-release-captain, which does not exist; "
                        + "docs/decisions/0004-release-captain.md does, so link to it by that name.");
    }

    @Test
    void aReferenceThatNamesAnAdrButLeadsNowhereIsOneBrokenLink() throws IOException {
        write("docs/adr/0066-release-on-a-lease.md", nygard(66, "Release on a lease", "2024-01-01", "Accepted"));
        write("docs/adr/0067-scope-per-resolution.md", nygard(67, "Scope per resolution", "2024-01-01", "Accepted")
                + "\n## References\n\n- [ADR 0066](0066-release-on-a-lease)\n"
                + "- [ADR 0066 again](0066-release-on-a-lease.md)\n- [ADR 0068](0068-not-written-yet.md)\n");
        AdrLog log = new LogReader(ReadOptions.defaults()).read(base, base.resolve("docs/adr"));

        assertThat(Fixtures.run(new BrokenLinkRule(), log, Fixtures.config(), base)).containsExactly(
                "docs/adr/0067-scope-per-resolution.md:23: [broken-link] Link \"0066-release-on-a-lease\" points to "
                        + "docs/adr/0066-release-on-a-lease, which does not exist; docs/adr/0066-release-on-a-lease.md "
                        + "does, so link to it by that name.");
        assertThat(Fixtures.run(new BrokenReferenceRule(), log, Fixtures.config(), base)).containsExactly(
                "docs/adr/0067-scope-per-resolution.md:25: [broken-reference] Reference \"ADR 0068\" is broken: "
                        + "docs/adr/0068-not-written-yet.md does not exist, and there is no ADR-0068.");
    }

    @Test
    void aTemplateChoiceListIsNotASupersession() {
        AdrLog log = read("0001-a.md", madr("[proposed | rejected | accepted | deprecated | … | superseded by "
                + "[ADR-0005](0005-example.md)]", "Option A."));

        assertThat(Fixtures.run(new BrokenSupersessionRule(), log)).isEmpty();
        assertThat(Fixtures.run(new OneSidedSupersessionRule(), log)).isEmpty();
    }

    @Test
    void aReferenceToAnotherRepositorysAdrOrInCodeOrToAnRfcStaysQuiet() {
        AdrLog log = read(
                "0012-use-postgres.md", nygard(12, "Use Postgres", "2024-01-01", "Accepted"),
                "0013-use-redis.md", "# 13. Use Redis\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n\n## Context\n\n"
                        + "As RFC 12 and RFC-0044 say, and as [the platform's ADR-0045](https://example.org/p/adr/0045.md)"
                        + " and the registry's [ADR-0046][registry] decided, we keep ADR-0012.\n"
                        + "The tool writes <code>ADR-0047</code> into its log.\n\n"
                        + "    ADR-0048 in an indented block\n\n"
                        + "[registry]: https://example.org/registry/docs/adr/0046-x.md\n\n"
                        + "## Decision\n\nUse Redis, see [ADR-0049][local].\n\n## Consequences\n\nFine.\n\n"
                        + "[local]: 0049-cache-keys.md\n");

        assertThat(Fixtures.run(new BrokenReferenceRule(), log)).containsExactly(
                "docs/adr/0013-use-redis.md:20: [broken-reference] Reference \"ADR-0049\" is broken: there is no "
                        + "ADR-0049.");
    }
}
