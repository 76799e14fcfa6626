package io.github.adrgov.adr.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.StatusCategory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain pages of {@code mvn adr:report} run on its own: what the reader gets, and nothing that runs script. */
class StandaloneHtmlTest {

    @TempDir
    Path dir;

    @Test
    void theIndexPageIsAWholeHtmlPageWithTheAdrsLinked() throws IOException {
        Adr old = ReportFixtures.simple(1, "Use <b>MySQL</b> & friends", StatusCategory.ACCEPTED);
        Adr newer = ReportFixtures.simple(2, "Use PostgreSQL", StatusCategory.ACCEPTED);
        Path page = dir.resolve("adr/index.html");

        new AdrReport(ReportFixtures.data(ReportFixtures.log(List.of(ReportFixtures.supersededBy(old, newer), newer)),
                List.of()), ReportText.forLocale(Locale.ROOT)).renderIndex(StandaloneHtml.open(page, Locale.ROOT));

        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").endsWith("</body>\n</html>\n")
                .contains("<title>Architecture Decisions</title>")
                .contains("Use &lt;b&gt;MySQL&lt;/b&gt; &amp; friends")
                .doesNotContain("<b>MySQL</b>")
                .containsPattern("<a href=\"0002-use-postgresql.html\"[^>]*>");
        // one embedded style sheet and no script; the date cells keep their dates whole through a class, since the
        // page writes no style attributes
        assertThat(html.split("<style>", -1)).hasSize(2);
        assertThat(html).doesNotContain("<script", "<link", " style=\"")
                .contains(".adr-nowrap{white-space:nowrap}", "<td class=\"adr-nowrap\">2025-01-02</td>");
    }

    @Test
    void scriptLinksAndUnknownAttributesAreDropped() throws IOException {
        Path page = dir.resolve("p.html");
        Sink sink = StandaloneHtml.open(page, Locale.GERMAN);
        sink.body();
        sink.link(" JavaScript:alert(1)");
        sink.text("click");
        sink.link_();
        sink.paragraph(SinkAttributes.of("onclick", "alert(2)"));
        sink.text("\"quoted\" 'text'");
        sink.paragraph_();
        sink.body_();
        sink.close();

        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).contains("<html lang=\"de\">").contains("<a>click</a>")
                .contains("<p>&quot;quoted&quot; &#39;text&#39;</p>")
                .doesNotContain("alert").doesNotContain("onclick");
    }
}
