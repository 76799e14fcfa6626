package io.github.adrgov.adr.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class ReportTextTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReportTextTest.class.getClassLoader().getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyEnglishKeyHasAGermanText() throws IOException {
        assertThat(load("adr-report_de.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(load("adr-report.properties").keySet());
    }

    @Test
    void aLanguageWithoutBundleGetsEnglishEvenOnAGermanMachine() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(ReportText.forLocale(Locale.FRENCH).get("report.name")).isEqualTo("Architecture Decisions");
            assertThat(ReportText.forLocale(Locale.ENGLISH).get("graph.title")).isEqualTo("Supersession graph");
            assertThat(ReportText.forLocale(Locale.GERMAN).get("report.name")).isEqualTo("Architekturentscheidungen");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void fillsInArguments() {
        assertThat(ReportText.forLocale(Locale.ENGLISH).get("summary.intro", "docs/adr", 1))
                .isEqualTo("The log in docs/adr holds one ADR.");
        assertThat(ReportText.forLocale(Locale.ENGLISH).get("summary.intro", "docs/adr", 1200))
                .isEqualTo("The log in docs/adr holds 1,200 ADRs.");
        assertThat(ReportText.forLocale(Locale.GERMAN).get("summary.intro", "x", 0))
                .isEqualTo("Das Log in x enthält keine ADRs.");
    }
}
