package io.github.adrgov.adr.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.UnreadableFile;
import io.github.adrgov.adr.parse.LogReader;
import io.github.adrgov.adr.parse.ReadOptions;
import io.github.adrgov.adr.rules.DeletedAdrRule;
import io.github.adrgov.adr.rules.IllegalStatusTransitionRule;
import io.github.adrgov.adr.rules.ModifiedAcceptedRule;
import io.github.adrgov.adr.rules.NumberReusedRule;
import io.github.adrgov.adr.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over the real ADR logs of {@code ../shared/corpus} (when present): each log committed to a scratch repository reads
 * from git exactly as from disk (same ADRs, ids, titles, statuses, skipped and unreadable files), and an unchanged
 * branch gives no baseline finding. Nothing of the corpus is kept: the copies live in a temporary directory.
 */
class CorpusBaselineTest {

    private static final Path CORPUS = Path.of("../shared/corpus");

    @TempDir
    Path tmp;

    @Test
    void everyCorpusLogReadsTheSameFromGitAsFromDisk() throws Exception {
        assumeThat(Files.isDirectory(CORPUS)).as("corpus at " + CORPUS.toAbsolutePath()).isTrue();
        List<Path> logs = new ArrayList<>();
        try (Stream<Path> owners = Files.list(CORPUS)) {
            for (Path owner : owners.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> dirs = Files.list(owner)) {
                    dirs.filter(Files::isDirectory).sorted().forEach(logs::add);
                }
            }
        }
        assertThat(logs).hasSizeGreaterThan(10);
        Validator baselineRules = new Validator(List.of(new ModifiedAcceptedRule(), new NumberReusedRule(),
                new DeletedAdrRule(), new IllegalStatusTransitionRule()));
        // one repository holds every log in a folder of its own: one commit, then each folder is a baseline
        Path repo = tmp.resolve("repo");
        for (int i = 0; i < logs.size(); i++) {
            copy(logs.get(i), repo.resolve("logs/" + i));
        }
        int adrs = 0;
        try (GitFixture git = GitFixture.init(repo)) {
            git.commit("corpus logs");
            git.branch("feature");
            for (int i = 0; i < logs.size(); i++) {
                Path adrDir = repo.resolve("logs/" + i);
                BaselineOutcome outcome = new GitBaseline(ReadOptions.defaults()).load(repo, adrDir, "main");
                assertThat(outcome.kind()).as(logs.get(i) + ": " + outcome.message())
                        .isEqualTo(BaselineOutcome.Kind.LOADED);
                AdrLog fromGit = outcome.snapshot().tip();
                AdrLog fromDisk = new LogReader(ReadOptions.defaults()).read(repo, adrDir);

                assertThat(describe(fromGit)).as(logs.get(i).toString()).isEqualTo(describe(fromDisk));
                assertThat(fromGit.skipped()).as(logs.get(i).toString()).isEqualTo(fromDisk.skipped());
                assertThat(fromGit.unreadable()).extracting(UnreadableFile::file).as(logs.get(i).toString())
                        .isEqualTo(fromDisk.unreadable().stream().map(UnreadableFile::file).toList());
                assertThat(baselineRules.validate(fromDisk, ValidationConfig.defaults(), repo, outcome.snapshot())
                        .findings()).as(logs.get(i).toString()).isEmpty();
                adrs += fromDisk.size();
            }
        }
        assertThat(adrs).isGreaterThan(500);
    }

    private static List<String> describe(AdrLog log) {
        List<String> out = new ArrayList<>();
        for (Adr a : log.adrs()) {
            out.add(a.file() + " | " + a.id() + " | " + a.number() + " | " + a.title() + " | " + a.statusCategory()
                    + " | " + a.status().map(s -> s.text() + "@" + s.line()).orElse("-") + " | " + a.lines().size());
        }
        return out;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(f)) {
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target);
                }
            }
        }
    }
}
