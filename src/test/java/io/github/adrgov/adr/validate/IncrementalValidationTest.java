package io.github.adrgov.adr.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.adrgov.adr.bench.AdrGenerator;
import io.github.adrgov.adr.citations.CodeCitations;
import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.parse.FileWork;
import io.github.adrgov.adr.parse.LogReader;
import io.github.adrgov.adr.parse.ReadOptions;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;
import io.github.adrgov.adr.rules.MadrOptionalFields;
import io.github.adrgov.adr.rules.TextVerdicts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental build gives the same findings, byte for byte, as validating the whole log from scratch: with no
 * cache, with a cold cache and with a warm one (and the findings memo, see {@code FindingsMemoTest}), after a change
 * to one ADR, after a damaged cache and after a change of the configuration. This is the check that performance work keeps the findings as they are.
 */
class IncrementalValidationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    @TempDir
    Path base;
    Path adrDir;
    Path cacheDir;

    @BeforeEach
    void writeLog() throws IOException {
        adrDir = base.resolve("docs/adr");
        cacheDir = base.resolve("target/adr/cache");
        new AdrGenerator(60).write(adrDir);
        // one file per check of a single file, so that every file rule has something to find
        Files.writeString(adrDir.resolve("0061-left-unfilled.md"), """
                # ADR-061: Left unfilled

                **Status**: Accepted | **Date**: YYYY-MM-DD

                ## Context

                [Describe the context and the problem here.]

                ## Decision

                ## Consequences

                TODO
                """);
        Files.writeString(adrDir.resolve("0062-broken-front-matter.md"), """
                ---
                status: [accepted
                ---
                # Broken front matter

                ## Context and Problem Statement

                Text.
                """);
        Files.writeString(adrDir.resolve("0063-no-title.md"), "Status: Weird\n\nNo heading at all.\n");
        Files.writeString(adrDir.resolve("0064-untitled-decision.md"), "Date: 2024-03-01\n\n## Status\n\nWeird\n\n"
                + "## Context\n\nA context.\n\n## Decision\n\nA decision.\n\n## Consequences\n\nSome.\n");
    }

    @Test
    void coldAndWarmCacheGiveTheFindingsOfAFreshValidation() throws IOException {
        List<String> fresh = fresh(config());
        assertThat(fresh).as("findings of the file rules, so that the comparison means something")
                .anyMatch(l -> l.contains("[placeholder-text]")).anyMatch(l -> l.contains("[empty-section]"))
                .anyMatch(l -> l.contains("[missing-section]")).anyMatch(l -> l.contains("[invalid-front-matter]"))
                .anyMatch(l -> l.contains("[missing-title]")).anyMatch(l -> l.contains("[unknown-status]"));
        int files = adrFiles();

        Run cold = run(config());
        Run warm = run(config());

        assertThat(cold.findings).isEqualTo(fresh);
        assertThat(cold.parsed).isEqualTo(files);
        assertThat(warm.findings).isEqualTo(fresh);
        assertThat(warm.parsed).as("files parsed over an unchanged log").isZero();
    }

    /**
     * Over an unchanged log no step after the read looks at an ADR's text: the files are emptied between the read
     * and the validation, and the findings stay those of the files as they were (a rule that read a file again would
     * see an empty file, which is not an ADR, has no date and no sections).
     */
    @Test
    void aWarmBuildNeverReadsAnAdrsTextAgain() throws IOException {
        Files.writeString(adrDir.resolve("0065-colonless-date.md"), "# 65. Colonless date\n\nDate 2024-03-01\n\n"
                + "## Status\n\nAccepted\n\n## Context\n\nC.\n\n## Decision\n\nD.\n\n## Consequences\n\nE.\n");
        Files.writeString(adrDir.resolve("install-guide.md"), "# Install guide\n\nRun the installer, then restart.\n");
        Files.writeString(adrDir.resolve("0066-title.md"), """
                # 66. Title

                Date: YYYY-MM-DD

                ## Status

                [Proposed | Accepted | Rejected]

                ## Context

                [Describe the context and the problem.]

                ## Decision

                [Describe the decision.]

                ## Consequences

                [Describe what becomes easier or harder.]
                """);
        List<String> fresh = fresh(config());
        assertThat(fresh).as("findings that need each kind of text verdict")
                .anyMatch(l -> l.contains("0065-colonless-date.md") && l.contains("no colon after \"Date\""))
                .anyMatch(l -> l.contains("install-guide.md") && l.contains("[not-an-adr]"))
                .anyMatch(l -> l.contains("0061-left-unfilled.md") && l.contains("[placeholder-text]"));
        AdrLog before = new LogReader(ReadOptions.defaults()).read(base, adrDir);
        assertThat(before.adrs()).as("an unfilled template, which the other rules do not see")
                .anyMatch(a -> TextVerdicts.Verdict.of(a, config().statuses()).unfilledTemplate());
        Optional<String> madrNote = MadrOptionalFields.note(new LogReader(ReadOptions.defaults()).read(base, adrDir),
                config());
        assertThat(madrNote).isPresent();
        run(config());

        Validator v = new Validator();
        FileWork checks = v.fileChecks(config());
        LogReader.Result read = new LogReader(options()).read(base, adrDir, checks);
        try (Stream<Path> s = Files.list(adrDir)) {
            for (Path p : s.toList()) {
                Files.writeString(p, "");
            }
        }

        assertThat(read.parsed()).isZero();
        assertThat(lines(v.validate(read, checks, config(), base, null).findings())).isEqualTo(fresh);
        assertThat(MadrOptionalFields.note(read.log(), config(), v.textVerdicts(read, checks, config())))
                .as("the MADR note, which counts only the ADRs").isEqualTo(madrNote);
    }

    @Test
    void aChangedAdrIsTheOnlyOneReadAgain() throws IOException {
        run(config());
        Path changed = adrDir.resolve("0061-left-unfilled.md");
        Files.writeString(changed, Files.readString(changed).replace("TODO", "We keep the rate table."));

        Run after = run(config());

        assertThat(after.parsed).isEqualTo(1);
        assertThat(after.findings).isEqualTo(fresh(config()))
                .noneMatch(l -> l.contains("0061-left-unfilled.md:13: [placeholder-text]"));
    }

    @Test
    void aDamagedCacheIsIgnoredAndRewritten() throws IOException {
        List<String> fresh = fresh(config());
        run(config());
        Path file = cacheFile();
        byte[] bytes = Files.readAllBytes(file);
        for (int i = bytes.length / 3; i < bytes.length / 3 + 64; i++) {
            bytes[i] ^= 0x5A;
        }
        Files.write(file, bytes);

        Run damaged = run(config());
        Run again = run(config());

        assertThat(damaged.findings).isEqualTo(fresh);
        assertThat(damaged.parsed).isEqualTo(adrFiles());
        assertThat(again.findings).isEqualTo(fresh);
        assertThat(again.parsed).as("the rewritten cache is used").isZero();
    }

    @Test
    void anotherConfigurationIsNeverServedFromTheCache() throws IOException {
        run(config());
        ValidationConfig stricter = ValidationConfig.builder().today(TODAY)
                .severity("placeholder-text", Severity.ERROR).build();

        Run other = run(stricter);

        assertThat(other.parsed).isEqualTo(adrFiles());
        assertThat(other.findings).isEqualTo(fresh(stricter)).anyMatch(l -> l.startsWith("ERROR ")
                && l.contains("[placeholder-text]"));
        assertThat(run(stricter).parsed).isZero();
        assertThat(run(config()).findings).isEqualTo(fresh(config()));
    }

    @Test
    void aReadWithoutChecksKeepsTheCachedFindings() throws IOException {
        run(config());

        new LogReader(options()).read(base, adrDir); // as adr:index and the report read the log

        Run warm = run(config());
        assertThat(warm.parsed).isZero();
        assertThat(warm.findings).isEqualTo(fresh(config()));
    }

    /** Every log of the shared corpus (when this machine has it): the same findings without, cold and warm. */
    @Test
    void corpusLogsGiveTheSameFindingsColdAndWarm() throws IOException {
        Path corpus = Path.of("../shared/corpus"); // beside the clone, as on developer and CI machines
        assumeTrue(Files.isDirectory(corpus), "corpus not on this machine");
        int logs = 0;
        int findings = 0;
        for (Path repo : dirs(corpus)) {
            for (Path dir : dirs(repo)) {
                Path cache = base.resolve("corpus-cache").resolve(repo.getFileName().toString())
                        .resolve(dir.getFileName().toString());
                List<String> fresh = lines(new Validator().validate(
                        new LogReader(ReadOptions.defaults()).read(repo, dir), config(), repo, null).findings());
                Run cold = run(config(), repo, dir, cache);
                Run warm = run(config(), repo, dir, cache);
                assertThat(cold.findings).as("cold cache, " + repo.getFileName()).isEqualTo(fresh);
                assertThat(warm.findings).as("warm cache, " + repo.getFileName()).isEqualTo(fresh);
                assertThat(warm.parsed).as("files parsed again in " + repo.getFileName()).isZero();
                logs++;
                findings += fresh.size();
            }
        }
        assertThat(logs).isGreaterThan(20);
        assertThat(findings).isGreaterThan(50);
    }

    // ---- helpers

    private record Run(List<String> findings, int parsed) {
    }

    private static ValidationConfig config() {
        return ValidationConfig.builder().today(TODAY).build();
    }

    private ReadOptions options() {
        return ReadOptions.defaults().withCacheDirectory(cacheDir);
    }

    private Run run(ValidationConfig config) throws IOException {
        return run(config, base, adrDir, cacheDir);
    }

    private static Run run(ValidationConfig config, Path base, Path dir, Path cache) throws IOException {
        Validator v = new Validator();
        FileWork checks = v.fileChecks(config);
        LogReader.Result read = new LogReader(ReadOptions.defaults().withCacheDirectory(cache)).read(base, dir, checks);
        // with the findings memo beside the parse cache, as the mojo has it
        return new Run(lines(v.validate(read, checks, config, base, null, CodeCitations.none(), cache).findings()),
                read.parsed());
    }

    private List<String> fresh(ValidationConfig config) throws IOException {
        AdrLog log = new LogReader(ReadOptions.defaults()).read(base, adrDir);
        return lines(new Validator().validate(log, config, base, null).findings());
    }

    private static List<String> lines(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        findings.forEach(f -> out.add(f.severity() + " " + f.format()));
        return out;
    }

    private int adrFiles() throws IOException {
        return new LogReader(ReadOptions.defaults()).read(base, adrDir).size();
    }

    private Path cacheFile() throws IOException {
        try (Stream<Path> s = Files.list(cacheDir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("parse-")).findFirst().orElseThrow();
        }
    }

    private static List<Path> dirs(Path p) throws IOException {
        try (Stream<Path> s = Files.list(p)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }
}
