package io.github.adrgov.adr.parse;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a file of the build's caches (the parse cache, the findings memo, the reports' stamps under
 * {@code target/adr/cache}) the way a concurrent reader may see it: the content goes to a temporary file beside it,
 * which is then moved over it (atomically where the file system can), so a reader sees the old file or the new one,
 * never a part. Not forced to disk: a cache lost in a crash costs one build a parse, and {@code fsync} on every build
 * would not be free. User files are written by {@code io.github.adrgov.adr.edit.AtomicWriter}, which is.
 */
public final class CacheFiles {

    /** What writes the new content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private CacheFiles() {
    }

    /** Writes {@code content} to a temporary file beside {@code target} and moves it over {@code target}. */
    public static void replace(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
