package io.github.adrgov.adr.maven;

import io.github.adrgov.adr.baseline.BaselineOutcome;
import io.github.adrgov.adr.baseline.GitBaseline;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.BaselineSnapshot;
import io.github.adrgov.adr.output.Documentation;
import io.github.adrgov.adr.output.GitHubAnnotations;
import io.github.adrgov.adr.output.JUnitXmlWriter;
import io.github.adrgov.adr.output.SarifWriter;
import io.github.adrgov.adr.parse.ReadOptions;
import io.github.adrgov.adr.result.Severity;
import io.github.adrgov.adr.result.ValidationResult;
import io.github.adrgov.adr.rules.Rules;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * The pre-merge steps of {@code adr:validate}, kept out of the mojo: reading the git baseline and turning its outcome
 * into log lines or a failure, and writing the CI outputs (SARIF, JUnit XML, GitHub annotations). Adapter code only:
 * the work is done by {@link GitBaseline} and the writers of the {@code output} package.
 */
final class PreMergeSupport {

    /** File name of the SARIF log under {@code target/adr}. */
    static final String SARIF_FILE = "validation.sarif";
    /** File name of the JUnit XML report under {@code target/adr}; {@code TEST-*.xml} as test-report tools expect. */
    static final String JUNIT_FILE = "TEST-adr-validation.xml";

    private PreMergeSupport() {
    }

    /**
     * Reads the baseline named by {@code ref}, or returns null when there is none to compare with.
     *
     * @param missing {@code fail} or {@code warn}: what to do when the ref or the merge base is not in the clone
     * @throws MojoExecutionException when the baseline is missing and {@code missing} is {@code fail}, when git
     *                                cannot be read, or when {@code missing} is neither value
     */
    static BaselineSnapshot baseline(Log log, ReadOptions options, Path baseDir, Path adrDir, String ref,
                                     String missing, AdrLog onDisk, Map<String, String> env)
            throws MojoExecutionException {
        return baseline(log, options, baseDir, adrDir, ref, missing, onDisk, env, "false", null);
    }

    /**
     * As {@link #baseline(Log, ReadOptions, Path, Path, String, String, AdrLog, Map)}, and a missing baseline (ref or
     * merge base) is also printed as a GitHub annotation when annotations are on, so that a pull request shows why
     * its pre-merge checks did not run or failed.
     */
    static BaselineSnapshot baseline(Log log, ReadOptions options, Path baseDir, Path adrDir, String ref,
                                     String missing, AdrLog onDisk, Map<String, String> env,
                                     String annotations, PrintStream out)
            throws MojoExecutionException {
        boolean warnOnly = warnOnly(missing);
        BaselineOutcome outcome = BaselineOutcome.ifNotConfigured(ref);
        if (outcome == null) { // only now is JGit loaded
            outcome = new GitBaseline(options).load(baseDir, adrDir, ref, onDisk);
        }
        switch (outcome.kind()) {
            case NOT_CONFIGURED:
                pullRequestHint(env).ifPresent(log::info);
                return null;
            case NOT_A_REPOSITORY:
                log.info(outcome.message());
                return null;
            case LOADED:
                log.info(outcome.message());
                return outcome.snapshot();
            case REF_MISSING:
            case MERGE_BASE_MISSING:
                if (warnOnly) {
                    String warning = outcome.message() + " Validating without the baseline ("
                            + AdrProperties.BASELINE_MISSING + "=warn).";
                    log.warn(warning);
                    annotateBuild(Severity.WARNING, warning, annotations, env, out);
                    return null;
                }
                log.error(outcome.message());
                annotateBuild(Severity.ERROR, outcome.message(), annotations, env, out);
                throw new MojoExecutionException(outcome.message());
            default:
                log.error(outcome.message());
                throw new MojoExecutionException(outcome.message());
        }
    }

    /** CI variables that name the target branch of a pull request, in the order they are looked at. */
    private static final String[][] TARGET_VARIABLES = {
        {"GITHUB_BASE_REF", "GitHub Actions"},
        {"CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "GitLab CI"},
        {"CHANGE_TARGET", "Jenkins"},
    };

    /**
     * When the build runs for a pull request in a CI that names its target branch, one line saying how to check the
     * branch against it; empty otherwise. The baseline is never turned on by itself: the clone may be shallow.
     */
    static Optional<String> pullRequestHint(Map<String, String> env) {
        for (String[] v : TARGET_VARIABLES) {
            String target = env.get(v[0]);
            if (target != null && !target.isBlank()) {
                return Optional.of("This " + v[1] + " build is for a pull request into '" + target.trim() + "' ("
                        + v[0] + "); to check that it keeps accepted ADRs and numbers intact, run with -D"
                        + AdrProperties.BASELINE + "=origin/" + target.trim() + " and a full clone (see " + Documentation.ciGuide() + ").");
            }
        }
        return Optional.empty();
    }

    private static boolean warnOnly(String missing) throws MojoExecutionException {
        String m = missing == null ? "fail" : missing.trim().toLowerCase(Locale.ROOT);
        if (m.equals("fail") || m.isEmpty()) {
            return false;
        }
        if (m.equals("warn") || m.equals("warning")) {
            return true;
        }
        throw new MojoExecutionException(AdrProperties.BASELINE_MISSING + " is '" + missing + "'; use fail or warn");
    }

    /**
     * Writes the CI outputs that are switched on and prints GitHub annotations when asked to.
     *
     * @return the files written, for one log line
     */
    static List<Path> writeOutputs(ValidationResult result, Path outputDir, boolean sarif, boolean junit,
                                   String module, boolean failOnWarning, String pluginVersion, String uriPrefix)
            throws MojoExecutionException {
        List<Path> written = new ArrayList<>();
        Path file = null;
        try {
            if (sarif) {
                file = outputDir.resolve(SARIF_FILE);
                new SarifWriter(pluginVersion == null ? "unknown" : pluginVersion, Rules.all(), uriPrefix)
                        .write(result, file);
                written.add(file);
            }
            if (junit) {
                file = outputDir.resolve(JUNIT_FILE);
                new JUnitXmlWriter(failOnWarning, module).write(result, file);
                written.add(file);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        return written;
    }

    /** One workflow command about the build (not a file), when annotations are on. */
    private static void annotateBuild(Severity severity, String message, String setting, Map<String, String> env,
                                      PrintStream out) throws MojoExecutionException {
        if (out == null) {
            return;
        }
        boolean on;
        try {
            on = GitHubAnnotations.enabled(setting, env);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        if (on) {
            out.println(GitHubAnnotations.line(severity, "ADR baseline", message));
            out.flush();
        }
    }

    /** Prints GitHub workflow commands, one per finding, when switched on (by default under GitHub Actions). */
    static boolean annotate(ValidationResult result, Path baseDir, String setting, Map<String, String> env,
                            PrintStream out) throws MojoExecutionException {
        boolean on;
        try {
            on = GitHubAnnotations.enabled(setting, env);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        if (on) {
            for (String line : GitHubAnnotations.lines(result.findings(), GitHubAnnotations.pathPrefix(baseDir, env))) {
                out.println(line);
            }
            out.flush();
        }
        return on;
    }
}
