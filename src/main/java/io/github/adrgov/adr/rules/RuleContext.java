package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.citations.CodeCitations;
import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.BaselineSnapshot;
import java.nio.file.Path;
import java.util.Optional;

/** What a rule sees: the log, the configuration, and where to report problems. */
public interface RuleContext {

    /** The log being checked, with its indexes. */
    AdrLog log();

    /** The configuration. */
    ValidationConfig config();

    /** The project base directory, against which every file path is relative; empty in tests without files. */
    Optional<Path> baseDir();

    /** The git baseline, when one was asked for and could be read. */
    Optional<BaselineSnapshot> baseline();

    /**
     * Whether the log counts as numbered: the configured numbering, or under {@code auto} whether at least half the
     * ADRs carry a number.
     */
    boolean numbered();

    /** The citations of ADRs found in the project's sources; none when the sources were not scanned. */
    default CodeCitations citations() {
        return CodeCitations.none();
    }

    /**
     * What not-an-adr and placeholder-text judged of each file from its text (see {@link TextVerdicts}); by default
     * worked out from the text when asked.
     */
    default TextVerdicts textVerdicts() {
        return TextVerdicts.fromText(config().statuses());
    }

    /** How the rules read the project's files besides the ADRs (link targets, the index file). */
    default ProjectFiles files() {
        return ProjectFiles.DIRECT;
    }

    /** Reports a problem in a file (path relative to the base directory), at a 1-based line or null. */
    void report(String file, Integer line, String message);

    /** Reports a problem in an ADR at a 1-based line; a line of 0 or less is reported as null (the whole file). */
    default void report(Adr adr, int line, String message) {
        report(adr.file(), line > 0 ? line : null, message);
    }
}
