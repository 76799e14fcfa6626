package io.github.adrgov.adr.maven;

import io.github.adrgov.adr.citations.CodeCitations;
import io.github.adrgov.adr.config.StatusTransitions;
import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.index.AdrsJsonWriter;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.BaselineSnapshot;
import io.github.adrgov.adr.output.ConsoleLine;
import io.github.adrgov.adr.output.ConsoleReport;
import io.github.adrgov.adr.output.FailurePolicy;
import io.github.adrgov.adr.output.GitHubAnnotations;
import io.github.adrgov.adr.output.OutputStamps;
import io.github.adrgov.adr.output.ValidationJsonWriter;
import io.github.adrgov.adr.parse.FileWork;
import io.github.adrgov.adr.parse.LogReader;
import io.github.adrgov.adr.reactor.ModuleLog;
import io.github.adrgov.adr.reactor.ReactorNumbers;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;
import io.github.adrgov.adr.result.ValidationResult;
import io.github.adrgov.adr.rules.MadrOptionalFields;
import io.github.adrgov.adr.validate.Validator;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Validates the ADR log: reads every ADR under {@code adr.directory}, runs the rule catalogue, prints one line per
 * finding ({@code docs/adr/0003-x.md:5: [rule-id] message}) at the level of its severity, writes
 * {@code target/adr/validation.json}, and fails the build on errors (and on warnings with {@code adr.failOnWarning}).
 * Bound to the {@code validate} phase.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class ValidateMojo extends AbstractAdrMojo {

    /** Skips this goal only ({@code adr.skip} skips every goal of the plugin). */
    @Parameter(property = AdrProperties.VALIDATE_SKIP, defaultValue = "false")
    protected boolean validateSkip;

    /**
     * Whether findings of severity error fail the build. With {@code false} every finding is still printed and
     * written to {@code target/adr/validation.json}, and the build goes on.
     */
    @Parameter(property = AdrProperties.FAIL_ON_VIOLATION, defaultValue = "true")
    protected boolean failOnViolation;

    /** Whether findings of severity warning fail the build too (when {@code adr.failOnViolation} is true). */
    @Parameter(property = AdrProperties.FAIL_ON_WARNING, defaultValue = "false")
    protected boolean failOnWarning;

    /**
     * Whether a missing ADR directory fails the build. By default a missing directory is reported in one warning
     * line and the goal does nothing more.
     */
    @Parameter(property = AdrProperties.FAIL_IF_MISSING, defaultValue = "false")
    protected boolean failIfMissing;

    /**
     * The most finding lines printed to the console; the rest are counted in a "... and N more" line. Errors are
     * chosen first. Every finding is always written to {@code target/adr/validation.json}. 0 or less prints all.
     */
    @Parameter(property = AdrProperties.MAX_FINDINGS, defaultValue = "" + ConsoleReport.DEFAULT_MAX_FINDINGS)
    protected int maxFindings;

    /**
     * Pre-merge CI: the git ref to compare the ADR log with, usually the target branch of the pull request
     * ({@code origin/main}, a tag or a commit). With it, four more rules run: {@code modified-accepted},
     * {@code number-reused}, {@code deleted-adr} and {@code illegal-status-transition}. What the branch changed is
     * measured from the merge base of {@code HEAD} and this ref; numbers are checked against the ref's tip. The clone
     * must hold the ref and the merge base (CI: fetch the full history, e.g. {@code fetch-depth: 0}).
     */
    @Parameter(property = AdrProperties.BASELINE)
    protected String baseline;

    /**
     * What to do when the {@code adr.baseline} ref, or its merge base with {@code HEAD}, is not in the clone:
     * {@code fail} (the default, with a message naming the ref and what to fetch) or {@code warn} and validate
     * without the baseline.
     */
    @Parameter(property = AdrProperties.BASELINE_MISSING, defaultValue = "fail")
    protected String baselineMissing;

    /**
     * The status changes allowed between the baseline and the branch, replacing the default
     * {@code proposed->accepted,rejected,deprecated,superseded;accepted->deprecated,superseded;deprecated->superseded;draft->proposed,accepted,rejected}.
     * Entries are separated by {@code ;}; a category not listed may not change at all.
     */
    @Parameter(property = AdrProperties.STATUS_TRANSITIONS)
    protected String statusTransitions;

    /** Whether to write {@code target/adr/validation.sarif} (SARIF 2.1.0) for code-scanning tools. */
    @Parameter(property = AdrProperties.SARIF, defaultValue = "true")
    protected boolean sarif;

    /** Whether to write {@code target/adr/TEST-adr-validation.xml} (JUnit XML, one test case per ADR) for CI. */
    @Parameter(property = AdrProperties.JUNIT, defaultValue = "true")
    protected boolean junit;

    /**
     * Whether to print GitHub Actions annotations ({@code ::error file=...,line=...::message}) to standard output:
     * {@code auto} (when the environment variable {@code GITHUB_ACTIONS} is {@code true}), {@code true} or
     * {@code false}.
     */
    @Parameter(property = AdrProperties.GITHUB_ANNOTATIONS, defaultValue = "auto")
    protected String githubAnnotations;

    /**
     * Whether to check the citations of ADRs in the project's source and resource files ({@code ADR-0012},
     * {@code ADR 12}, {@code adr-012}, paths to the log's files): rules {@code broken-citation},
     * {@code superseded-citation} and {@code inactive-citation}. The compile and test source and resource roots of
     * the project are read, plus {@code adr.citationRoots}.
     */
    @Parameter(property = AdrProperties.CITATIONS, defaultValue = "true")
    protected boolean citations;

    /** More folders to read for citations of ADRs, beside the project's source and resource roots. */
    @Parameter(property = AdrProperties.CITATION_ROOTS)
    protected List<File> citationRoots;

    /**
     * The file types read for citations, by extension (comma-separated on the command line). Default: common source,
     * configuration and text types (java, kt, groovy, scala, js, ts, py, go, sql, xml, yaml, yml, json, properties,
     * md, txt and more). Binary files and files over 1 MiB are passed over.
     */
    @Parameter(property = AdrProperties.CITATION_FILE_TYPES)
    protected List<String> citationFileTypes;

    /**
     * Where ADR numbers must be unique: {@code log} (each log on its own, the default) or {@code reactor} (across
     * the logs of every module of a multi-module build; the execution on the build's root project reads every
     * module's log and reports a number taken twice as {@code duplicate-number}).
     */
    @Parameter(property = AdrProperties.NUMBER_SCOPE, defaultValue = "log")
    protected String numberScope;

    /** The project, for its source roots and artifactId. */
    @Parameter(defaultValue = "${project}", readonly = true)
    protected MavenProject project;

    /** The session, to know whether the build has more than one project. */
    @Parameter(defaultValue = "${session}", readonly = true)
    protected MavenSession session;

    /** The plugin's version, written into the SARIF log. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    protected String pluginVersion;

    /** The environment, read through this map so that tests can set {@code GITHUB_ACTIONS}. */
    Map<String, String> environment = System.getenv();

    /** Where GitHub annotations are printed: standard output, where the runner reads workflow commands. */
    PrintStream annotationOut = System.out;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || validateSkip) {
            getLog().info("Skipping ADR validation (" + (skip ? AdrProperties.SKIP : AdrProperties.VALIDATE_SKIP)
                    + "=true).");
            return;
        }
        long started = System.nanoTime();
        ValidationConfig config = validationConfig().statusTransitions(transitions()).build();
        boolean reactorNumbers = reactorNumbersHere();
        Validator validator = new Validator();
        FileWork checks = validator.fileChecks(config);
        LogReader.Result read;
        if (adrDirectoryPresent()) {
            read = read(checks);
        } else if (baselineRequested() || reactorNumbers) {
            // the branch may have removed the whole log: compare an empty log with the baseline
            read = new LogReader.Result(new AdrLog(relativeDirectory(), List.of(), List.of(), List.of()), Map.of(), 0);
        } else {
            return;
        }
        AdrLog log = read.log();
        long readDone = System.nanoTime();
        BaselineSnapshot snapshot = PreMergeSupport.baseline(getLog(), readOptions(), baseDirectory(),
                adrDirectory(), baseline, baselineMissing, log, environment, githubAnnotations, annotationOut);
        CodeCitations cited = scanCitations(log);
        // the checks of each file were done while reading, or come from the cache with the file's model
        ValidationResult result = validator.validate(read, checks, config, baseDirectory(), snapshot, cited,
                cacheDirectory());
        if (reactorNumbers) {
            result = withReactorNumbers(result, config);
        }
        result = KnownFindingsSupport.apply(getLog(), result, knownFindingsPath(), shown(knownFindingsPath()),
                baseDirectory());
        long checked = System.nanoTime();
        Path json = writeReports(read, result, cited);
        if (getLog().isDebugEnabled()) {
            // where a build's time goes, for a user who wonders (mvn -X)
            getLog().debug(String.format(Locale.ROOT, "ADR validation of %d files (%d parsed, the others from the"
                    + " cache): read %d ms, checks %d ms, outputs %d ms", log.size() + log.unreadable().size(),
                    read.parsed(), (readDone - started) / 1_000_000, (checked - readDone) / 1_000_000,
                    (System.nanoTime() - checked) / 1_000_000));
        }
        printFindings(result, json);
        // MADR marks status and date optional: one line for the log says how to require them
        MadrOptionalFields.note(log, config, validator.textVerdicts(read, checks, config))
                .ifPresent(line -> getLog().info((multiModule() ? "[" + moduleName() + "] " : "") + line));
        PreMergeSupport.annotate(result, baseDirectory(), githubAnnotations, environment, annotationOut);
        failIfNeeded(result, json);
    }

    private StatusTransitions transitions() throws MojoExecutionException {
        if (statusTransitions == null || statusTransitions.isBlank()) {
            return StatusTransitions.defaults();
        }
        try {
            return StatusTransitions.parse(statusTransitions);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("In " + AdrProperties.STATUS_TRANSITIONS + ": " + e.getMessage());
        }
    }

    /**
     * Writes validation.json, the CI reports and adrs.json, unless the last build wrote them from the same inputs and
     * they are as it left them (see {@link OutputStamps}).
     *
     * @return validation.json
     */
    private Path writeReports(LogReader.Result read, ValidationResult result, CodeCitations cited)
            throws MojoExecutionException {
        Path out = outputDirectory();
        List<Path> reports = new ArrayList<>();
        reports.add(out.resolve(ValidationJsonWriter.FILE_NAME));
        if (sarif) {
            reports.add(out.resolve(PreMergeSupport.SARIF_FILE));
        }
        if (junit) {
            reports.add(out.resolve(PreMergeSupport.JUNIT_FILE));
        }
        reports.add(out.resolve(AdrProperties.ADRS_JSON));
        Path cache = cacheDirectory();
        OutputStamps stamps = cache == null ? null : new OutputStamps(cache.resolve("reports.txt"));
        String key = stamps == null ? null : OutputStamps.key(result.findings(), read.inputDigest(),
                cited.fingerprint(), pluginVersion, moduleName(), String.valueOf(failOnViolation && failOnWarning),
                GitHubAnnotations.pathPrefix(baseDirectory(), environment), String.valueOf(sarif),
                String.valueOf(junit), out.toString(), String.valueOf(result.log().size()));
        if (stamps != null && stamps.upToDate(key, reports)) {
            getLog().debug("ADR reports up to date: " + reports.size() + " files under " + shown(out));
            return reports.get(0);
        }
        Path json = writeJson(result);
        writeCiOutputs(result);
        writeModel(result.log(), cited);
        if (stamps != null) {
            stamps.record(key, reports);
        }
        return json;
    }

    private void writeCiOutputs(ValidationResult result) throws MojoExecutionException {
        List<Path> written = PreMergeSupport.writeOutputs(result, outputDirectory(), sarif, junit, moduleName(),
                failOnViolation && failOnWarning, pluginVersion,
                GitHubAnnotations.pathPrefix(baseDirectory(), environment));
        if (!written.isEmpty()) {
            List<String> shown = new ArrayList<>();
            for (Path p : written) {
                shown.add(shown(p));
            }
            getLog().debug("CI reports written: " + String.join(", ", shown));
        }
    }

    /** Whether there is a directory to validate; a missing one is said plainly, or fails with failIfMissing. */
    private boolean adrDirectoryPresent() throws MojoExecutionException, MojoFailureException {
        Path dir = adrDirectory();
        if (Files.isDirectory(dir)) {
            return true;
        }
        if (Files.exists(dir)) {
            throw new MojoExecutionException("The ADR directory " + relativeDirectory()
                    + " is a file, not a directory; set " + AdrProperties.DIRECTORY + " to the folder of the ADR log.");
        }
        String message = "No ADR directory at " + relativeDirectory() + "; set " + AdrProperties.DIRECTORY
                + " to the folder of the ADR log";
        if (failIfMissing) {
            throw new MojoFailureException(message + " (" + AdrProperties.FAIL_IF_MISSING + " is true).");
        }
        if (quietWhenMissing()) {
            if (project != null && project.isExecutionRoot() && session != null
                    && ReactorSupport.modules(project, session.getProjects()).stream()
                            .noneMatch(m -> Files.isDirectory(m.adrDirectory()))) {
                // never silent when the whole build has nothing to validate (a check that passes on no input)
                getLog().warn("No module of this build has an ADR directory (" + relativeDirectory() + "); set "
                        + AdrProperties.DIRECTORY + " to the folder of the ADR log. Nothing was validated.");
                return false;
            }
            getLog().debug("No ADR directory at " + relativeDirectory() + " in module " + moduleName()
                    + "; nothing to validate here (" + AdrProperties.FAIL_IF_MISSING + "=true fails instead).");
            return false;
        }
        getLog().warn(message + (baselineRequested() ? "; comparing an empty log with the baseline " + baseline.trim()
                + "." : ". Nothing was validated."));
        return false;
    }

    private boolean baselineRequested() {
        return baseline != null && !baseline.isBlank();
    }

    /** Reads the log, listing the files skipped as not being ADRs at debug level. */
    private LogReader.Result read(FileWork checks) throws MojoExecutionException {
        LogReader.Result read = readLog(checks);
        if (getLog().isDebugEnabled()) {
            for (String file : read.log().skipped()) {
                getLog().debug("Not an ADR, skipped: " + file);
            }
            for (var adr : read.log().adrs()) {
                getLog().debug(adr.file() + ": read as " + adr.dialect().id() + " (" + adr.dialectReason() + ")");
            }
        }
        return read;
    }

    /**
     * Writes {@code target/adr/adrs.json}, the model of the log, the same file {@code adr:index} writes, with each ADR's
     * citations in the code when the sources were scanned.
     */
    private void writeModel(AdrLog log, CodeCitations cited) throws MojoExecutionException {
        Path file = outputDirectory().resolve(AdrProperties.ADRS_JSON);
        try {
            AdrsJsonWriter.write(log, cited, file);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + shown(file) + ": " + e.getMessage(), e);
        }
    }

    private Path writeJson(ValidationResult result) throws MojoExecutionException {
        Path file = outputDirectory().resolve(ValidationJsonWriter.FILE_NAME);
        try {
            new ValidationJsonWriter().write(result, file);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + shown(file) + ": " + e.getMessage(), e);
        }
        return file;
    }

    private void printFindings(ValidationResult result, Path json) {
        // under -T the lines of several modules interleave: name the module when the build has more than one
        String prefix = multiModule() ? "[" + moduleName() + "] " : "";
        ConsoleReport report = new ConsoleReport(maxFindings, shown(knownFindingsPath()));
        for (ConsoleLine line : report.lines(result, relativeDirectory(), shown(json))) {
            switch (line.level()) {
                case ERROR -> getLog().error(prefix + line.text());
                case WARNING -> getLog().warn(prefix + line.text());
                default -> getLog().info(prefix + line.text());
            }
        }
    }

    private void failIfNeeded(ValidationResult result, Path json) throws MojoFailureException {
        Optional<String> failure = new FailurePolicy(failOnViolation, failOnWarning)
                .failure(result, relativeDirectory(), shown(json));
        if (failure.isPresent()) {
            throw new MojoFailureException(failure.get());
        }
    }

    /** Whether the build has more than one project. */
    private boolean multiModule() {
        return session != null && session.getProjects() != null && session.getProjects().size() > 1;
    }

    /** The module's name as users know it: its artifactId (the base directory's name without a project). */
    private String moduleName() {
        if (project != null && project.getArtifactId() != null) {
            return project.getArtifactId();
        }
        return baseDirectory().getFileName() == null ? "." : baseDirectory().getFileName().toString();
    }

    /**
     * Whether a missing ADR directory is passed over with one debug line: in a module of a multi-module build, where
     * most modules have no log, unless the user set a directory of their own (then it is a mistake worth a warning).
     */
    private boolean quietWhenMissing() {
        Path defaultDirectory = baseDirectory().resolve("docs/adr").normalize();
        return multiModule() && adrDirectory().equals(defaultDirectory);
    }

    /** Whether this execution checks numbers across the reactor: {@code adr.numberScope=reactor} on the root. */
    private boolean reactorNumbersHere() throws MojoExecutionException {
        String scope = numberScope == null ? "log" : numberScope.trim().toLowerCase(Locale.ROOT);
        if (scope.isEmpty() || scope.equals("log")) {
            return false;
        }
        if (!scope.equals("reactor")) {
            throw new MojoExecutionException(AdrProperties.NUMBER_SCOPE + " is '" + numberScope
                    + "'; use log or reactor");
        }
        return project != null && session != null && project.isExecutionRoot()
                && ReactorSupport.hasModulesBelow(project, session.getProjects());
    }

    /** Adds the findings of numbers taken in two modules' logs, paths relative to this (the root) project. */
    private ValidationResult withReactorNumbers(ValidationResult result, ValidationConfig config)
            throws MojoExecutionException {
        List<ModuleLog> modules = ReactorSupport.read(ReactorSupport.modules(project, session.getProjects()),
                baseDirectory(), readOptions(), validationConfig());
        Severity severity = config.severities().getOrDefault(ReactorNumbers.RULE, Severity.ERROR);
        List<Finding> all = new ArrayList<>(result.findings());
        all.addAll(ReactorNumbers.check(modules, severity));
        getLog().info("ADR numbers checked across the reactor (" + AdrProperties.NUMBER_SCOPE + "=reactor): "
                + modules.size() + " log" + (modules.size() == 1 ? "" : "s") + ".");
        return new ValidationResult(result.log(), all);
    }

    /** Scans the project's sources for citations of the log's ADRs, unless switched off or there is no log. */
    private CodeCitations scanCitations(AdrLog log) throws MojoExecutionException {
        if (!citations || log.size() == 0) {
            return CodeCitations.none();
        }
        return CitationSupport.scan(getLog(), project, baseDirectory(), adrDirectory(), relativeDirectory(),
                citationRoots,
                citationFileTypes);
    }

    /** A path as shown to the user: relative to the base directory with forward slashes when it lies below it. */
    protected String shown(Path path) {
        Path base = baseDirectory();
        Path p = path.toAbsolutePath().normalize();
        return p.startsWith(base) ? base.relativize(p).toString().replace(File.separatorChar, '/') : p.toString();
    }
}
