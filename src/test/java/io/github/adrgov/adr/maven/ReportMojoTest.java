package io.github.adrgov.adr.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.maven.plugin.logging.SystemStreamLog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the site plugin asks the report before it runs it. */
class ReportMojoTest {

    @TempDir
    Path base;

    private ReportMojo mojo(boolean skip, boolean reportSkip, String dir) throws Exception {
        ReportMojo m = new ReportMojo();
        set(m, "basedir", base.toFile());
        set(m, "directory", base.resolve(dir).toFile());
        set(m, "skip", skip);
        set(m, "reportSkip", reportSkip);
        return m;
    }

    private static void set(Object o, String name, Object value) throws Exception {
        Class<?> c = o.getClass();
        Field f = null;
        while (f == null) {
            try {
                f = c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                c = c.getSuperclass();
                if (c == null) {
                    throw e;
                }
            }
        }
        f.setAccessible(true);
        f.set(o, value);
    }

    @Test
    void reportsWhenTheAdrDirectoryExists() throws Exception {
        Files.createDirectories(base.resolve("docs/adr"));
        assertThat(mojo(false, false, "docs/adr").canGenerateReport()).isTrue();
    }

    @Test
    void noReportWithoutAnAdrDirectoryOrWhenSkipped() throws Exception {
        assertThat(mojo(false, false, "docs/adr").canGenerateReport()).isFalse();
        Files.createDirectories(base.resolve("docs/adr"));
        assertThat(mojo(true, false, "docs/adr").canGenerateReport()).isFalse();
        assertThat(mojo(false, true, "docs/adr").canGenerateReport()).isFalse();
        Files.writeString(base.resolve("not-a-dir.md"), "# x");
        assertThat(mojo(false, false, "not-a-dir.md").canGenerateReport()).isFalse();
    }

    @Test
    void bothReportsSayWhichFlagSkippedThemInOneLine() throws Exception {
        Files.createDirectories(base.resolve("docs/adr"));
        List<String> lines = new ArrayList<>();
        SystemStreamLog log = new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                lines.add(String.valueOf(content));
            }
        };
        ReportMojo report = mojo(false, true, "docs/adr");
        report.setLog(log);
        ReportMojo aggregate = new ReportAggregateMojo();
        set(aggregate, "basedir", base.toFile());
        set(aggregate, "skip", true);
        aggregate.setLog(log);
        ReportMojo aggregateReportSkip = new ReportAggregateMojo();
        set(aggregateReportSkip, "reportSkip", true);
        aggregateReportSkip.setLog(log);

        assertThat(report.canGenerateReport()).isFalse();
        assertThat(aggregate.canGenerateReport()).isFalse(); // no project needed: the flags are read first
        assertThat(aggregateReportSkip.canGenerateReport()).isFalse();
        assertThat(lines).containsExactly(
                "Skipping the ADR report (adr.report.skip=true).",
                "Skipping the aggregate ADR report (adr.skip=true).",
                "Skipping the aggregate ADR report (adr.report.skip=true).");
    }

    @Test
    void nameDescriptionAndOutputAreKnownBeforeTheReportRuns() {
        ReportMojo m = new ReportMojo();
        assertThat(m.getName(Locale.ENGLISH)).isEqualTo("Architecture Decisions");
        assertThat(m.getName(Locale.GERMAN)).isEqualTo("Architekturentscheidungen");
        assertThat(m.getDescription(Locale.ENGLISH)).startsWith("The project's Architecture Decision Records");
        assertThat(m.getOutputName()).isEqualTo("adr/index");
        assertThat(m.getOutputPath()).isEqualTo("adr/index");
        assertThat(m.getCategoryName()).isEqualTo("Project Reports");
        assertThat(new File(m.getOutputName()).getParent()).isEqualTo("adr");
    }
}
