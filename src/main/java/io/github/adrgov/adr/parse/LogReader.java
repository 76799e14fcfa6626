package io.github.adrgov.adr.parse;

import io.github.adrgov.adr.model.AdrLog;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads an ADR directory into an {@link AdrLog}: finds the files, decodes them strictly as UTF-8, parses each.
 * A file that cannot be read becomes an {@link io.github.adrgov.adr.model.UnreadableFile}, never an exception.
 */
public final class LogReader {

    private final ReadOptions options;

    public LogReader(ReadOptions options) {
        this.options = options;
    }

    /**
     * Reads the log.
     *
     * @param baseDir project base directory; file paths in the model are relative to it
     * @param adrDir  the ADR directory (must exist; the caller says plainly when it does not)
     * @throws IOException when the directory itself cannot be listed
     */
    public AdrLog read(Path baseDir, Path adrDir) throws IOException {
        // STUB: replaced by the real reader
        throw new UnsupportedOperationException("not yet");
    }
}
