package io.github.adrgov.adr.rules;

import static io.github.adrgov.adr.model.LinkKind.SUPERSEDED_BY;
import static io.github.adrgov.adr.model.LinkKind.SUPERSEDES;
import static io.github.adrgov.adr.rules.Fixtures.link;
import static io.github.adrgov.adr.rules.Fixtures.log;
import static io.github.adrgov.adr.rules.Fixtures.nygard;
import static io.github.adrgov.adr.rules.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.LinkKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupersessionRulesTest {

    /** ADR 0003 "Superseded by [5. New](0005-new.md)", and 0005 "Supersedes [3. Old](0003-old.md)": both sides. */
    private static List<Adr> wellFormedPair() {
        Adr old = link(nygard("0003", "old", "Superseded by [5. New](0005-new.md)"), SUPERSEDED_BY,
                "Superseded by [5. New](0005-new.md)", "0005-new.md", 5).build();
        Adr neu = nygard("0005", "new", "Accepted")
                .link(SUPERSEDES, "Supersedes [3. Old](0003-old.md)", "0003-old.md", 3, 9).build();
        return List.of(old, neu);
    }

    private static List<String> runAll(Rule rule, List<Adr> adrs) {
        return run(rule, log(adrs.toArray(new Adr[0])));
    }

    @Test
    void aWellFormedPairGivesNoFinding() {
        for (Rule r : List.of(new BrokenSupersessionRule(), new SelfSupersessionRule(), new SupersessionCycleRule(),
                new SupersededStillActiveRule(), new OneSidedSupersessionRule(), new SupersededByInactiveRule())) {
            assertThat(runAll(r, wellFormedPair())).as(r.id()).isEmpty();
        }
    }

    @Test
    void brokenSupersessionByNumberNamesTheMissingAdr() {
        Adr a = link(nygard("001", "a", "Superseded by ADR-009"), SUPERSEDED_BY, "Superseded by ADR-009", null, 9)
                .build();

        assertThat(runAll(new BrokenSupersessionRule(), List.of(a, nygard("002", "b", "Accepted").build())))
                .containsExactly("docs/adr/001-a.md:7: [broken-supersession] Status says \"Superseded by ADR-009\", "
                        + "but there is no ADR-009.");
    }

    @Test
    void brokenSupersessionByLinkSaysTheFileIsMissing() {
        Adr a = nygard("0002", "b", "Accepted")
                .link(SUPERSEDES, "Supersedes [1. Gone](0001-gone.md)", "0001-gone.md", 1, 9).build();

        assertThat(runAll(new BrokenSupersessionRule(), List.of(a))).containsExactly(
                "docs/adr/0002-b.md:9: [broken-supersession] The ADR says \"Supersedes [1. Gone](0001-gone.md)\", but "
                        + "no ADR of this log is at docs/adr/0001-gone.md, and there is no ADR-0001.");
    }

    @Test
    void brokenSupersessionToAnAbsoluteUrlNamesTheFile() {
        Adr a = link(nygard("0002", "b", "Superseded"), SUPERSEDED_BY, "Superseded by [DNS](https://x.org/0015-dns.md)",
                "https://x.org/0015-dns.md", null).build();

        assertThat(runAll(new BrokenSupersessionRule(), List.of(a))).containsExactly(
                "docs/adr/0002-b.md:7: [broken-supersession] Status says \"Superseded by [DNS](https://x.org/0015-dns.md)\""
                        + ", but no ADR of this log is named 0015-dns.md.");
    }

    @Test
    void selfSupersessionIsReportedAtTheLink() {
        Adr a = link(nygard("0003", "a", "Superseded by ADR-0003"), SUPERSEDED_BY, "Superseded by ADR-0003", null, 3)
                .build();

        assertThat(runAll(new SelfSupersessionRule(), List.of(a))).containsExactly(
                "docs/adr/0003-a.md:7: [self-supersession] Status says \"Superseded by ADR-0003\", which names this ADR "
                        + "itself; name the ADR that replaced this one.");
        assertThat(runAll(new BrokenSupersessionRule(), List.of(a))).isEmpty();
        assertThat(runAll(new SupersessionCycleRule(), List.of(a))).isEmpty();
    }

    @Test
    void aCycleIsReportedOnceOnItsFirstAdr() {
        Adr a = link(nygard("0001", "a", "Superseded by ADR-0002"), SUPERSEDED_BY, "Superseded by ADR-0002", null, 2)
                .build();
        Adr b = link(nygard("0002", "b", "Superseded by ADR-0003"), SUPERSEDED_BY, "Superseded by ADR-0003", null, 3)
                .build();
        Adr c = nygard("0003", "c", "Superseded by ADR-0001")
                .link(SUPERSEDED_BY, "Superseded by ADR-0001", null, 1, 7)
                .link(SUPERSEDES, "Supersedes ADR-0002", null, 2, 8).build();
        Adr d = link(nygard("0004", "d", "Superseded by ADR-0005"), SUPERSEDED_BY, "Superseded by ADR-0005", null, 5)
                .build();
        Adr e = nygard("0005", "e", "Accepted").build();

        assertThat(runAll(new SupersessionCycleRule(), List.of(a, b, c, d, e))).containsExactly(
                "docs/adr/0001-a.md:7: [supersession-cycle] Supersession cycle: docs/adr/0001-a.md is superseded by "
                        + "docs/adr/0002-b.md, which is superseded by docs/adr/0003-c.md, which is superseded by "
                        + "docs/adr/0001-a.md; the newest of them must not be superseded by an older one.");
    }

    @Test
    void aLongChainIsNoCycleAndDoesNotOverflowTheStack() {
        List<Adr> chain = new ArrayList<>();
        for (int n = 1; n <= 20_000; n++) {
            String digits = String.format("%05d", n);
            Adr.Builder b = nygard(digits, "x" + n, n == 20_000 ? "Accepted" : "Superseded by ADR-" + (n + 1));
            if (n < 20_000) {
                link(b, SUPERSEDED_BY, "Superseded by ADR-" + (n + 1), null, n + 1);
            }
            chain.add(b.build());
        }
        assertThat(runAll(new SupersessionCycleRule(), chain)).isEmpty();
    }

    @Test
    void supersededStillActiveWhenOnlyTheSuccessorSaysSo() {
        Adr old = nygard("0003", "old", "Accepted").build();
        Adr neu = nygard("0005", "new", "Accepted")
                .link(SUPERSEDES, "Supersedes ADR-0003", null, 3, 9).build();

        assertThat(runAll(new SupersededStillActiveRule(), List.of(old, neu))).containsExactly(
                "docs/adr/0003-old.md:7: [superseded-still-active] Status still reads \"Accepted\", but this ADR is "
                        + "superseded by docs/adr/0005-new.md; change the status to \"Superseded by ADR-0005\".");
        assertThat(runAll(new OneSidedSupersessionRule(), List.of(old, neu))).isEmpty();
    }

    @Test
    void aProposedSuccessorDoesNotMakeTheOlderAdrStale() {
        Adr old = nygard("0003", "old", "Accepted").build();
        Adr proposal = nygard("0005", "new", "Proposed")
                .link(SUPERSEDES, "Supersedes ADR-0003", null, 3, 9).build();

        assertThat(runAll(new SupersededStillActiveRule(), List.of(old, proposal))).isEmpty();
        assertThat(runAll(new SupersededByInactiveRule(), List.of(old, proposal))).isEmpty();
    }

    @Test
    void oneSidedWhenTheSuccessorDoesNotLinkBack() {
        Adr old = link(nygard("0003", "old", "Superseded by ADR-0005"), SUPERSEDED_BY, "Superseded by ADR-0005", null,
                5).build();
        Adr neu = nygard("0005", "new", "Accepted").build();

        assertThat(runAll(new OneSidedSupersessionRule(), List.of(old, neu))).containsExactly(
                "docs/adr/0003-old.md:7: [one-sided-supersession] Status says \"Superseded by ADR-0005\", but "
                        + "docs/adr/0005-new.md does not say it supersedes this ADR; add a \"Supersedes\" link to "
                        + "ADR-0003 there.");
    }

    @Test
    void oneSidedWhenTheOlderAdrDoesNotNameItsSuccessor() {
        Adr old = nygard("0003", "old", "Superseded").build();
        Adr neu = nygard("0005", "new", "Accepted")
                .link(SUPERSEDES, "Supersedes ADR-0003", null, 3, 9).build();

        assertThat(runAll(new OneSidedSupersessionRule(), List.of(old, neu))).containsExactly(
                "docs/adr/0005-new.md:9: [one-sided-supersession] The ADR says \"Supersedes ADR-0003\", but "
                        + "docs/adr/0003-old.md does not name this ADR as its successor; write \"Superseded by "
                        + "ADR-0005\" in its status.");
    }

    @Test
    void supersededByInactiveNamesTheSuccessorsStatus() {
        Adr a = link(nygard("0001", "a", "Superseded by ADR-0002"), SUPERSEDED_BY, "Superseded by ADR-0002", null, 2)
                .build();
        Adr b = nygard("0002", "b", "Rejected").link(SUPERSEDES, "Supersedes ADR-0001", null, 1, 9).build();
        Adr c = link(nygard("0003", "c", "Deprecated"), SUPERSEDED_BY, "Superseded by ADR-0004", null, 4).build();
        Adr d = nygard("0004", "d", "Proposed").link(SUPERSEDES, "Supersedes ADR-0003", null, 3, 9).build();

        assertThat(runAll(new SupersededByInactiveRule(), List.of(a, b, c, d))).containsExactly(
                "docs/adr/0001-a.md:7: [superseded-by-inactive] This ADR is superseded by docs/adr/0002-b.md, but that "
                        + "ADR was \"Rejected\"; name the ADR that really replaced this one, or restore this ADR's "
                        + "status.",
                "docs/adr/0003-c.md:7: [superseded-by-inactive] This ADR is superseded by docs/adr/0004-d.md, but that "
                        + "ADR is only \"Proposed\"; accept the successor, or keep this ADR standing until it is "
                        + "accepted.");
    }

    @Test
    void duplicateLinksToTheSameSuccessorAreReportedOnce() {
        Adr old = nygard("0003", "old", "Accepted").build();
        Adr neu = nygard("0005", "new", "Accepted")
                .link(SUPERSEDES, "Supersedes ADR-0003", null, 3, 9)
                .link(LinkKind.SUPERSEDES, "Supersedes [3. Old](0003-old.md)", "0003-old.md", 3, 20).build();

        assertThat(runAll(new SupersededStillActiveRule(), List.of(old, neu))).hasSize(1);
    }

    @Test
    void oneSidedToADuplicatedNumberIsAnsweredByEitherAndReportedOnce() {
        Adr old = nygard("013", "old", "Superseded by ADR025")
                .link(SUPERSEDED_BY, "Superseded by ADR025", null, 25, 7)
                .link(SUPERSEDED_BY, "Superseded by [ADR025](ADR025-x.md)", null, 25, 30).build();
        Adr x = nygard("025", "x", "Accepted").build();
        Adr y = nygard("025", "y", "Accepted").build();

        assertThat(runAll(new OneSidedSupersessionRule(), List.of(old, x, y))).containsExactly(
                "docs/adr/013-old.md:7: [one-sided-supersession] Status says \"Superseded by ADR025\", but "
                        + "docs/adr/025-x.md or docs/adr/025-y.md does not say it supersedes this ADR; add a "
                        + "\"Supersedes\" link to ADR-013 there.");

        Adr yAnswers = nygard("025", "y", "Accepted").link(SUPERSEDES, "Supersedes ADR013", null, 13, 9).build();
        assertThat(runAll(new OneSidedSupersessionRule(), List.of(old, x, yAnswers))).isEmpty();
    }
}
