package io.github.adrgov.adr.bench;

import io.github.adrgov.adr.citations.CitationScanner;
import io.github.adrgov.adr.citations.CodeCitations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The cost of the citation scan of {@code adr:validate}, run by {@code scripts/citation-benchmark.sh} in a fresh JVM
 * per measurement:
 * <ul>
 *   <li>{@code generate <from> <to> <files>}: copies the source files under {@code from} into {@code to} again and
 *       again (in folders {@code copy1/}, {@code copy2/}...) until there are {@code files} files;</li>
 *   <li>{@code scan <tree>}: scans the tree as {@code adr:validate} does (default file types, marker
 *       {@code docs/adr/}) and prints the milliseconds of a first (cold) and a second (warm) scan, with the counts;</li>
 *   <li>{@code read <tree>}: the floor: reads every file of the tree as bytes, nothing else.</li>
 * </ul>
 */
public final class CitationBench {

    private CitationBench() {
    }

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "generate" -> generate(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            case "scan" -> scan(Path.of(args[1]));
            case "read" -> read(Path.of(args[1]));
            default -> throw new IllegalArgumentException("generate, scan or read");
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void generate(Path from, Path to, int count) throws IOException {
        List<Path> sources = files(from);
        int made = 0;
        for (int copy = 1; made < count; copy++) {
            for (Path p : sources) {
                if (made == count) {
                    break;
                }
                Path target = to.resolve("copy" + copy).resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                made++;
            }
        }
        System.out.println("files=" + made);
    }

    private static void scan(Path tree) throws IOException {
        CitationScanner scanner = new CitationScanner(CitationScanner.DEFAULT_FILE_TYPES, List.of("docs/adr"),
                CitationScanner.DEFAULT_MAX_BYTES);
        List<Long> ms = new ArrayList<>();
        CodeCitations c = null;
        for (int i = 0; i < 2; i++) {
            long t = System.nanoTime();
            c = scanner.scan(tree, List.of(tree));
            ms.add((System.nanoTime() - t) / 1_000_000);
        }
        System.out.println("cold_ms=" + ms.get(0) + " warm_ms=" + ms.get(1) + " files=" + c.filesScanned()
                + " bytes=" + c.bytesScanned() + " skipped=" + c.filesSkipped() + " citations="
                + c.citations().size());
    }

    private static void read(Path tree) throws IOException {
        long t = System.nanoTime();
        long bytes = 0;
        List<Path> all = files(tree);
        for (Path p : all) {
            bytes += Files.readAllBytes(p).length;
        }
        System.out.println("read_ms=" + (System.nanoTime() - t) / 1_000_000 + " files=" + all.size() + " bytes="
                + bytes);
    }
}
