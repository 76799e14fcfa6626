package io.github.adrgov.adr.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.adrgov.adr.bench.AdrGenerator;
import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.Dialect;
import io.github.adrgov.adr.model.LinkKind;
import io.github.adrgov.adr.model.StatusCategory;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The parse cache gives exactly the model a fresh parse gives, and a bad cache costs a parse, never a wrong model. */
class ParseCacheTest {

    @TempDir
    Path base;
    Path adrDir;
    Path cacheDir;

    @BeforeEach
    void writeFixtures() throws IOException {
        adrDir = base.resolve("docs/adr");
        cacheDir = base.resolve("target/adr/cache");
        Fixtures.write(adrDir);
    }

    @Test
    void cachedModelEqualsAFreshParseFieldByField() throws IOException {
        AdrLog fresh = read(null);
        assertVaried(fresh);

        AdrLog cold = read(cacheDir);
        assertSameLog(cold, fresh);
        assertThat(cacheFile()).isRegularFile();

        AdrLog warm = read(cacheDir);
        assertSameLog(warm, fresh);
        assertThat(hitsOfAnotherRead(StatusVocabulary.defaults())).isEqualTo(fresh.size());
    }

    @Test
    void generatedLogRoundTrips() throws IOException {
        Path gen = base.resolve("gen/docs/adr");
        new AdrGenerator(60).write(gen);
        LogReader plain = new LogReader(ReadOptions.defaults());
        LogReader cached = new LogReader(ReadOptions.defaults().withCacheDirectory(base.resolve("gen/cache")));
        AdrLog fresh = plain.read(base.resolve("gen"), gen);
        assertThat(fresh.size()).isEqualTo(60);
        assertSameLog(cached.read(base.resolve("gen"), gen), fresh);
        assertSameLog(cached.read(base.resolve("gen"), gen), fresh);
    }

    /** Every log of the shared corpus (when this machine has it): fresh, cold cache and warm cache agree. */
    @Test
    void corpusLogsRoundTrip() throws IOException {
        Path corpus = Path.of("../shared/corpus"); // beside the clone, as on developer and CI machines
        assumeTrue(Files.isDirectory(corpus), "corpus not on this machine");
        List<Path> logs;
        try (Stream<Path> s = Files.list(corpus)) {
            logs = s.filter(Files::isDirectory).sorted().toList();
        }
        int adrs = 0;
        for (Path log : logs) {
            Path cache = base.resolve("corpus-cache").resolve(log.getFileName().toString());
            AdrLog fresh = new LogReader(ReadOptions.defaults()).read(log, log);
            LogReader cached = new LogReader(ReadOptions.defaults().withCacheDirectory(cache));
            assertSameLog(cached.read(log, log), fresh);
            assertSameLog(cached.read(log, log), fresh);
            adrs += fresh.size();
        }
        assertThat(adrs).as("ADRs read from the corpus").isGreaterThan(500);
    }

    @Test
    void aChangedFileIsParsedAgainAndTheOthersComeFromTheCache() throws IOException {
        read(cacheDir);
        Path changed = adrDir.resolve("0002-quick-note.md");
        Files.writeString(changed, Files.readString(changed).replace("Cache the rate table", "Drop the rate table"));

        AdrLog after = read(cacheDir);

        assertThat(after.byFile("docs/adr/0002-quick-note.md").orElseThrow().title()).isEqualTo("Drop the rate table");
        assertSameLog(after, read(null));
        assertThat(hitsOfAnotherRead(StatusVocabulary.defaults())).isEqualTo(after.size());
    }

    @Test
    void aFileWrittenWellBeforeItsHashIsTakenOnItsSizeAndTime() throws IOException {
        settleEveryFile();
        AdrLog cold = read(cacheDir);

        ParseCache cache = readAllThrough();
        assertThat(cache.bySizeAndTime()).as("files not read at all").isEqualTo(cold.size());
        assertThat(cache.hits()).isEqualTo(cold.size());
        assertSameLog(read(cacheDir), read(null));
    }

    @Test
    void aFileJustWrittenIsHashedEachTime() throws IOException {
        read(cacheDir); // the fixtures were written a moment ago: their time cannot vouch for their bytes yet

        ParseCache cache = readAllThrough();
        assertThat(cache.bySizeAndTime()).isZero();
        assertThat(cache.hits()).isEqualTo(read(null).size());
    }

    @Test
    void aFileRewrittenToTheSameSizeIsParsedAgain() throws IOException {
        settleEveryFile();
        read(cacheDir);
        Path changed = adrDir.resolve("0002-quick-note.md");
        long size = Files.size(changed);
        Files.writeString(changed, Files.readString(changed).replace("Cache the rate table", "Cache the rate index"));
        assertThat(Files.size(changed)).as("the same size: only the time tells the change").isEqualTo(size);

        AdrLog after = read(cacheDir);

        assertThat(after.byFile("docs/adr/0002-quick-note.md").orElseThrow().title()).isEqualTo("Cache the rate index");
        assertSameLog(after, read(null));
    }

    @Test
    void aTouchedFileIsHashedAgainAndThenTakenOnItsNewTime() throws IOException {
        settleEveryFile();
        AdrLog cold = read(cacheDir);
        Path touched = adrDir.resolve("0002-quick-note.md");
        Files.setLastModifiedTime(touched, FileTime.fromMillis(System.currentTimeMillis() - 1_800_000L));

        assertThat(readAllThrough().bySizeAndTime()).isEqualTo(cold.size() - 1);
        read(cacheDir); // saves the touched file's new time with its unchanged hash
        assertThat(readAllThrough().bySizeAndTime()).isEqualTo(cold.size());
    }

    @Test
    void anUnchangedLogDoesNotRewriteTheCache() throws IOException {
        read(cacheDir);
        Files.setLastModifiedTime(cacheFile(), FileTime.fromMillis(1_000_000_000L));
        byte[] before = Files.readAllBytes(cacheFile());

        read(cacheDir);

        assertThat(Files.getLastModifiedTime(cacheFile()).toMillis()).isEqualTo(1_000_000_000L);
        assertThat(Files.readAllBytes(cacheFile())).isEqualTo(before);
    }

    @Test
    void aDeletedFileLeavesTheCache() throws IOException {
        read(cacheDir);
        int before = entries();
        Files.delete(adrDir.resolve("0002-quick-note.md"));

        AdrLog after = read(cacheDir);

        assertThat(after.byFile("docs/adr/0002-quick-note.md")).isEmpty();
        assertThat(entries()).isEqualTo(before - 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "truncated", "flipped", "empty", "tail-only", "other-version",
        "other-fingerprint"})
    void aBadCacheIsIgnoredAndRewritten(String damage) throws IOException {
        AdrLog fresh = read(null);
        read(cacheDir);
        Path file = cacheFile();
        byte[] good = Files.readAllBytes(file);
        Files.write(file, damaged(good, damage));

        assertThat(hitsOfAnotherRead(StatusVocabulary.defaults())).as("entries used from a %s cache", damage)
                .isZero();
        AdrLog again = read(cacheDir);

        assertSameLog(again, fresh);
        assertThat(hitsOfAnotherRead(StatusVocabulary.defaults())).as("after rewrite").isEqualTo(fresh.size());
    }

    @Test
    void anotherStatusVocabularyDoesNotUseTheCache() throws IOException {
        read(cacheDir);
        StatusVocabulary approved = StatusVocabulary.defaults().with(Map.of("approved", StatusCategory.PROPOSED));

        assertThat(hitsOfAnotherRead(approved)).isZero();
        ReadOptions withApproved = new ReadOptions(ReadOptions.DEFAULT_INCLUDES, ReadOptions.DEFAULT_EXCLUDES,
                approved);
        AdrLog viaCache = new LogReader(withApproved.withCacheDirectory(cacheDir)).read(base, adrDir);
        assertSameLog(viaCache, new LogReader(withApproved).read(base, adrDir));
        assertThat(viaCache.byFile("docs/adr/0006-approved-word.md").orElseThrow().statusCategory())
                .isEqualTo(StatusCategory.PROPOSED);
    }

    @Test
    void aCacheDirectoryThatCannotBeWrittenOnlyCostsAParse() throws IOException {
        Files.createDirectories(cacheDir.getParent());
        Files.writeString(cacheDir, "a file where the cache directory should be");

        assertSameLog(read(cacheDir), read(null));
        assertThat(Files.readString(cacheDir)).startsWith("a file where");
    }

    @Test
    void concurrentReadersOfOneCacheAgree() throws Exception {
        AdrLog fresh = read(null);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AdrLog>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                if (i == 6 && Files.isDirectory(cacheDir)) {
                    try (Stream<Path> s = Files.list(cacheDir)) {
                        for (Path p : s.toList()) {
                            Files.deleteIfExists(p); // a reader may be loading it: that must be fine too
                        }
                    }
                }
                results.add(pool.submit(() -> read(cacheDir)));
            }
            for (Future<AdrLog> f : results) {
                assertSameLog(f.get(), fresh);
            }
        } finally {
            pool.shutdown();
        }
        try (Stream<Path> s = Files.list(cacheDir)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).as("no temporary files left")
                    .containsExactly(cacheFile().getFileName().toString());
        }
        assertThat(hitsOfAnotherRead(StatusVocabulary.defaults())).isEqualTo(fresh.size());
    }

    @Test
    void unreadableFilesAreReportedAsWithoutTheCache() throws IOException {
        AdrLog fresh = read(null);
        AdrLog cached = read(cacheDir);
        assertThat(fresh.unreadable()).hasSize(2);
        assertThat(cached.unreadable()).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyInAnyOrderElementsOf(fresh.unreadable());
    }

    /** The encoding buffer is used again: each ADR's bytes are its own, after a larger one and after a huge one. */
    @Test
    void eachEncodingHoldsItsOwnAdrOnly() throws IOException {
        AdrParser parser = new AdrParser(io.github.adrgov.adr.config.StatusVocabulary.defaults());
        Adr small = parser.parse("docs/adr/0001-a.md", "0001-a", "# 1. A\n\nStatus: Accepted\n");
        Adr large = parser.parse("docs/adr/0002-b.md", "0002-b",
                "# 2. B\n\n## Status\n\nAccepted\n\n" + "## Context of a long record\n\nWhy.\n\n".repeat(5_000));
        byte[] first = CacheCodec.encode(small);
        byte[] big = CacheCodec.encode(large);
        byte[] again = CacheCodec.encode(small);
        assertThat(big.length).isGreaterThan(64 * 1024);
        assertThat(again).isEqualTo(first);
        for (Object[] c : new Object[][] {{small, first}, {large, big}}) {
            Adr a = (Adr) c[0];
            byte[] b = (byte[]) c[1];
            Adr back = CacheCodec.decode(b, 0, b.length, a.file(), a.id(), List::of);
            assertThat(back).usingRecursiveComparison().ignoringFields("lines", "lineSource").isEqualTo(a);
        }
    }

    /** Guards the codec: a field added to {@link Adr} must be added to {@link CacheCodec} too. */
    @Test
    void theCodecWritesEveryFieldOfAdr() {
        long fields = Arrays.stream(Adr.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers())).count();
        assertThat(fields).as("instance fields of Adr; update CacheCodec and ADR_FIELDS when this changes")
                .isEqualTo(CacheCodec.ADR_FIELDS);
    }

    // ---- helpers

    private AdrLog read(Path cache) throws IOException {
        ReadOptions o = ReadOptions.defaults();
        return new LogReader(cache == null ? o : o.withCacheDirectory(cache)).read(base, adrDir);
    }

    private Path cacheFile() throws IOException {
        try (Stream<Path> s = Files.list(cacheDir)) {
            List<Path> files = s.filter(p -> p.getFileName().toString().endsWith(".bin")).toList();
            assertThat(files).hasSize(1);
            return files.get(0);
        }
    }

    /** Dates every file an hour back, as a log checked out long before the build. */
    private void settleEveryFile() throws IOException {
        FileTime hourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L);
        try (Stream<Path> s = Files.walk(adrDir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, hourAgo);
            }
        }
    }

    /** Opens the cache and reads every ADR file through it, without saving. */
    private ParseCache readAllThrough() throws IOException {
        ParseCache cache = ParseCache.open(cacheDir, "docs/adr", StatusVocabulary.defaults());
        AdrParser parser = new AdrParser(StatusVocabulary.defaults());
        for (Adr a : read(null).adrs()) {
            String rel = a.file().substring("docs/adr/".length());
            cache.read(a.file(), a.id(), adrDir.resolve(rel), parser, null, List::of);
        }
        return cache;
    }

    /** Opens the cache and reads every ADR file through it, without saving; returns the hits. */
    private int hitsOfAnotherRead(StatusVocabulary statuses) throws IOException {
        ParseCache cache = ParseCache.open(cacheDir, "docs/adr", statuses);
        AdrParser parser = new AdrParser(statuses);
        AdrLog log = read(null);
        for (Adr a : log.adrs()) {
            String rel = a.file().substring("docs/adr/".length());
            cache.read(a.file(), a.id(), adrDir.resolve(rel), parser, null, List::of);
        }
        return cache.hits();
    }

    private int entries() throws IOException {
        return ParseCache.open(cacheDir, "docs/adr", StatusVocabulary.defaults()).loadedEntries();
    }

    private static byte[] damaged(byte[] good, String damage) {
        switch (damage) {
            case "garbage":
                return "this is not a cache at all, just some text".getBytes(StandardCharsets.UTF_8);
            case "truncated":
                return Arrays.copyOf(good, good.length / 2);
            case "flipped": {
                byte[] b = good.clone();
                b[b.length / 2] ^= 0x40;
                return b;
            }
            case "empty":
                return new byte[0];
            case "tail-only":
                return Arrays.copyOfRange(good, good.length - 8, good.length);
            case "other-version": {
                byte[] b = good.clone();
                ByteBuffer.wrap(b).putInt(4, CacheCodec.VERSION + 1);
                return withCrc(b);
            }
            case "other-fingerprint": {
                byte[] b = good.clone();
                b[12] = (byte) (b[12] == 'a' ? 'b' : 'a'); // first hex digit of the fingerprint
                return withCrc(b);
            }
            default:
                throw new IllegalArgumentException(damage);
        }
    }

    /** Recomputes the trailing CRC so that only the header change is seen. */
    private static byte[] withCrc(byte[] b) {
        CRC32 crc = new CRC32();
        crc.update(b, 0, b.length - 8);
        ByteBuffer.wrap(b).putLong(b.length - 8, crc.getValue());
        return b;
    }

    /** Every field of every ADR, the unreadable files and the skipped files are the same. */
    static void assertSameLog(AdrLog actual, AdrLog expected) {
        assertThat(actual.adrs()).hasSameSizeAs(expected.adrs());
        for (int i = 0; i < expected.adrs().size(); i++) {
            Adr e = expected.adrs().get(i);
            assertThat(actual.adrs().get(i)).as(e.file()).usingRecursiveComparison()
                    .ignoringFields("lines", "lineSource").isEqualTo(e);
            assertThat(actual.adrs().get(i).lines()).as(e.file() + " lines").isEqualTo(e.lines());
        }
        assertThat(actual.unreadable()).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyInAnyOrderElementsOf(expected.unreadable());
        assertThat(actual.skipped()).containsExactlyInAnyOrderElementsOf(expected.skipped());
        assertThat(actual.directory()).isEqualTo(expected.directory());
    }

    /** The fixtures exercise every part of the model, so the comparison cannot pass vacuously. */
    private static void assertVaried(AdrLog log) {
        assertThat(log.size()).isGreaterThanOrEqualTo(9);
        Set<Dialect> dialects = log.adrs().stream().map(Adr::dialect).collect(Collectors.toSet());
        assertThat(dialects).hasSizeGreaterThanOrEqualTo(4);
        Set<LinkKind> kinds = EnumSet.noneOf(LinkKind.class);
        log.adrs().forEach(a -> a.links().forEach(l -> kinds.add(l.kind())));
        assertThat(kinds).containsExactlyInAnyOrder(LinkKind.values());
        assertThat(log.adrs()).anyMatch(a -> !a.problems().isEmpty());
        assertThat(log.adrs()).anyMatch(a -> !a.fields().isEmpty());
        assertThat(log.adrs()).anyMatch(a -> a.date() != null);
        assertThat(log.adrs()).anyMatch(a -> a.dateText() != null && a.date() == null);
        assertThat(log.adrs()).anyMatch(a -> a.status().isEmpty());
        assertThat(log.adrs()).anyMatch(a -> a.bodyStartLine() > 1);
        assertThat(log.adrs()).anyMatch(a -> a.titleNumber() != null && a.fileNumber() == null);
        assertThat(log.adrs()).anyMatch(a -> a.sections().stream().anyMatch(s -> s.level() == 3));
        assertThat(log.skipped()).isNotEmpty();
    }

    /** A small log written in our own words, one file per quirk the model has to carry. */
    static final class Fixtures {

        private Fixtures() {
        }

        static void write(Path dir) throws IOException {
            Files.createDirectories(dir.resolve("0009-folder-style"));
            put(dir, "README.md", "# Decision log\n\nSee the files below.\n");
            put(dir, "0001-store-events.md", """
                    # ADR-0001: Store events in one table

                    **Date**: 2024-03-02
                    **Status**: Superseded by ADR-0005
                    **Deciders**: Ines Park, Tom Ruiz
                    **Technical Story**: OPS-17

                    ## Context

                    The audit trail lives in three places today.

                    ## Decision Drivers

                    * one query for the auditors
                    * cheap writes

                    ## Considered Options

                    1. One table
                    2. One table per source

                    ## Decision

                    One table, partitioned by month. See [the sketch](../diagrams/events.png).

                    ## Rationale

                    Fewer joins.

                    ## Consequences

                    ### Positive

                    - simpler reports

                    ### Negative

                    - a large table

                    ## Related Decisions

                    - ADR-0003: the retention rule
                    """);
            put(dir, "0002-quick-note.md", """
                    # ADR-0002: Cache the rate table

                    **Status**: Accepted | **Date**: 2024-04-10

                    ## Context

                    Rates change once a day.

                    ## Decision

                    Keep them in memory for an hour.

                    ## Consequences

                    Stale rates for up to an hour.
                    """);
            put(dir, "0003-keep-records-a-year.md", "\uFEFF# 3. Keep records a year\r\n\r\nDate: 2024-05-01\r\n\r\n"
                    + "## Status\r\n\r\nAccepted\r\n\r\nAmended by ADR-0004\r\n\r\n## Context\r\n\r\nStorage is not free.\r\n\r\n"
                    + "## Decision\r\n\r\nDelete after 365 days.\r\n\r\n```sql\r\ndelete from events;\r\n```\r\n\r\n"
                    + "## Consequences\r\n\r\nOlder questions go unanswered.\r\n");
            put(dir, "0004-front-matter.md", """
                    ---
                    status: proposed
                    date: 2024-06-31
                    decision-makers: Ines Park
                    consulted: [Tom Ruiz, Ana Lee]
                    ---

                    # Sign the exports

                    ## Context and Problem Statement

                    <!-- say why -->
                    Partners ask whether a file is ours.

                    ## Considered Options

                    * detached signatures
                    * signed archives

                    ## Decision Outcome

                    Chosen option: detached signatures.
                    """);
            put(dir, "0005-one-store-per-tenant.md", """
                    ---
                    status: accepted
                    date: 2024-07-15
                    supersedes: ADR-0001
                    ---

                    # One event store per tenant

                    ## Context and Problem Statement

                    Tenants want their own retention.

                    ## Decision Outcome

                    Chosen option: a store per tenant, as [ADR-0001](0001-store-events.md) foresaw.

                    ## Links

                    * Supersedes [ADR-0001](0001-store-events.md)
                    * Refines ADR-0003
                    """);
            put(dir, "0006-approved-word.md", """
                    # Name services after their domain

                    * Status: Approved
                    * Deciders: Ana Lee
                    * Date: 2024-08-01

                    ## Context and Problem Statement

                    Names like svc-7 tell nobody anything.

                    ## Decision Outcome

                    Chosen option: domain names. TODO: list the renames.
                    """);
            put(dir, "0007-broken-yaml.md", """
                    ---
                    status: [accepted
                    date: 2024-09-01
                    ---

                    # Broken front matter

                    ## Context

                    The header above does not parse.
                    """);
            put(dir, "use-feature-flags.md", """
                    # 8. Use feature flags

                    ## Context

                    Releases wait for each other.

                    ## Decision

                    Ship dark, switch on later.
                    """);
            put(dir, "0009-folder-style/README.md", """
                    # 9. Folder per decision

                    Date: 2024-10-01

                    ## Status

                    Superseded by [10. Flat files](../0010-flat-files.md)

                    ## Context

                    Pictures sit beside the text. ![flow](flow.svg)
                    """);
            put(dir, "0009-folder-style/notes.md", "Loose notes for ADR 9.\n");
            put(dir, "0010-flat-files.md", """
                    # 10. Flat files

                    Date: 2024-11-01

                    ## Status

                    Accepted

                    Supersedes [9. Folder per decision](0009-folder-style/README.md)

                    Amends ADR-0001

                    Amended by ADR-0010

                    ## Context

                    Folders confused the index.
                    """);
            put(dir, "0011-empty.md", "");
            Files.write(dir.resolve("0012-binary.md"), new byte[] {'#', ' ', 0, 1, 2, '\n'});
            Files.write(dir.resolve("0013-latin1.md"), "# 13. Caf\u00e9 choice\n".getBytes(StandardCharsets.ISO_8859_1));
        }

        private static void put(Path dir, String name, String text) throws IOException {
            Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        }
    }
}
