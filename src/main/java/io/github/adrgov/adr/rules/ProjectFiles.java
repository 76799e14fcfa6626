package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.index.IndexFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the rules about the whole log read of the project's files besides the ADRs' models: whether a link's target
 * exists, the names in its folder (for the file a broken link meant), the index file's bytes. Every such read goes
 * through this, so that a validator can record what the findings depended on (see
 * {@code io.github.adrgov.adr.validate.FindingsMemo}) and tell on the next build whether any of it changed.
 */
public interface ProjectFiles extends IndexFile.Reads {

    /** Whether the path is a directory (following links). */
    boolean isDirectory(Path path);

    /** The names of the entries of a directory, sorted. */
    List<String> names(Path directory) throws IOException;

    /** The file system itself. */
    ProjectFiles DIRECT = new ProjectFiles() {
        @Override
        public boolean exists(Path path) {
            return Files.exists(path);
        }

        @Override
        public boolean isRegularFile(Path path) {
            return Files.isRegularFile(path);
        }

        @Override
        public boolean isDirectory(Path path) {
            return Files.isDirectory(path);
        }

        @Override
        public List<String> names(Path directory) throws IOException {
            try (Stream<Path> files = Files.list(directory)) {
                return files.map(f -> f.getFileName().toString()).sorted().toList();
            }
        }

        @Override
        public byte[] bytes(Path file) throws IOException {
            return Files.readAllBytes(file);
        }
    };
}
