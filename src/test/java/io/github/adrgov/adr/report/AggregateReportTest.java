package io.github.adrgov.adr.report;

import static io.github.adrgov.adr.report.ReportFixtures.render;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.LinkKind;
import io.github.adrgov.adr.model.StatusCategory;
import io.github.adrgov.adr.reactor.ModuleLog;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;
import io.github.adrgov.adr.result.ValidationResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class AggregateReportTest {

    private static Adr adr(String module, String digits, String title, StatusCategory c) {
        return Adr.builder(module + "/docs/adr/" + digits + "-" + ReportFixtures.slug(title) + ".md")
                .fileNumber(digits).title(title, 1).status(c, c.id(), 3).build();
    }

    private static List<ModuleLog> modules() {
        Adr old = adr("orders", "0001", "Use <b>Postgres</b>", StatusCategory.SUPERSEDED).toBuilder()
                .link(LinkKind.SUPERSEDED_BY, "ADR-0002", null, 2, 3).build();
        Adr newer = adr("orders", "0002", "Use Postgres 16", StatusCategory.ACCEPTED);
        Adr bill = adr("billing", "0001", "Bill monthly", StatusCategory.ACCEPTED);
        Finding f = new Finding("broken-citation", Severity.ERROR, "billing/src/main/java/B.java", 4,
                "Cites ADR-0007, but there is no ADR-0007 in billing/docs/adr; fix the citation or add the ADR.");
        return List.of(
                new ModuleLog("orders", "orders", new ValidationResult(
                        new AdrLog("orders/docs/adr", List.of(old, newer), List.of(), List.of()), List.of())),
                new ModuleLog("billing", "billing", new ValidationResult(
                        new AdrLog("billing/docs/adr", List.of(bill), List.of(), List.of()), List.of(f))));
    }

    @Test
    void onePageShowsEveryModuleEveryAdrTheGraphAndEveryFinding() {
        String html = render(sink -> new AggregateReport(modules(), ReportText.forLocale(Locale.ENGLISH))
                .renderIndex(sink));

        assertThat(html).contains("2 modules of this build have an ADR log, with 3 ADRs in all.");
        assertThat(html).contains("<a href=\"orders/index.html\">orders</a>", "<a href=\"billing/index.html\">billing</a>");
        assertThat(html).contains("href=\"orders/0002-use-postgres-16.html\"", "href=\"billing/0001-bill-monthly.html\"");
        // ADR text is escaped, never markup
        assertThat(html).contains("Use &lt;b&gt;Postgres&lt;/b&gt;").doesNotContain("<b>Postgres</b>");
        assertThat(html).contains("<svg", "orders: Use Postgres 16");
        assertThat(html).contains("billing/src/main/java/B.java:4", "Cites ADR-0007");
    }

    @Test
    void eachModulesReportIsRenderedInItsFolder() throws Exception {
        List<String> opened = new ArrayList<>();
        new AggregateReport(modules(), ReportText.forLocale(Locale.ENGLISH)).renderModules(name -> {
            opened.add(name);
            return new org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory()
                    .createSink(new java.io.ByteArrayOutputStream(), "UTF-8");
        });
        // each module's pages first, then its index (which lists what rendering the pages found)
        assertThat(opened).containsExactly("orders/0001-use-b-postgres-b.html", "orders/0002-use-postgres-16.html",
                "orders/index.html", "billing/0001-bill-monthly.html", "billing/index.html");
    }
}
