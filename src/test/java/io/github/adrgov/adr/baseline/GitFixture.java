package io.github.adrgov.adr.baseline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A real git repository in a temporary directory, driven with JGit, for baseline tests. */
final class GitFixture implements AutoCloseable {

    final Path dir;
    final Git git;
    private int clock;

    private GitFixture(Path dir, Git git) {
        this.dir = dir;
        this.git = git;
    }

    /** A new repository whose first branch is {@code main}. */
    static GitFixture init(Path dir) throws GitAPIException {
        Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        return new GitFixture(dir, git);
    }

    GitFixture write(String path, String text) throws IOException {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return this;
    }

    GitFixture writeBytes(String path, byte[] bytes) throws IOException {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return this;
    }

    GitFixture delete(String path) throws IOException {
        Files.delete(dir.resolve(path));
        return this;
    }

    RevCommit commit(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent who = new PersonIdent("Test", "test@example.org",
                new Date(1_700_000_000_000L + 60_000L * clock++), TimeZone.getTimeZone("UTC"));
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    GitFixture branch(String name) throws GitAPIException {
        git.checkout().setCreateBranch(true).setName(name).call();
        return this;
    }

    GitFixture checkout(String name) throws GitAPIException {
        git.checkout().setName(name).call();
        return this;
    }

    @Override
    public void close() {
        git.close();
    }
}
