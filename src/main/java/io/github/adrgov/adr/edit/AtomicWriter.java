package io.github.adrgov.adr.edit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes whole files atomically inside one project directory: the bytes go to a temporary file in the target's own
 * directory, are forced to disk, and the temporary file is moved over the target with {@code ATOMIC_MOVE} (a plain
 * replacing move only where the file system cannot move atomically). A reader sees the old file or the new one, never
 * a part. A target outside the project, or one reached through a symbolic link that leads outside it, is refused; a
 * symbolic link inside the project is followed and the file it names is written, so the link stays a link. An
 * existing file keeps its POSIX permissions. Thread-safe (stateless apart from the root).
 */
public final class AtomicWriter {

    private final Path root;

    /** A writer that writes only below {@code projectRoot} (the Maven base directory). */
    public AtomicWriter(Path projectRoot) {
        this.root = Objects.requireNonNull(projectRoot, "projectRoot").toAbsolutePath().normalize();
    }

    /** The directory writes are confined to. */
    public Path root() {
        return root;
    }

    /** Writes {@code bytes} to {@code target}, replacing it if it exists. */
    public void write(Path target, byte[] bytes) throws EditException {
        write(target, bytes, false);
    }

    /** Writes {@code bytes} to a new file {@code target}; refuses when it exists (also when it is created meanwhile). */
    public void create(Path target, byte[] bytes) throws EditException {
        write(target, bytes, true);
    }

    private void write(Path target, byte[] bytes, boolean createOnly) throws EditException {
        Path file = target.toAbsolutePath().normalize();
        String shown = shown(file);
        if (!file.startsWith(root) || file.equals(root)) {
            throw new EditException(shown + ": is outside the project directory " + root + "; nothing was written");
        }
        Path realRoot = realRoot(shown);
        Path dest = file;
        if (Files.isSymbolicLink(file)) {
            if (createOnly) {
                throw new EditException(shown + ": already exists (as a symbolic link); nothing was written");
            }
            try {
                dest = file.toRealPath();
            } catch (IOException e) {
                throw new EditException(shown + ": is a symbolic link to a file that does not exist; nothing was written", e);
            }
            if (!dest.startsWith(realRoot)) {
                throw new EditException(shown + ": is a symbolic link that leads outside the project; nothing was written");
            }
        } else if (createOnly && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new EditException(shown + ": already exists; nothing was written");
        }
        Path dir = dest.getParent();
        try {
            Files.createDirectories(dir);
            Path realDir = dir.toRealPath();
            if (!realDir.startsWith(realRoot)) {
                throw new EditException(shown + ": its folder is reached through a symbolic link that leads outside"
                        + " the project; nothing was written");
            }
            dest = realDir.resolve(dest.getFileName().toString());
        } catch (EditException e) {
            throw e;
        } catch (IOException e) {
            throw new EditException(shown + ": its folder cannot be created (" + e.getClass().getSimpleName() + ")", e);
        }
        if (Files.isDirectory(dest, LinkOption.NOFOLLOW_LINKS)) {
            throw new EditException(shown + ": is a directory; nothing was written");
        }
        Path temp = dest.resolveSibling("." + dest.getFileName() + "." + Long.toHexString(
                ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(bytes);
            }
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            if (!createOnly && Files.exists(dest)) {
                copyPermissions(dest, temp);
            }
            if (createOnly) {
                createFrom(temp, dest, shown);
            } else {
                move(temp, dest);
            }
        } catch (EditException e) {
            throw e;
        } catch (IOException e) {
            throw new EditException(shown + ": cannot be written (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); the file is unchanged", e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a stray temporary file is harmless; the target is whole either way
            }
        }
    }

    private static void move(Path temp, Path dest) throws IOException {
        try {
            Files.move(temp, dest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, dest, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A new file appears whole and only if nothing is there yet: a hard link cannot replace an existing file. */
    private static void createFrom(Path temp, Path dest, String shown) throws IOException {
        try {
            Files.createLink(dest, temp);
            return;
        } catch (FileAlreadyExistsException e) {
            throw new EditException(shown + ": already exists; nothing was written", e);
        } catch (UnsupportedOperationException | IOException e) {
            // file systems without hard links: check, then move
        }
        if (Files.exists(dest, LinkOption.NOFOLLOW_LINKS)) {
            throw new EditException(shown + ": already exists; nothing was written");
        }
        move(temp, dest);
    }

    private static void copyPermissions(Path from, Path to) {
        PosixFileAttributeView src = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView dst = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (src == null || dst == null) {
            return;
        }
        try {
            Set<PosixFilePermission> perms = src.readAttributes().permissions();
            dst.setPermissions(perms);
        } catch (IOException | UnsupportedOperationException | SecurityException ignored) {
            // the default permissions of a new file are an acceptable fallback
        }
    }

    private Path realRoot(String shown) throws EditException {
        try {
            return root.toRealPath();
        } catch (IOException e) {
            throw new EditException(shown + ": the project directory " + root + " does not exist", e);
        }
    }

    /** The path relative to the root with forward slashes, for messages. */
    String shown(Path file) {
        Path rel = file.startsWith(root) ? root.relativize(file) : file;
        return rel.toString().replace('\\', '/');
    }
}
