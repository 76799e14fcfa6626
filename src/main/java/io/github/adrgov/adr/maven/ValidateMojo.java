package io.github.adrgov.adr.maven;

import io.github.adrgov.adr.config.StatusTransitions;
import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.index.AdrsJsonWriter;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.BaselineSnapshot;
import io.github.adrgov.adr.output.ConsoleLine;
import io.github.adrgov.adr.output.ConsoleReport;
import io.github.adrgov.adr.output.FailurePolicy;
import io.github.adrgov.adr.output.GitHubAnnotations;
import io.github.adrgov.adr.output.ValidationJsonWriter;
import io.github.adrgov.adr.result.ValidationResult;
import io.github.adrgov.adr.validate.Validator;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

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
        ValidationConfig config = validationConfig().statusTransitions(transitions()).build();
        AdrLog log;
        if (adrDirectoryPresent()) {
            log = read();
        } else if (baselineRequested()) {
            // the branch may have removed the whole log: compare an empty log with the baseline
            log = new AdrLog(relativeDirectory(), List.of(), List.of(), List.of());
        } else {
            return;
        }
        BaselineSnapshot snapshot = PreMergeSupport.baseline(getLog(), readOptions(), baseDirectory(),
                adrDirectory(), baseline, baselineMissing, log, environment, githubAnnotations, annotationOut);
        ValidationResult result = new Validator().validate(log, config, baseDirectory(), snapshot);
        Path json = writeJson(result);
        writeCiOutputs(result);
        writeModel(log);
        printFindings(result, json);
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

    private void writeCiOutputs(ValidationResult result) throws MojoExecutionException {
        List<Path> written = PreMergeSupport.writeOutputs(result, outputDirectory(), sarif, junit,
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
        getLog().warn(message + (baselineRequested() ? "; comparing an empty log with the baseline " + baseline.trim()
                + "." : ". Nothing was validated."));
        return false;
    }

    private boolean baselineRequested() {
        return baseline != null && !baseline.isBlank();
    }

    /** Reads the log, listing the files skipped as not being ADRs at debug level. */
    private AdrLog read() throws MojoExecutionException {
        AdrLog log = readLog();
        if (getLog().isDebugEnabled()) {
            for (String file : log.skipped()) {
                getLog().debug("Not an ADR, skipped: " + file);
            }
        }
        return log;
    }

    /** Writes {@code target/adr/adrs.json}, the model of the log, the same file {@code adr:index} writes. */
    private void writeModel(AdrLog log) throws MojoExecutionException {
        Path file = outputDirectory().resolve(AdrProperties.ADRS_JSON);
        try {
            AdrsJsonWriter.write(log, file);
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
        for (ConsoleLine line : new ConsoleReport(maxFindings).lines(result, relativeDirectory(), shown(json))) {
            switch (line.level()) {
                case ERROR -> getLog().error(line.text());
                case WARNING -> getLog().warn(line.text());
                default -> getLog().info(line.text());
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

    /** A path as shown to the user: relative to the base directory with forward slashes when it lies below it. */
    protected String shown(Path path) {
        Path base = baseDirectory();
        Path p = path.toAbsolutePath().normalize();
        return p.startsWith(base) ? base.relativize(p).toString().replace(File.separatorChar, '/') : p.toString();
    }
}
