package io.github.adrgov.adr.maven;

import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.report.AdrReport;
import io.github.adrgov.adr.report.ImageCopies;
import io.github.adrgov.adr.report.ReportData;
import io.github.adrgov.adr.report.ReportText;
import io.github.adrgov.adr.result.ValidationResult;
import io.github.adrgov.adr.validate.Validator;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;

import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.doxia.siterenderer.RendererException;
import org.apache.maven.doxia.tools.SiteToolException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * Publishes the ADR log in the project site: {@code adr/index.html} ("Architecture Decisions" under Project Reports)
 * with counts per status, the index, the supersession graph and the validation findings, and one page per ADR beside
 * it. Use it under {@code <reporting>} with maven-site-plugin 3.21.0 or later, or run {@code mvn adr:report} on its
 * own (pages then go to {@code target/reports/adr/}). Findings are shown, never fatal: the site is always built.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class ReportMojo extends AbstractMavenReport {

    /** The project base directory; every path in the report is relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    /** The build directory. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    /** The directory that holds the ADR log. Without it there is no report. */
    @Parameter(property = AdrProperties.DIRECTORY, defaultValue = AdrProperties.DEFAULT_DIRECTORY)
    private File directory;

    /** Files to read under the ADR directory, as glob patterns relative to it. Default: every Markdown file. */
    @Parameter(property = AdrProperties.INCLUDES)
    private List<String> includes;

    /** Files to skip as not being ADRs, as glob patterns relative to the ADR directory (see the validate goal). */
    @Parameter(property = AdrProperties.EXCLUDES)
    private List<String> excludes;

    /** Skips every goal of this plugin. */
    @Parameter(property = AdrProperties.SKIP, defaultValue = "false")
    private boolean skip;

    /** Skips this report. */
    @Parameter(property = AdrProperties.REPORT_SKIP, defaultValue = "false")
    private boolean reportSkip;

    /** The status vocabulary, replacing the default (see the validate goal). */
    @Parameter(property = AdrProperties.STATUSES)
    private List<String> statuses;

    /** Words added to the status vocabulary, each mapped to a lifecycle category (see the validate goal). */
    @Parameter
    private Map<String, String> extraStatuses;

    /** Whether the log numbers its ADRs: {@code auto}, {@code numbered} or {@code unnumbered}. */
    @Parameter(property = AdrProperties.NUMBERING, defaultValue = "auto")
    private String numbering;

    /** Required sections per dialect, replacing the defaults (see the validate goal). */
    @Parameter
    private Map<String, String> requiredSections;

    /** Required metadata fields per dialect, replacing the defaults (see the validate goal). */
    @Parameter
    private Map<String, String> requiredFields;

    /** Severity per rule id ({@code error}, {@code warning}, {@code info}, {@code off}) for the findings shown. */
    @Parameter
    private Map<String, String> rules;

    @Override
    public String getOutputName() {
        return "adr/index";
    }

    @Override
    public String getOutputPath() {
        return getOutputName();
    }

    @Override
    public String getName(Locale locale) {
        return ReportText.forLocale(locale).get("report.name");
    }

    @Override
    public String getDescription(Locale locale) {
        return ReportText.forLocale(locale).get("report.description");
    }

    @Override
    public boolean canGenerateReport() {
        if (skip || reportSkip) {
            getLog().info("Skipping the ADR report (" + (skip ? AdrProperties.SKIP : AdrProperties.REPORT_SKIP)
                    + "=true).");
            return false;
        }
        if (directory == null || !directory.isDirectory()) {
            getLog().info("No ADR report: the ADR directory " + shown(directory) + " does not exist (set "
                    + AdrProperties.DIRECTORY + " to where the ADRs are).");
            return false;
        }
        return true;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        Shared shared = shared();
        ReportData data;
        try {
            AdrLog log = shared.readLog();
            ValidationResult result = new Validator().validate(log, shared.validationConfig().build(),
                    shared.baseDirectory(), null);
            data = ReportData.of(result, shared.relativeDirectory(), scmUrl());
            getLog().info("ADR report: " + result.summary() + " (findings are shown in the report, never fatal).");
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        AdrReport report = new AdrReport(data, ReportText.forLocale(locale));
        File out = getReportOutputDirectory();
        SinkFactory factory = getSinkFactory();
        try {
            SortedSet<String> images;
            if (factory != null) {
                images = report.renderPages(name -> factory.createSink(out, "adr/" + name));
            } else {
                StandalonePages pages = new StandalonePages(new StandalonePages.Site(project, reactorProjects,
                        siteDirectory, siteTool, siteRenderer, repoSession, remoteProjectRepositories,
                        getInputEncoding(), getOutputEncoding(), mojoExecution == null ? null
                        : mojoExecution.getPlugin().getId() + ":" + mojoExecution.getGoal()), out);
                images = report.renderPages(name -> pages.open("adr/" + name));
                pages.write(locale);
                getLog().info("ADR report written to " + shown(new File(out, "adr/index.html")) + ", with "
                        + data.log().size() + " ADR page" + (data.log().size() == 1 ? "" : "s") + " beside it.");
            }
            // after the pages, so that the index also lists what could not be rendered on them
            report.renderIndex(getSink());
            int copied = ImageCopies.copy(shared.baseDirectory(), images, new File(out, "adr").toPath());
            if (copied > 0) {
                getLog().info("ADR report: copied " + copied + " image" + (copied == 1 ? "" : "s")
                        + " shown in the ADRs.");
            }
        } catch (IOException | RendererException | SiteToolException e) {
            throw new MavenReportException("Cannot write the ADR pages under " + new File(out, "adr") + ": "
                    + e.getMessage(), e);
        }
    }

    /** The project's {@code scm.url}, through which the ADR pages link their files; null when unset. */
    private String scmUrl() {
        return project == null || project.getScm() == null ? null : project.getScm().getUrl();
    }

    private String shown(File dir) {
        if (dir == null) {
            return "(none)";
        }
        String base = basedir == null ? null : basedir.getAbsolutePath();
        String path = dir.getAbsolutePath();
        return base != null && path.startsWith(base + File.separator)
                ? path.substring(base.length() + 1).replace(File.separatorChar, '/') : path;
    }

    /** The shared parameters, translated by the same code every other goal uses. */
    private Shared shared() {
        Shared s = new Shared();
        s.basedir = basedir;
        s.buildDirectory = buildDirectory;
        s.directory = directory;
        s.includes = includes;
        s.excludes = excludes;
        s.skip = skip;
        s.statuses = statuses;
        s.extraStatuses = extraStatuses;
        s.numbering = numbering;
        s.requiredSections = requiredSections;
        s.requiredFields = requiredFields;
        s.rules = rules;
        return s;
    }

    /**
     * Holds the parameters that {@link AbstractAdrMojo} turns into the core's options; a report mojo cannot extend
     * both base classes, so it fills one of these and lets that class do the translation. Never executed.
     */
    private static final class Shared extends AbstractAdrMojo {
        @Override
        public void execute() {
            throw new UnsupportedOperationException("holds parameters only");
        }
    }
}
