package io.github.adrgov.adr.validate;

import io.github.adrgov.adr.citations.CodeCitations;
import io.github.adrgov.adr.config.NumberingMode;
import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.BaselineSnapshot;
import io.github.adrgov.adr.parse.CacheFiles;
import io.github.adrgov.adr.parse.FileWork;
import io.github.adrgov.adr.parse.LogReader;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;
import io.github.adrgov.adr.result.ValidationResult;
import io.github.adrgov.adr.rules.FileRule;
import io.github.adrgov.adr.rules.NotAnAdrRule;
import io.github.adrgov.adr.rules.PlaceholderTextRule;
import io.github.adrgov.adr.rules.ProjectFiles;
import io.github.adrgov.adr.rules.Rule;
import io.github.adrgov.adr.rules.RuleContext;
import io.github.adrgov.adr.rules.Rules;
import io.github.adrgov.adr.rules.TextVerdicts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        // a file with no ADR structure is one not-an-adr note, an unfilled template one placeholder-text finding;
        // no other rule looks at them
        AdrLog checked = NotAnAdrRule.withoutNonAdrs(log, config.statuses());
        boolean numbered = isNumbered(checked, config);
        for (Rule rule : rules) {
            run(rule, seenBy(rule, log, checked), config, baseDir, baseline, numbered, findings, citations,
                    TextVerdicts.fromText(config.statuses()), ProjectFiles.DIRECT);
        }
        return new ValidationResult(log, findings);
    }

    /** The log a rule looks at: not-an-adr and placeholder-text see every file, the others only the ADRs. */
    private static AdrLog seenBy(Rule rule, AdrLog log, AdrLog checked) {
        return rule instanceof NotAnAdrRule || rule instanceof PlaceholderTextRule ? log : checked;
    }

    /**
     * The checks of one file ({@link FileRule}s) under this configuration, for the reader to do on each ADR while its
     * text is at hand: {@code new LogReader(options).read(base, dir, validator.fileChecks(config))}. Their results are
     * cached with the models, keyed by the configuration.
     */
    public FileWork fileChecks(ValidationConfig config) {
        return new FileChecks(rules, config);
    }

    /**
     * Validates a log read with {@link #fileChecks(ValidationConfig)}: the findings of the file rules come from what
     * the reader did (or took from the cache) for each ADR; the rules about the whole log run on the model. The
     * findings are the same as those of {@link #validate(AdrLog, ValidationConfig, Path, BaselineSnapshot)}.
     *
     * @param read   what the reader gave
     * @param checks the work the reader was given, from {@link #fileChecks(ValidationConfig)} with this config
     */
    public ValidationResult validate(LogReader.Result read, FileWork checks, ValidationConfig config, Path baseDir,
            BaselineSnapshot baseline) {
        return validate(read, checks, config, baseDir, baseline, CodeCitations.none());
    }

    /** As {@link #validate(LogReader.Result, FileWork, ValidationConfig, Path, BaselineSnapshot)}, with the citations
     * of the log's ADRs found in the project's sources. */
    public ValidationResult validate(LogReader.Result read, FileWork checks, ValidationConfig config, Path baseDir,
            BaselineSnapshot baseline, CodeCitations citations) {
        return validate(read, checks, config, baseDir, baseline, citations, null);
    }

    /**
     * As {@link #validate(LogReader.Result, FileWork, ValidationConfig, Path, BaselineSnapshot, CodeCitations)},
     * taking the findings from the last build's memo in {@code memoDir} when everything they were made of is as it
     * was (see {@link FindingsMemo}), and leaving a memo of this build's findings there.
     *
     * @param memoDir the cache directory (e.g. {@code target/adr/cache}), or null for no memo
     */
    public ValidationResult validate(LogReader.Result read, FileWork checks, ValidationConfig config, Path baseDir,
            BaselineSnapshot baseline, CodeCitations citations, Path memoDir) {
        if (!(checks instanceof FileChecks fc)) {
            throw new IllegalArgumentException("checks must come from fileChecks(config)");
        }
        if (memoDir == null || baseDir == null) {
            return run(read, fc, config, baseDir, baseline, citations, ProjectFiles.DIRECT);
        }
        FindingsMemo memo = FindingsMemo.at(memoDir, read.log().directory() == null ? "" : read.log().directory());
        String key = baseline == null ? memoKey(read, fc, config, baseDir, citations) : null;
        if (key == null) {
            memo.forget();
            return run(read, fc, config, baseDir, baseline, citations, ProjectFiles.DIRECT);
        }
        Optional<List<Finding>> known = memo.lookup(key);
        if (known.isPresent()) {
            return new ValidationResult(read.log(), known.get());
        }
        FindingsMemo.Recording looks = new FindingsMemo.Recording();
        ValidationResult result = run(read, fc, config, baseDir, baseline, citations, looks);
        memo.store(key, looks, result.findings());
        return result;
    }

    /**
     * The key of a memo of this validation: what the log was read from, the rules and the configuration, the day,
     * the base directory and the citations; null when the log's input is not known (read without a cache).
     */
    private String memoKey(LogReader.Result read, FileChecks fc, ValidationConfig config, Path baseDir,
            CodeCitations citations) {
        if (read.inputDigest() == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder("findings 1\n").append(read.inputDigest()).append('\n')
                .append(fc.fingerprint()).append('\n');
        for (Rule r : rules) {
            sb.append("rule ").append(r.id()).append(' ').append(r.defaultSeverity()).append('\n');
        }
        sb.append("today ").append(config.today()).append('\n');
        sb.append("base ").append(baseDir.toAbsolutePath().normalize()).append('\n');
        sb.append("citations ").append(citations.fingerprint()).append('\n');
        return CacheFiles.sha256Hex(sb.toString());
    }

    private ValidationResult run(LogReader.Result read, FileChecks fc, ValidationConfig config, Path baseDir,
            BaselineSnapshot baseline, CodeCitations citations, ProjectFiles files) {
        AdrLog log = read.log();
        Map<String, List<Finding>> byRule = new HashMap<>();
        Set<String> failed = new HashSet<>();
        List<String> failedHere = new ArrayList<>();
        Map<String, TextVerdicts.Verdict> verdictOf = new HashMap<>();
        for (Adr adr : log.adrs()) {
            byte[] done = read.work().get(adr.file());
            if (done == null || !fc.read(done, byRule, failedHere)) {
                done = fc.apply(adr);
                fc.read(done, byRule, failedHere);
            }
            TextVerdicts.Verdict v = fc.verdict(done);
            if (v != null) {
                verdictOf.put(adr.file(), v);
            }
            failed.addAll(failedHere);
            failedHere.clear();
        }
        TextVerdicts verdicts = TextVerdicts.known(verdictOf, config.statuses());
        Set<String> fromFiles = new HashSet<>();
        for (Rule r : fc.rules()) {
            fromFiles.add(r.id());
        }
        List<Finding> findings = new ArrayList<>();
        AdrLog checked = NotAnAdrRule.withoutNonAdrs(log, verdicts);
        Set<String> adrFiles = new HashSet<>();
        for (Adr adr : checked.adrs()) {
            adrFiles.add(adr.file());
        }
        boolean numbered = isNumbered(checked, config);
        for (Rule rule : rules) {
            AdrLog seen = seenBy(rule, log, checked);
            if (fromFiles.contains(rule.id()) && !failed.contains(rule.id())) {
                for (Finding f : byRule.getOrDefault(rule.id(), List.of())) {
                    if (seen == log || adrFiles.contains(f.file())) {
                        findings.add(f);
                    }
                }
            } else {
                run(rule, seen, config, baseDir, baseline, numbered, findings, citations, verdicts, files);
            }
        }
        return new ValidationResult(log, findings);
    }

    /**
     * The text verdicts of each ADR of a log read with {@link #fileChecks(ValidationConfig)} (see
     * {@link TextVerdicts}): from what the reader did or took from the cache, else from the file's text.
     */
    public TextVerdicts textVerdicts(LogReader.Result read, FileWork checks, ValidationConfig config) {
        Map<String, TextVerdicts.Verdict> verdictOf = new HashMap<>();
        if (checks instanceof FileChecks fc) {
            read.work().forEach((file, done) -> {
                TextVerdicts.Verdict v = fc.verdict(done);
                if (v != null) {
                    verdictOf.put(file, v);
                }
            });
        }
        return TextVerdicts.known(verdictOf, config.statuses());
    }

    private static void run(Rule rule, AdrLog log, ValidationConfig config, Path baseDir, BaselineSnapshot baseline,
            boolean numbered, List<Finding> findings, CodeCitations citations, TextVerdicts verdicts,
            ProjectFiles files) {
        Severity severity = config.severities().getOrDefault(rule.id(), rule.defaultSeverity());
        if (severity == Severity.OFF) {
            return;
        }
        Context context = new Context(rule.id(), severity, log, config, baseDir, baseline, numbered, findings,
                citations, verdicts, files);
        try {
            rule.check(context);
        } catch (RuntimeException | StackOverflowError e) {
            // a defect of ours must not hide the other rules' findings behind a stack trace
            context.report(log.directory() == null || log.directory().isEmpty() ? "." : log.directory(), null,
                    "Rule " + rule.id() + " failed on this log (" + e + "); switch it off with <rules><"
                            + rule.id() + ">off</" + rule.id() + "></rules> and report the problem.");
        }
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
        private final TextVerdicts verdicts;
        private final ProjectFiles files;

        Context(String ruleId, Severity severity, AdrLog log, ValidationConfig config, Path baseDir,
                BaselineSnapshot baseline, boolean numbered, List<Finding> sink, CodeCitations citations,
                TextVerdicts verdicts, ProjectFiles files) {
            this.files = files;
            this.citations = citations;
            this.verdicts = verdicts;
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

        @Override public TextVerdicts textVerdicts() { return verdicts; }

        @Override public ValidationConfig config() { return config; }

        @Override public Optional<Path> baseDir() { return Optional.ofNullable(baseDir); }

        @Override public Optional<BaselineSnapshot> baseline() { return Optional.ofNullable(baseline); }

        @Override public boolean numbered() { return numbered; }

        @Override public CodeCitations citations() { return citations; }

        @Override public ProjectFiles files() { return files; }

        @Override
        public void report(String file, Integer line, String message) {
            sink.add(new Finding(ruleId, severity, file, line, message));
        }
    }
}
