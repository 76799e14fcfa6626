package io.github.adrgov.adr.maven;

import io.github.adrgov.adr.reactor.ModuleLog;
import io.github.adrgov.adr.report.AdrReport;
import io.github.adrgov.adr.report.AggregateReport;
import io.github.adrgov.adr.report.ImageCopies;
import io.github.adrgov.adr.report.ReportText;
import io.github.adrgov.adr.report.StandaloneHtml;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;

import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.reporting.MavenReportException;

/**
 * Publishes every ADR log of a multi-module build on one page of the parent's site:
 * {@code adr-aggregate/index.html} ("Architecture Decisions (all modules)") with one row per module (its counts and a
 * link to its pages), one index of all ADRs with their module, one supersession graph that may cross modules, and
 * every finding; each module's own report is rendered beside it under {@code adr-aggregate/<module>/}. Put it in the
 * parent's {@code <reporting>}, as jacoco's {@code report-aggregate}; it reads the logs of the projects of the reactor
 * that lie below the parent's folder, from their sources (no earlier phase needed). In a project with no module below
 * it the report is not generated, so the parent's configuration can be inherited. The same parameters as
 * {@code report}, applied to every module's log; a module's ADR directory is the {@code directory} it configures for
 * this plugin, else its {@code docs/adr}. Findings are shown, never fatal.
 */
@Mojo(name = "report-aggregate", defaultPhase = LifecyclePhase.SITE, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class ReportAggregateMojo extends ReportMojo {

    @Override
    public String getOutputName() {
        return "adr-aggregate/index";
    }

    @Override
    public String getOutputPath() {
        return getOutputName();
    }

    @Override
    public String getName(Locale locale) {
        return ReportText.forLocale(locale).get("aggregate.name");
    }

    @Override
    public String getDescription(Locale locale) {
        return ReportText.forLocale(locale).get("aggregate.description");
    }

    @Override
    public boolean canGenerateReport() {
        if (skipped("aggregate ADR report")) {
            return false;
        }
        if (!ReactorSupport.hasModulesBelow(project, reactorProjects)) {
            getLog().debug("No aggregate ADR report for " + project.getArtifactId()
                    + ": no module of the build lies below it.");
            return false;
        }
        return true;
    }

    /** {@code mvn adr:report-aggregate} on its own: the pages as plain HTML under {@code target/reports/}. */
    @Override
    public void execute() throws MojoExecutionException {
        if (!canGenerateReport()) {
            return;
        }
        Locale l = standaloneLocale();
        File out = getReportOutputDirectory();
        try {
            renderAggregate(StandaloneHtml.open(new File(out, getOutputName() + ".html").toPath(), l),
                    name -> StandaloneHtml.open(new File(out, "adr-aggregate/" + name).toPath(), l), l);
        } catch (MavenReportException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        getLog().info("Aggregate ADR report written to " + shown(new File(out, getOutputName() + ".html")) + ".");
    }

    @Override
    public void generate(Sink sink, SinkFactory sinkFactory, Locale locale) throws MavenReportException {
        File out = getReportOutputDirectory();
        renderAggregate(sink, sinkFactory == null ? null : name -> {
            // the sink factory does not create the module's folder
            Files.createDirectories(new File(out, "adr-aggregate/" + name).toPath().getParent());
            return sinkFactory.createSink(out, "adr-aggregate/" + name);
        }, locale);
    }

    private void renderAggregate(Sink sink, AdrReport.PageSinks pages, Locale locale) throws MavenReportException {
        Path root = baseDirectory();
        List<ModuleLog> modules;
        try {
            modules = ReactorSupport.read(ReactorSupport.modules(project, reactorProjects), root,
                    readOptions(), validationConfig(), citationsOn() ? getLog() : null, citationTypes());
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        int adrs = modules.stream().mapToInt(m -> m.result().adrCount()).sum();
        getLog().info("Aggregate ADR report: " + modules.size() + " module log" + (modules.size() == 1 ? "" : "s")
                + ", " + adrs + " ADRs (findings are shown in the report, never fatal).");
        AggregateReport report = new AggregateReport(modules, ReportText.forLocale(locale));
        File out = getReportOutputDirectory();
        try {
            Map<String, SortedSet<String>> images = pages == null ? Map.of() : report.renderModules(pages);
            report.renderIndex(sink);
            for (Map.Entry<String, SortedSet<String>> e : images.entrySet()) {
                ImageCopies.copy(root, e.getValue(), new File(out, "adr-aggregate/" + e.getKey()).toPath());
            }
        } catch (IOException | UncheckedIOException e) {
            throw new MavenReportException("Cannot write the ADR pages under " + new File(out, "adr-aggregate")
                    + ": " + e.getMessage(), e);
        }
    }
}
