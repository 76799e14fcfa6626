package io.github.adrgov.adr.maven;

import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.output.ConsoleLine;
import io.github.adrgov.adr.output.ConsoleReport;
import io.github.adrgov.adr.output.FailurePolicy;
import io.github.adrgov.adr.output.ValidationJsonWriter;
import io.github.adrgov.adr.result.ValidationResult;
import io.github.adrgov.adr.validate.Validator;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || validateSkip) {
            getLog().info("Skipping ADR validation (" + (skip ? AdrProperties.SKIP : AdrProperties.VALIDATE_SKIP)
                    + "=true).");
            return;
        }
        ValidationConfig config = validationConfig().build();
        if (!adrDirectoryPresent()) {
            return;
        }
        AdrLog log = read();
        ValidationResult result = new Validator().validate(log, config, baseDirectory(), null);
        Path json = writeJson(result);
        printFindings(result, json);
        failIfNeeded(result, json);
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
        getLog().warn(message + ". Nothing was validated.");
        return false;
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
