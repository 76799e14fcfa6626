package io.github.adrgov.adr.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CitationScannerTest {

    private final CitationScanner scanner = new CitationScanner(CitationScanner.DEFAULT_FILE_TYPES,
            List.of("docs/adr"), CitationScanner.DEFAULT_MAX_BYTES);

    private List<String> found(String text) {
        return scanner.scanText("Retry.java", text.getBytes(StandardCharsets.UTF_8)).stream()
                .map(c -> c.line() + ":" + c.text() + "=" + (c.number() != null ? "#" + c.number() : c.fileName()))
                .toList();
    }

    @Test
    void findsTheNumberFormsInAnyCase() {
        assertThat(found("// ADR-0012: we retry three times\n"
                + "/* see ADR 12 */\n"
                + "# adr-012 and Adr-7, ADR12.\n"))
                .containsExactly("1:ADR-0012=#12", "2:ADR 12=#12", "3:adr-012=#12", "3:Adr-7=#7", "3:ADR12=#12");
    }

    @Test
    void findsPathsToTheLogsFilesAlsoInLinksAndUrls() {
        assertThat(found(" * @see docs/adr/0012-retries.md\n"
                + "// [why](../../docs/adr/0003-use-postgres.md#decision).\n"
                + "// https://github.com/o/r/blob/main/docs/adr/adr-007-caching.md\n"
                + "// the log is in docs/adr/ and docs/adr/*.md\n"))
                .containsExactly("1:docs/adr/0012-retries.md=0012-retries.md",
                        "2:docs/adr/0003-use-postgres.md=0003-use-postgres.md",
                        "3:docs/adr/adr-007-caching.md=adr-007-caching.md");
    }

    @Test
    void aNumberThatRepeatsTheLinkOnTheSameLineIsOneCitation() {
        assertThat(found("// [ADR-0012](docs/adr/0012-retries.md) and ADR-0013\n"))
                .containsExactly("1:docs/adr/0012-retries.md=0012-retries.md", "1:ADR-0013=#13");
    }

    @Test
    void falseFriendsAreNoCitations() {
        assertThat(found("HADR-1 ADRIAN adrenaline my-adr-1 FOO_ADR_12 ADR_12 ADR-12b ADR12Config ADR-1.2 ADR- ADRs 3\n"
                + "see https://jira.example.com/browse/ADR-12 and <http://x.org/a?adr=ADR-5>\n"
                + "ADR-1234567 madr/0001 xdocs/adr/0001-x.md\n"))
                .isEmpty();
    }

    @Test
    void aUrlEndsAtWhitespaceSoACitationAfterItCounts() {
        assertThat(found("https://example.com/x ADR-4 (https://example.com/y) ADR-5\n"))
                .containsExactly("1:ADR-4=#4", "1:ADR-5=#5");
    }

    @Test
    void linesAreCountedFromOne() {
        assertThat(found("a\r\nb\r\n\r\nint x; // ADR-0002\r\n")).containsExactly("4:ADR-0002=#2");
    }

    @Test
    void aFileWithoutAdrIsLeftAfterThePreFilter() {
        assertThat(found("class Retry { int times = 3; }\n")).isEmpty();
    }

    @Test
    void scansTheRootsOnceEachSkippingBinaryHugeAndOtherFileTypes(@TempDir Path base) throws IOException {
        Path main = Files.createDirectories(base.resolve("src/main/java/x"));
        Files.writeString(main.resolve("Retry.java"), "package x;\n// ADR-0012: retry\n");
        Files.writeString(main.resolve("notes.bin"), "ADR-0001\n");
        Files.write(main.resolve("Blob.java"), new byte[] {'A', 'D', 'R', '-', '1', 0, 1, 2});
        byte[] huge = new byte[(int) CitationScanner.DEFAULT_MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        System.arraycopy("ADR-9".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 5);
        Files.write(main.resolve("Huge.java"), huge);
        Path res = Files.createDirectories(base.resolve("src/main/resources"));
        Files.writeString(res.resolve("app.yml"), "retries: 3 # see ADR-7\n");

        CodeCitations c = scanner.scan(base, List.of(base.resolve("src/main/java"), base.resolve("src/main/java/x"),
                base.resolve("src/main/resources"), base.resolve("src/test/java")));

        assertThat(c.citations()).extracting(Citation::location, Citation::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("src/main/java/x/Retry.java:2", "ADR-0012"),
                org.assertj.core.groups.Tuple.tuple("src/main/resources/app.yml:1", "ADR-7"));
        assertThat(c.filesScanned()).isEqualTo(2);
        assertThat(c.filesSkipped()).isEqualTo(2);
        assertThat(c.bytesScanned()).isEqualTo(Files.size(main.resolve("Retry.java")) + Files.size(res.resolve("app.yml")));
    }

    @Test
    void theLogItselfIsNotScannedEvenUnderARoot(@TempDir Path base) throws IOException {
        Path adr = Files.createDirectories(base.resolve("docs/adr"));
        Files.writeString(adr.resolve("0002-b.md"), "# 2. B\n\nSupersedes ADR-0001\n");
        Path src = Files.createDirectories(base.resolve("docs/guide"));
        Files.writeString(src.resolve("retries.md"), "See ADR-0002.\n");
        CodeCitations c = scanner.scan(base, List.of(base.resolve("docs"), adr), List.of(adr));
        assertThat(c.citations()).extracting(Citation::location).containsExactly("docs/guide/retries.md:1");
    }

    @Test
    void fileTypesAreConfigurable(@TempDir Path base) throws IOException {
        Path main = Files.createDirectories(base.resolve("src"));
        Files.writeString(main.resolve("a.java"), "// ADR-1\n");
        Files.writeString(main.resolve("b.CFG"), "# ADR-2\n");
        CodeCitations c = new CitationScanner(List.of(".cfg"), List.of(), 100).scan(base, List.of(main));
        assertThat(c.citations()).extracting(Citation::location).containsExactly("src/b.CFG:1");
    }

    @Test
    void leadingNumbersOfFileNames() {
        assertThat(CitationScanner.leadingNumber("0012-x.md")).isEqualTo(12);
        assertThat(CitationScanner.leadingNumber("adr-007-x.md")).isEqualTo(7);
        assertThat(CitationScanner.leadingNumber("use-x.md")).isNull();
    }
}
