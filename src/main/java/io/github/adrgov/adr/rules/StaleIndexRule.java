package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.index.IndexFile;
import io.github.adrgov.adr.index.IndexFileException;
import io.github.adrgov.adr.index.IndexRenderer;
import io.github.adrgov.adr.result.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code stale-index}: the marked block of the committed index file differs from what {@code adr:index} would write
 * for the log as it is. A file without markers (a hand-kept README) is not an index of ours and is left alone; so is
 * a missing file. Broken markers are reported, since {@code adr:index} would refuse to update the file.
 */
public final class StaleIndexRule implements Rule {

    @Override
    public String id() {
        return "stale-index";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "The marked block of the committed ADR index differs from what adr:index would write.";
    }

    @Override public String example() {
        return """
                ==> docs/adr/0001-use-postgresql.md <==
                # 1. Use PostgreSQL

                Date: 2025-01-15

                ## Status

                Accepted

                ## Context

                The orders service needs a place to keep orders.

                ## Decision

                We will use PostgreSQL.

                ## Consequences

                We run one more database.
                ==> docs/adr/README.md <==
                # Decisions

                <!-- adr-index:start -->
                | Number | Title | Status | Date |
                | --- | --- | --- | --- |
                <!-- adr-index:end -->
                """;
    }

    @Override public String fix() {
        return """
                Run `mvn adr:index` and commit the index it writes. Only the block between the markers is compared; a README
                without markers is never checked.""";
    }

    @Override public String configuration() {
        return """
                `adr.index.file`, `adr.index.layout` and `adr.index.columns` must be the same for `adr:validate` as for
                `adr:index`: set them in the plugin's `<configuration>`.""";
    }

    @Override
    public void check(RuleContext context) {
        String indexFile = context.config().indexFile();
        Optional<Path> baseDir = context.baseDir();
        if (indexFile == null || baseDir.isEmpty()) {
            return;
        }
        Optional<String> text;
        try {
            text = IndexFile.read(baseDir.get().resolve(indexFile), indexFile, context.files());
        } catch (IndexFileException e) {
            return; // not UTF-8: we never wrote it, so it is not an index of ours
        } catch (IOException e) {
            context.report(indexFile, null, "The ADR index file cannot be read (" + e.getMessage()
                    + "), so it cannot be checked against the ADR files.");
            return;
        }
        if (text.isEmpty()) {
            return;
        }
        Optional<IndexFile.Markers> markers;
        try {
            markers = IndexFile.find(text.get(), indexFile);
        } catch (IndexFileException e) {
            context.report(indexFile, e.line(), "The ADR index cannot be checked or updated: " + e.problem());
            return;
        }
        if (markers.isEmpty()) {
            return;
        }
        List<String> body = new IndexRenderer(context.config().indexSettings()).render(context.log(), indexFile);
        String expected = IndexFile.inner(body);
        String actual = IndexFile.inner(text.get(), markers.get());
        if (expected.equals(actual)) {
            return;
        }
        int differ = rowsThatDiffer(expected, actual);
        String what = differ == 0 ? "its summary or layout differs from the ADR files"
                : differ == 1 ? "1 row differs from the ADR files" : differ + " rows differ from the ADR files";
        context.report(indexFile, markers.get().startLine(),
                "The ADR index is out of date (" + what + "); run mvn adr:index to update it.");
    }

    /** How many table rows would change: the larger of rows missing from the file and rows only in the file. */
    static int rowsThatDiffer(String expected, String actual) {
        Map<String, Integer> counts = new HashMap<>();
        for (String row : rows(expected)) {
            counts.merge(row, 1, Integer::sum);
        }
        for (String row : rows(actual)) {
            counts.merge(row, -1, Integer::sum);
        }
        int missing = 0;
        int extra = 0;
        for (int c : counts.values()) {
            if (c > 0) {
                missing += c;
            } else {
                extra -= c;
            }
        }
        return Math.max(missing, extra);
    }

    private static List<String> rows(String block) {
        return block.lines().map(String::strip).filter(l -> l.startsWith("|") && l.contains("](")).toList();
    }
}
