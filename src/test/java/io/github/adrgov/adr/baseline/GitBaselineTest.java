package io.github.adrgov.adr.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.UnreadableFile;
import io.github.adrgov.adr.parse.ReadOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the ADR log from git: outcomes, files chosen, merge base, worktrees, detached HEAD, shallow clones. */
class GitBaselineTest {

    @TempDir
    Path dir;

    private final GitBaseline baseline = new GitBaseline(ReadOptions.defaults());

    private static String adr(int n, String title, String status) {
        return BaselineRulesTest.adr(n, title, status, "Decided.");
    }

    private BaselineOutcome load(Path base, String ref) {
        return baseline.load(base, base.resolve("docs/adr"), ref);
    }

    private static List<String> files(AdrLog log) {
        List<String> out = new ArrayList<>();
        for (Adr a : log.adrs()) {
            out.add(a.file() + " " + a.id());
        }
        return out;
    }

    @Test
    void noRefMeansNoBaseline() {
        BaselineOutcome o = load(dir, " ");
        assertThat(o.kind()).isEqualTo(BaselineOutcome.Kind.NOT_CONFIGURED);
        assertThat(o.baseline()).isEmpty();
    }

    @Test
    void outsideAGitRepositoryTheBaselineIsSkippedWithOneLine() throws IOException {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        // a temporary directory may itself sit inside a repository; only test where it does not
        assumeThat(new org.eclipse.jgit.storage.file.FileRepositoryBuilder().findGitDir(plain.toFile()).getGitDir())
                .isNull();
        BaselineOutcome o = load(plain, "origin/main");
        assertThat(o.kind()).isEqualTo(BaselineOutcome.Kind.NOT_A_REPOSITORY);
        assertThat(o.message()).isEqualTo("ADR baseline 'origin/main' skipped: " + plain
                + " is not inside a git repository.").doesNotContain("\n");
    }

    @Test
    void aMissingRefIsNamedWithWhatCiMustFetch() throws Exception {
        try (GitFixture git = GitFixture.init(dir)) {
            git.write("docs/adr/0001-a.md", adr(1, "A", "Accepted")).commit("one");
            git.git.remoteAdd().setName("origin").setUri(new org.eclipse.jgit.transport.URIish("https://example.org/r.git"))
                    .call();

            BaselineOutcome o = load(dir, "origin/main");

            assertThat(o.kind()).isEqualTo(BaselineOutcome.Kind.REF_MISSING);
            assertThat(o.isMissing()).isTrue();
            assertThat(o.message()).isEqualTo("The ADR baseline ref 'origin/main' (adr.baseline) does not exist in"
                    + " this git clone, so the pre-merge checks cannot compare with it. CI checkouts are often shallow"
                    + " or fetch one branch only: fetch the target branch first (GitHub Actions: actions/checkout with"
                    + " 'fetch-depth: 0'; GitLab CI: GIT_DEPTH: 0; or 'git fetch origin main'). To go on without the"
                    + " baseline, set adr.baselineMissing=warn.");
        }
    }

    @Test
    void unrelatedHistoriesHaveNoMergeBase() throws Exception {
        try (GitFixture git = GitFixture.init(dir)) {
            git.write("docs/adr/0001-a.md", adr(1, "A", "Accepted")).commit("one");
            git.git.checkout().setOrphan(true).setName("other").call();
            git.write("docs/adr/0002-b.md", adr(2, "B", "Accepted")).commit("unrelated root");

            BaselineOutcome o = load(dir, "main");

            assertThat(o.kind()).isEqualTo(BaselineOutcome.Kind.MERGE_BASE_MISSING);
            assertThat(o.message()).isEqualTo("HEAD and the ADR baseline 'main' share no history (no merge base):"
                    + " name the branch this one will be merged into. To go on without the baseline, set"
                    + " adr.baselineMissing=warn.");
        }
    }

    @Test
    void anAdrDirectoryOutsideTheWorkTreeIsNamed() throws Exception {
        Path repo = dir.resolve("repo");
        try (GitFixture git = GitFixture.init(repo)) {
            git.write("README.md", "x").commit("one");
            Path outside = Files.createDirectories(dir.resolve("elsewhere/adr"));

            BaselineOutcome o = baseline.load(repo, outside, "main");

            assertThat(o.kind()).isEqualTo(BaselineOutcome.Kind.FAILED);
            assertThat(o.message()).isEqualTo("Cannot compare with the ADR baseline 'main': the ADR directory "
                    + outside + " is outside the git work tree " + repo.toRealPath() + ".");
        }
    }

    @Test
    void theFetchHintNamesRemoteAndBranchEvenWithoutARemote() throws Exception {
        try (GitFixture git = GitFixture.init(dir)) {
            git.write("docs/adr/0001-a.md", adr(1, "A", "Accepted")).commit("one");

            assertThat(load(dir, "origin/release/2.x").message()).contains("or 'git fetch origin release/2.x')");
            assertThat(load(dir, "refs/remotes/upstream/main").message()).contains("or 'git fetch upstream main')");
            assertThat(load(dir, "v1.0").message()).contains("or 'git fetch origin v1.0')");
        }
    }

    @Test
    void readsTheLogAtTheTipAndAtTheMergeBase() throws Exception {
        try (GitFixture git = GitFixture.init(dir)) {
            RevCommit fork = git.write("docs/adr/0001-a.md", adr(1, "A", "Accepted"))
                    .write("docs/adr/README.md", "# Index\n")
                    .write("docs/adr/sub/0002-b.md", adr(2, "B", "Accepted"))
                    .write("docs/adr/notes.txt", "not markdown")
                    .write("docs/other/0009-elsewhere.md", adr(9, "Elsewhere", "Accepted"))
                    .writeBytes("docs/adr/0003-latin1.md", "# ADR-003: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1))
                    .commit("fork point");
            git.branch("feature").write("docs/adr/0004-feature.md", adr(4, "Feature", "Proposed")).commit("feature");
            git.checkout("main");
            RevCommit tip = git.write("docs/adr/0005-main.md", adr(5, "Main", "Accepted")).commit("main moves on");
            git.checkout("feature");

            BaselineOutcome o = load(dir, "main");

            assertThat(o.kind()).isEqualTo(BaselineOutcome.Kind.LOADED);
            assertThat(o.tipCommit()).isEqualTo(tip.abbreviate(10).name());
            assertThat(o.mergeBaseCommit()).isEqualTo(fork.abbreviate(10).name());
            assertThat(o.message()).isEqualTo("ADR baseline main at " + tip.abbreviate(10).name()
                    + " (3 ADRs), merge base with HEAD " + fork.abbreviate(10).name() + " (2 ADRs).");
            AdrLog tipLog = o.snapshot().tip();
            AdrLog mergeBase = o.snapshot().mergeBase();
            assertThat(o.snapshot().ref()).isEqualTo("main");
            assertThat(tipLog.directory()).isEqualTo("docs/adr");
            assertThat(files(tipLog)).containsExactly("docs/adr/0001-a.md 0001-a", "docs/adr/sub/0002-b.md sub/0002-b",
                    "docs/adr/0005-main.md 0005-main");
            assertThat(files(mergeBase)).containsExactly("docs/adr/0001-a.md 0001-a",
                    "docs/adr/sub/0002-b.md sub/0002-b");
            assertThat(tipLog.skipped()).containsExactly("docs/adr/README.md");
            assertThat(tipLog.unreadable()).extracting(UnreadableFile::file).containsExactly("docs/adr/0003-latin1.md");
            assertThat(tipLog.adrs().get(0).lines()).contains("**Status**: Accepted");
        }
    }

    @Test
    void pathsAreRelativeToTheProjectInASubfolderOfTheRepository() throws Exception {
        try (GitFixture git = GitFixture.init(dir)) {
            git.write("module/docs/adr/0001-a.md", adr(1, "A", "Accepted")).commit("one");

            BaselineOutcome o = load(dir.resolve("module"), "main");

            assertThat(o.kind()).isEqualTo(BaselineOutcome.Kind.LOADED);
            assertThat(files(o.snapshot().tip())).containsExactly("docs/adr/0001-a.md 0001-a");
        }
    }

    @Test
    void worksOnADetachedHead() throws Exception {
        try (GitFixture git = GitFixture.init(dir)) {
            RevCommit first = git.write("docs/adr/0001-a.md", adr(1, "A", "Accepted")).commit("one");
            git.write("docs/adr/0002-b.md", adr(2, "B", "Accepted")).commit("two");
            git.checkout(first.name());

            BaselineOutcome o = load(dir, "main");

            assertThat(o.kind()).isEqualTo(BaselineOutcome.Kind.LOADED);
            assertThat(o.mergeBaseCommit()).isEqualTo(first.abbreviate(10).name());
            assertThat(files(o.snapshot().tip())).hasSize(2);
            assertThat(files(o.snapshot().mergeBase())).hasSize(1);
        }
    }

    @Test
    void worksInALinkedWorktree() throws Exception {
        assumeThat(gitBinary()).isTrue();
        try (GitFixture git = GitFixture.init(dir.resolve("repo"))) {
            git.write("docs/adr/0001-a.md", adr(1, "A", "Accepted")).commit("one");
            git.branch("feature").write("docs/adr/0002-b.md", adr(2, "B", "Proposed")).commit("two");
            git.checkout("main");
        }
        Path wt = dir.resolve("wt");
        run(dir.resolve("repo"), "git", "worktree", "add", wt.toString(), "feature");

        BaselineOutcome o = load(wt, "main");

        assertThat(o.kind()).as(o.message()).isEqualTo(BaselineOutcome.Kind.LOADED);
        assertThat(files(o.snapshot().tip())).containsExactly("docs/adr/0001-a.md 0001-a");
    }

    @Test
    void aShallowCloneWithoutTheMergeBaseSaysSo() throws Exception {
        assumeThat(gitBinary()).isTrue();
        Path origin = dir.resolve("origin");
        try (GitFixture git = GitFixture.init(origin)) {
            git.write("docs/adr/0001-a.md", adr(1, "A", "Accepted")).commit("one");
            git.branch("feature").write("docs/adr/0002-b.md", adr(2, "B", "Proposed")).commit("two");
            git.checkout("main").write("docs/adr/0003-c.md", adr(3, "C", "Proposed")).commit("three");
            git.checkout("feature");
        }
        Path clone = dir.resolve("clone");
        run(dir, "git", "clone", "-q", "--depth", "1", "--no-single-branch", "--branch", "feature",
                origin.toUri().toString(), clone.toString());

        BaselineOutcome o = load(clone, "origin/main");

        assertThat(o.kind()).isEqualTo(BaselineOutcome.Kind.MERGE_BASE_MISSING);
        assertThat(o.isMissing()).isTrue();
        assertThat(o.message()).isEqualTo("HEAD and the ADR baseline 'origin/main' have no common commit in this"
                + " clone because it is shallow, so what this branch changed cannot be measured. Fetch the full"
                + " history (GitHub Actions: actions/checkout with 'fetch-depth: 0'; GitLab CI: GIT_DEPTH: 0; or"
                + " 'git fetch --unshallow'). To go on without the baseline, set adr.baselineMissing=warn.");
    }

    private static boolean gitBinary() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor(20, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void run(Path cwd, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
    }
}
