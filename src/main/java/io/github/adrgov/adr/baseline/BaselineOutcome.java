package io.github.adrgov.adr.baseline;

import io.github.adrgov.adr.model.BaselineSnapshot;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a git baseline gave: the snapshot, or why there is none, with a message a user can act on.
 *
 * @param kind            what happened
 * @param snapshot        the logs on the baseline; present only for {@link Kind#LOADED}
 * @param message         one or two sentences for the build log (for {@link Kind#LOADED}, what was compared)
 * @param tipCommit       abbreviated commit id of the baseline tip, or null
 * @param mergeBaseCommit abbreviated commit id of the merge base, or null
 */
public record BaselineOutcome(Kind kind, BaselineSnapshot snapshot, String message, String tipCommit,
                              String mergeBaseCommit) {

    /** The kinds of outcome. */
    public enum Kind {
        /** The baseline was read: the baseline rules run. */
        LOADED,
        /** No baseline was asked for: the baseline rules stay silent. */
        NOT_CONFIGURED,
        /** The project is not inside a git repository: skipped with one line. */
        NOT_A_REPOSITORY,
        /** The ref does not exist in this clone (typically a shallow or single-branch CI checkout). */
        REF_MISSING,
        /** The ref exists but HEAD and it have no common commit here (shallow history, or unrelated histories). */
        MERGE_BASE_MISSING,
        /** The repository could not be read. */
        FAILED
    }

    public BaselineOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        if ((kind == Kind.LOADED) != (snapshot != null)) {
            throw new IllegalArgumentException("a snapshot comes with LOADED and only then");
        }
    }

    /** The snapshot, when loaded. */
    public Optional<BaselineSnapshot> baseline() {
        return Optional.ofNullable(snapshot);
    }

    /**
     * Whether the user asked for a baseline that could not be had here: a missing ref or merge base. Such an outcome
     * fails the build unless the user chose to only warn.
     */
    public boolean isMissing() {
        return kind == Kind.REF_MISSING || kind == Kind.MERGE_BASE_MISSING;
    }

    /**
     * The outcome when no baseline ref is given ({@code ref} null or blank), or null when one is: then
     * {@link GitBaseline#load} reads it. Asked first, so that a build without a baseline never loads JGit.
     */
    public static BaselineOutcome ifNotConfigured(String ref) {
        return ref == null || ref.isBlank() ? of(Kind.NOT_CONFIGURED,
                "No ADR baseline configured (adr.baseline): the baseline rules are skipped.") : null;
    }

    static BaselineOutcome of(Kind kind, String message) {
        return new BaselineOutcome(kind, null, message, null, null);
    }
}
