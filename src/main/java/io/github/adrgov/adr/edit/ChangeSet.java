package io.github.adrgov.adr.edit;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The files one request changes, planned in full before anything is written. {@link #writeAll(AtomicWriter)} writes
 * them one by one, each atomically; when one write fails, the files already written are put back as they were (new
 * files removed), so a refused or failed request leaves the log as it found it.
 */
public final class ChangeSet {

    private final List<FileChange> changes = new ArrayList<>();

    /** Adds a change; a change that changes nothing is kept (for the report) but not written. */
    public ChangeSet add(FileChange change) {
        for (FileChange c : changes) {
            if (c.file().toAbsolutePath().normalize().equals(change.file().toAbsolutePath().normalize())) {
                throw new IllegalArgumentException(change.path() + " is changed twice in one request");
            }
        }
        changes.add(change);
        return this;
    }

    /** The changes in the order they were added. */
    public List<FileChange> changes() {
        return List.copyOf(changes);
    }

    /** The changes that change something. */
    public List<FileChange> effective() {
        List<FileChange> out = new ArrayList<>();
        for (FileChange c : changes) {
            if (c.changes()) {
                out.add(c);
            }
        }
        return out;
    }

    /** The unified diff of every change, in order. */
    public String diff() {
        StringBuilder sb = new StringBuilder();
        for (FileChange c : changes) {
            sb.append(c.diff());
        }
        return sb.toString();
    }

    /**
     * Writes every effective change. Before writing, each existing file is checked to still hold the text it was
     * planned from, and each new file to be absent.
     *
     * @throws EditException when a file changed meanwhile or a write fails; the files already written are restored
     */
    public void writeAll(AtomicWriter writer) throws EditException {
        List<FileChange> todo = effective();
        for (FileChange c : todo) {
            if (c.isNew()) {
                if (Files.exists(c.file())) {
                    throw new EditException(c.path() + ": already exists; nothing was written");
                }
            } else if (!c.before().equals(LineText.read(c.file()))) {
                throw new EditException(c.path() + ": changed while the request was prepared; nothing was written");
            }
        }
        List<FileChange> done = new ArrayList<>();
        try {
            for (FileChange c : todo) {
                if (c.isNew()) {
                    writer.create(c.file(), c.after().toBytes());
                } else {
                    writer.write(c.file(), c.after().toBytes());
                }
                done.add(c);
            }
        } catch (EditException e) {
            rollBack(writer, done);
            throw e;
        }
    }

    private static void rollBack(AtomicWriter writer, List<FileChange> done) {
        for (int i = done.size() - 1; i >= 0; i--) {
            FileChange c = done.get(i);
            try {
                if (c.isNew()) {
                    Files.deleteIfExists(c.file());
                } else {
                    writer.write(c.file(), c.before().toBytes());
                }
            } catch (IOException ignored) {
                // best effort: the first failure is the one reported
            }
        }
    }
}
