package io.github.adrgov.adr.maven;

import io.github.adrgov.adr.citations.CodeCitations;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.report.AdrReport;
import io.github.adrgov.adr.report.ImageCopies;
import io.github.adrgov.adr.report.ReportData;
import io.github.adrgov.adr.report.ReportText;
import io.github.adrgov.adr.report.StandaloneHtml;
import io.github.adrgov.adr.result.ValidationResult;
import io.github.adrgov.adr.validate.Validator;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;

import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.reporting.MavenMultiPageReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * Publishes the ADR log in the project site: {@code adr/index.html} ("Architecture Decisions" under Project Reports)
 * with counts per status, the index, the supersession graph and the validation findings, and one page per ADR beside
 * it. Use it under {@code <reporting>} with maven-site-plugin 3.21.0 or later, or run {@code mvn adr:report} on its
 * own (plain HTML pages, without the site skin, then go to {@code target/reports/adr/}). Findings are shown, never
 * fatal: the site is always built.
 *
 * <p>Built on maven-reporting-api and doxia-sink-api alone: under {@code mvn site} the site plugin hands the report
 * its sinks; on its own the report writes its pages with {@link StandaloneHtml}. So the plugin carries no site
 * renderer, and the goals that run in every build ({@code validate}, {@code index}) do not load one.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class ReportMojo extends AbstractAdrMojo implements MavenMultiPageReport {

    /** Skips this report. */
    @Parameter(property = AdrProperties.REPORT_SKIP, defaultValue = "false")
    private boolean reportSkip;

    /** Where {@code mvn adr:report} run on its own writes the pages (under {@code adr/}). */
    @Parameter(defaultValue = "${project.build.directory}/reports", required = true)
    private File outputDirectory;

    /**
     * The locale of the report's words when it runs on its own ({@code en}, {@code de}; {@code default} is English);
     * under {@code mvn site} the site's locale is used.
     */
    @Parameter(property = "locale", defaultValue = "default")
    private String locale;

    private File reportOutputDirectory;

    /** The project, for its source roots (citations). */
    @Parameter(defaultValue = "${project}", readonly = true)
    protected MavenProject project;

    /** The projects of the build, for the aggregate report. */
    @Parameter(defaultValue = "${reactorProjects}", readonly = true)
    protected List<MavenProject> reactorProjects;

    /** {@code mvn adr:report} on its own: the pages as plain HTML under {@code target/reports/adr/}. */
    @Override
    public void execute() throws MojoExecutionException {
        if (!canGenerateReport()) {
            return;
        }
        Locale l = standaloneLocale();
        File out = getReportOutputDirectory();
        try {
            render(StandaloneHtml.open(new File(out, getOutputName() + ".html").toPath(), l),
                    name -> StandaloneHtml.open(new File(out, "adr/" + name).toPath(), l), l);
        } catch (MavenReportException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        getLog().info("ADR report written to " + shown(new File(out, getOutputName() + ".html"))
                + ", with a page per ADR beside it.");
    }

    @Override
    public void generate(Sink sink, SinkFactory sinkFactory, Locale locale) throws MavenReportException {
        File out = getReportOutputDirectory();
        render(sink, sinkFactory == null ? null : name -> sinkFactory.createSink(out, "adr/" + name), locale);
    }

    /** @deprecated the site plugin calls {@link #generate(Sink, SinkFactory, Locale)}; this one renders the index only */
    @Override
    @Deprecated
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        generate(sink, null, locale);
    }

    /** Whether ADR pages list the source files that cite them (see the validate goal's {@code adr.citations}). */
    @Parameter(property = AdrProperties.CITATIONS, defaultValue = "true")
    private boolean citations;

    /** More folders to read for citations of ADRs, beside the project's source and resource roots. */
    @Parameter(property = AdrProperties.CITATION_ROOTS)
    private List<File> citationRoots;

    /** The file types read for citations, by extension (see the validate goal). */
    @Parameter(property = AdrProperties.CITATION_FILE_TYPES)
    private List<String> citationFileTypes;

    @Override
    public String getOutputName() {
        return "adr/index";
    }

    @Override
    public String getOutputPath() {
        return getOutputName();
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
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
    public File getReportOutputDirectory() {
        return reportOutputDirectory != null ? reportOutputDirectory : outputDirectory;
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        this.reportOutputDirectory = directory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    @Override
    public boolean canGenerateReport() {
        if (skipped("ADR report")) {
            return false;
        }
        if (directory == null || !directory.isDirectory()) {
            getLog().info("No ADR report: the ADR directory " + shown(directory) + " does not exist (set "
                    + AdrProperties.DIRECTORY + " to where the ADRs are).");
            return false;
        }
        return true;
    }

    /**
     * Whether {@code adr.skip} or {@code adr.report.skip} is set, said in one INFO line naming the flag: the check
     * that {@code report} and {@code report-aggregate} share before their own ({@code what} names the report).
     */
    protected final boolean skipped(String what) {
        if (skip || reportSkip) {
            getLog().info("Skipping the " + what + " (" + (skip ? AdrProperties.SKIP : AdrProperties.REPORT_SKIP)
                    + "=true).");
            return true;
        }
        return false;
    }

    /** Reads and validates the log, renders the index on {@code sink} and the ADR pages on {@code pages}. */
    private void render(Sink sink, AdrReport.PageSinks pages, Locale locale) throws MavenReportException {
        ReportData data;
        try {
            AdrLog log = readLog();
            CodeCitations cited = citations && log.size() > 0 ? CitationSupport.scan(getLog(), project,
                    baseDirectory(), adrDirectory(), relativeDirectory(), citationRoots, citationFileTypes)
                    : CodeCitations.none();
            ValidationResult result = new Validator().validate(log, validationConfig().build(), baseDirectory(),
                    null, cited);
            data = ReportData.of(result, relativeDirectory(), cited, scmUrl());
            getLog().info("ADR report: " + result.summary() + " (findings are shown in the report, never fatal).");
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        AdrReport report = new AdrReport(data, ReportText.forLocale(locale));
        File out = getReportOutputDirectory();
        try {
            // the pages first, so that the index also lists what could not be rendered on them
            SortedSet<String> images = pages == null ? null : report.renderPages(pages);
            report.renderIndex(sink);
            if (pages == null) {
                return;
            }
            Path imageDir = new File(out, "adr").toPath();
            int copied = ImageCopies.copy(baseDirectory(), images, imageDir);
            if (copied > 0) {
                getLog().info("ADR report: copied " + copied + " image" + (copied == 1 ? "" : "s")
                        + " shown in the ADRs.");
            }
        } catch (IOException | UncheckedIOException e) {
            throw new MavenReportException("Cannot write the ADR pages under " + new File(out, "adr") + ": "
                    + e.getMessage(), e);
        }
    }

    /** The {@code locale} parameter: the first of a list such as {@code de,en}; {@code default} is English. */
    Locale standaloneLocale() {
        String first = locale == null ? "" : locale.split(",")[0].trim();
        if (first.isEmpty() || first.equals("default")) {
            return Locale.ROOT;
        }
        return Locale.forLanguageTag(first.replace('_', '-'));
    }

    /** The project's {@code scm.url}, through which the ADR pages link their files; null when unset. */
    private String scmUrl() {
        return project == null || project.getScm() == null ? null : project.getScm().getUrl();
    }

    final String shown(File dir) {
        if (dir == null) {
            return "(none)";
        }
        String base = basedir == null ? null : basedir.getAbsolutePath();
        String path = dir.getAbsolutePath();
        return base != null && path.startsWith(base + File.separator)
                ? path.substring(base.length() + 1).replace(File.separatorChar, '/') : path;
    }

    /** Whether {@code adr.citations} is on. */
    boolean citationsOn() {
        return citations;
    }

    /** {@code adr.citationFileTypes}. */
    List<String> citationTypes() {
        return citationFileTypes;
    }
}
