package io.github.adrgov.adr.validate;

import io.github.adrgov.adr.citations.CodeCitations;
import io.github.adrgov.adr.config.NumberingMode;
import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.BaselineSnapshot;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;
import io.github.adrgov.adr.result.ValidationResult;
import io.github.adrgov.adr.rules.Rule;
import io.github.adrgov.adr.rules.RuleContext;
import io.github.adrgov.adr.rules.Rules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the rules over a log and gives the findings with their effective severities. Stateless and thread-safe.
 */
public final class Validator {

    private final List<Rule> rules;

    /** A validator over the whole catalogue. */
    public Validator() {
        this(Rules.all());
    }

    /** A validator over the given rules (tests, or a caller adding rules). */
    public Validator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * Validates a log.
     *
     * @param log      the log read from disk
     * @param config   the configuration
     * @param baseDir  the project base directory, or null when there is no file system to look at
     * @param baseline the git baseline, or null
     */
    public ValidationResult validate(AdrLog log, ValidationConfig config, Path baseDir, BaselineSnapshot baseline) {
        return validate(log, config, baseDir, baseline, CodeCitations.none());
    }

    /** Validates a log and the citations of its ADRs found in the project's sources. */
    public ValidationResult validate(AdrLog log, ValidationConfig config, Path baseDir, BaselineSnapshot baseline,
                                     CodeCitations citations) {
        List<Finding> findings = new ArrayList<>();
        boolean numbered = isNumbered(log, config);
        for (Rule rule : rules) {
            Severity severity = config.severities().getOrDefault(rule.id(), rule.defaultSeverity());
            if (severity == Severity.OFF) {
                continue;
            }
            Context context = new Context(rule.id(), severity, log, config, baseDir, baseline, numbered, findings,
                    citations);
            try {
                rule.check(context);
            } catch (RuntimeException | StackOverflowError e) {
                // a defect of ours must not hide the other rules' findings behind a stack trace
                context.report(log.directory() == null || log.directory().isEmpty() ? "." : log.directory(), null,
                        "Rule " + rule.id() + " failed on this log (" + e + "); switch it off with <rules><"
                                + rule.id() + ">off</" + rule.id() + "></rules> and report the problem.");
            }
        }
        return new ValidationResult(log, findings);
    }

    /** Whether the log counts as numbered under the configuration. */
    public static boolean isNumbered(AdrLog log, ValidationConfig config) {
        if (config.numbering() == NumberingMode.NUMBERED) {
            return true;
        }
        if (config.numbering() == NumberingMode.UNNUMBERED) {
            return false;
        }
        return log.size() > 0 && log.numberedCount() * 2 >= log.size();
    }

    private static final class Context implements RuleContext {
        private final String ruleId;
        private final Severity severity;
        private final AdrLog log;
        private final ValidationConfig config;
        private final Path baseDir;
        private final BaselineSnapshot baseline;
        private final boolean numbered;
        private final List<Finding> sink;
        private final CodeCitations citations;

        Context(String ruleId, Severity severity, AdrLog log, ValidationConfig config, Path baseDir,
                BaselineSnapshot baseline, boolean numbered, List<Finding> sink, CodeCitations citations) {
            this.citations = citations;
            this.ruleId = ruleId;
            this.severity = severity;
            this.log = log;
            this.config = config;
            this.baseDir = baseDir;
            this.baseline = baseline;
            this.numbered = numbered;
            this.sink = sink;
        }

        @Override public AdrLog log() { return log; }

        @Override public ValidationConfig config() { return config; }

        @Override public Optional<Path> baseDir() { return Optional.ofNullable(baseDir); }

        @Override public Optional<BaselineSnapshot> baseline() { return Optional.ofNullable(baseline); }

        @Override public boolean numbered() { return numbered; }

        @Override public CodeCitations citations() { return citations; }

        @Override
        public void report(String file, Integer line, String message) {
            sink.add(new Finding(ruleId, severity, file, line, message));
        }
    }
}
