package io.github.adrgov.adr.edit;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file's planned change: a new file ({@code before} null) or new text for an existing one.
 *
 * @param file   the file to write (absolute, or relative to the working directory)
 * @param path   its path as shown to the user and in diffs, relative to the project base directory, forward slashes
 * @param before the text as read, or null when the file is new
 * @param after  the text to write
 */
public record FileChange(Path file, String path, LineText before, LineText after) {

    public FileChange {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(after, "after");
    }

    /** Whether this creates the file. */
    public boolean isNew() {
        return before == null;
    }

    /** Whether writing it would change anything on disk. */
    public boolean changes() {
        return before == null || !before.equals(after);
    }

    /** The unified diff of this change ({@code ""} when nothing changes). */
    public String diff() {
        return UnifiedDiff.of(path, before, after);
    }
}
