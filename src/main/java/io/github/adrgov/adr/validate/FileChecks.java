package io.github.adrgov.adr.validate;

import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.index.IndexSettings;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Dialect;
import io.github.adrgov.adr.parse.CacheFiles;
import io.github.adrgov.adr.parse.FileWork;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;
import io.github.adrgov.adr.rules.FileRule;
import io.github.adrgov.adr.rules.PlaceholderTextRule;
import io.github.adrgov.adr.rules.Rule;
import io.github.adrgov.adr.rules.TextVerdicts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@link FileRule}s of a validation run on one ADR at a time, as {@link FileWork}: the reader runs them while the
 * ADR's text is at hand and the parse cache keeps their findings with the ADR's model, so that an unchanged ADR is
 * never checked again. The fingerprint covers every part of the configuration but the date of today (no file rule
 * looks at the clock), so that findings cached under another configuration are never used.
 *
 * <p>The result of one ADR is the file's {@link TextVerdicts} (one byte), then, per enabled file rule in catalogue order, either its findings or a mark that the rule
 * failed on the file; a rule that failed anywhere is run again over the whole log, which says so as it always did.
 */
final class FileChecks implements FileWork {

    private static final int VERSION = 2;
    /** The verdict byte of a file whose verdicts could not be worked out: the log-wide step works them out again. */
    private static final int NO_VERDICT = 0xFF;
    private static final Severity[] SEVERITIES = Severity.values();

    private final List<FileRule> rules;
    private final List<Severity> severities;
    private final ValidationConfig config;
    private final String fingerprint;

    FileChecks(List<Rule> catalogue, ValidationConfig config) {
        this.config = config;
        this.rules = new ArrayList<>();
        this.severities = new ArrayList<>();
        for (Rule r : catalogue) {
            Severity s = config.severities().getOrDefault(r.id(), r.defaultSeverity());
            if (r instanceof FileRule fr && s != Severity.OFF) {
                rules.add(fr);
                severities.add(s);
            }
        }
        this.fingerprint = fingerprint(rules, severities, config);
    }

    /** The file rules this run checks each ADR with, in catalogue order. */
    List<FileRule> rules() {
        return rules;
    }

    @Override
    public String fingerprint() {
        return fingerprint;
    }

    @Override
    public byte[] apply(Adr adr) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(VERSION);
            out.writeInt(rules.size());
            int verdict;
            PlaceholderTextRule.Scan placeholders = null;
            try {
                // one scan for placeholders serves the unfilled-template verdict and placeholder-text's findings
                placeholders = PlaceholderTextRule.Scan.of(adr);
                verdict = TextVerdicts.Verdict.of(adr, config.statuses(), placeholders).bits();
            } catch (RuntimeException | StackOverflowError e) {
                verdict = NO_VERDICT;
            }
            out.writeByte(verdict);
            for (int i = 0; i < rules.size(); i++) {
                FileRule rule = rules.get(i);
                List<Finding> found = new ArrayList<>();
                boolean failed = false;
                try {
                    OneFile ctx = new OneFile(rule.id(), severities.get(i), config, found);
                    if (rule instanceof PlaceholderTextRule p && placeholders != null) {
                        p.check(adr, ctx, placeholders);
                    } else {
                        rule.check(adr, ctx);
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    failed = true;
                }
                CacheFiles.writeString(out, rule.id());
                out.writeBoolean(failed);
                out.writeInt(failed ? 0 : found.size());
                if (!failed) {
                    for (Finding f : found) {
                        out.writeByte(f.severity().ordinal());
                        CacheFiles.writeString(out, f.file());
                        out.writeInt(f.line() == null ? -1 : f.line());
                        CacheFiles.writeString(out, f.message());
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot happen: writing to memory", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads one ADR's result into {@code findings} (by rule id), adding the ids of rules that failed to
     * {@code failed}; false when the bytes are not a result of these rules (then the caller checks the ADR afresh).
     */
    boolean read(byte[] result, Map<String, List<Finding>> findings, List<String> failed) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(result))) {
            if (in.readInt() != VERSION || in.readInt() != rules.size()) {
                return false;
            }
            in.readUnsignedByte(); // the verdicts, see verdict(byte[])
            Map<String, List<Finding>> mine = new TreeMap<>();
            List<String> broke = new ArrayList<>();
            for (FileRule rule : rules) {
                if (!rule.id().equals(CacheFiles.readString(in))) {
                    return false;
                }
                boolean ruleFailed = in.readBoolean();
                int n = in.readInt();
                List<Finding> list = new ArrayList<>(n);
                for (int j = 0; j < n; j++) {
                    Severity s = SEVERITIES[in.readByte()];
                    String file = CacheFiles.readString(in);
                    int line = in.readInt();
                    list.add(new Finding(rule.id(), s, file, line < 0 ? null : line, CacheFiles.readString(in)));
                }
                if (ruleFailed) {
                    broke.add(rule.id());
                }
                mine.put(rule.id(), list);
            }
            if (in.available() != 0) {
                return false;
            }
            mine.forEach((id, list) -> findings.computeIfAbsent(id, k -> new ArrayList<>()).addAll(list));
            failed.addAll(broke);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The text verdicts in one ADR's result, or null when the bytes hold none of this layout. */
    TextVerdicts.Verdict verdict(byte[] result) {
        if (result == null || result.length < 9) {
            return null;
        }
        int version = ByteBuffer.wrap(result).getInt(0); // as DataOutputStream wrote it: big-endian
        int bits = result[8] & 0xFF;
        return version != VERSION || bits == NO_VERDICT ? null : TextVerdicts.Verdict.ofBits(bits);
    }

    private static String fingerprint(List<FileRule> rules, List<Severity> severities, ValidationConfig config) {
        StringBuilder sb = new StringBuilder("file-checks ").append(VERSION).append('\n');
        for (int i = 0; i < rules.size(); i++) {
            sb.append("rule ").append(rules.get(i).id()).append('=').append(severities.get(i)).append('\n');
        }
        new TreeMap<>(config.severities()).forEach((k, v) -> sb.append("severity ").append(k).append('=').append(v)
                .append('\n'));
        sb.append("statuses ").append(new TreeMap<>(config.statuses().words())).append('\n');
        for (Dialect d : Dialect.values()) {
            sb.append("sections ").append(d).append('=').append(config.requiredSections(d)).append('\n');
            sb.append("fields ").append(d).append('=').append(config.requiredFields(d)).append('\n');
        }
        sb.append("numbering ").append(config.numbering()).append('\n');
        // the layout and columns by name: a record's toString is linked at first use, 7 ms of an unchanged build
        sb.append("index ").append(config.indexFile()).append(' ').append(config.indexSettings().layout().name());
        for (IndexSettings.Column c : config.indexSettings().columns()) {
            sb.append(' ').append(c.name());
        }
        sb.append('\n');
        sb.append("transitions ").append(config.statusTransitions()).append('\n');
        return CacheFiles.sha256Hex(sb.toString());
    }

    /** What a file rule sees besides its ADR: the configuration, and where its findings go. */
    private static final class OneFile implements FileRule.FileContext {
        private final String ruleId;
        private final Severity severity;
        private final ValidationConfig config;
        private final List<Finding> sink;

        OneFile(String ruleId, Severity severity, ValidationConfig config, List<Finding> sink) {
            this.ruleId = ruleId;
            this.severity = severity;
            this.config = config;
            this.sink = sink;
        }

        @Override public ValidationConfig config() { return config; }

        @Override
        public void report(String file, Integer line, String message) {
            sink.add(new Finding(ruleId, severity, file, line, message));
        }
    }
}
