package io.github.adrgov.adr.reactor;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.LinkKind;
import io.github.adrgov.adr.model.StatusCategory;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;
import io.github.adrgov.adr.result.ValidationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReactorTest {

    private static Adr.Builder adr(String dir, String digits, String slug, StatusCategory c, String status) {
        return Adr.builder(dir + "/" + digits + "-" + slug + ".md").fileNumber(digits)
                .title(slug.replace('-', ' '), 1).status(c, status, 3);
    }

    private static ModuleLog module(String name, String dir, Adr... adrs) {
        return new ModuleLog(name, name, new ValidationResult(new AdrLog(dir, List.of(adrs), List.of(), List.of()),
                List.of()));
    }

    private static List<ModuleLog> reactor() {
        ModuleLog orders = module("orders", "orders/docs/adr",
                adr("orders/docs/adr", "0001", "use-postgres", StatusCategory.SUPERSEDED, "Superseded by ADR-0002")
                        .link(LinkKind.SUPERSEDED_BY, "ADR-0002", null, 2, 3).build(),
                adr("orders/docs/adr", "0002", "use-postgres-16", StatusCategory.ACCEPTED, "Accepted").build());
        ModuleLog billing = module("billing", "billing/docs/adr",
                adr("billing/docs/adr", "0001", "bill-monthly", StatusCategory.SUPERSEDED, "Superseded")
                        .link(LinkKind.SUPERSEDED_BY, "orders 2", "../../../orders/docs/adr/0002-use-postgres-16.md",
                                null, 3).build(),
                adr("billing/docs/adr", "0002", "send-invoices", StatusCategory.SUPERSEDED, "Superseded by ADR-0009")
                        .link(LinkKind.SUPERSEDED_BY, "ADR-0009", null, 9, 3).build());
        return List.of(orders, billing);
    }

    @Test
    void theJoinedGraphKeepsEachModulesPairsAndCrossesModulesByPath() {
        AdrLog joined = ReactorGraph.join(reactor());

        assertThat(joined.supersessions().pairs()).extracting(p -> p.older().file() + " -> " + p.newer().file())
                .containsExactlyInAnyOrder(
                        "orders/docs/adr/0001-use-postgres.md -> orders/docs/adr/0002-use-postgres-16.md",
                        "billing/docs/adr/0001-bill-monthly.md -> orders/docs/adr/0002-use-postgres-16.md");
        // billing's "ADR-0009" names no ADR of billing: a number alone never reaches another module's ADR
        assertThat(joined.byFile("billing/docs/adr/0002-send-invoices.md").orElseThrow().title())
                .isEqualTo("billing: send invoices");
    }

    @Test
    void numbersTakenInTwoLogsAreDuplicatesOfTheLaterModule() {
        List<Finding> f = ReactorNumbers.check(reactor(), Severity.ERROR);

        assertThat(f).extracting(Finding::format).containsExactly(
                "billing/docs/adr/0001-bill-monthly.md:1: [duplicate-number] Number 1 is taken in module orders too"
                        + " (orders/docs/adr/0001-use-postgres.md); numbers are unique across the reactor"
                        + " (adr.numberScope=reactor): renumber this ADR to 3, the next number free in the reactor.",
                "billing/docs/adr/0002-send-invoices.md:1: [duplicate-number] Number 2 is taken in module orders too"
                        + " (orders/docs/adr/0002-use-postgres-16.md); numbers are unique across the reactor"
                        + " (adr.numberScope=reactor): renumber this ADR to 4, the next number free in the reactor.");
        assertThat(ReactorNumbers.check(reactor(), Severity.OFF)).isEmpty();
        assertThat(ReactorNumbers.check(reactor().subList(0, 1), Severity.ERROR)).isEmpty();
    }
}
