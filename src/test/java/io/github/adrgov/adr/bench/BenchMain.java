package io.github.adrgov.adr.bench;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.parse.LogReader;
import io.github.adrgov.adr.parse.ReadOptions;
import io.github.adrgov.adr.result.Severity;
import io.github.adrgov.adr.result.ValidationResult;
import io.github.adrgov.adr.validate.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One measured task, run by {@link BenchmarkRunner} in a fresh JVM (so that class loading and JIT warm-up are part of
 * the figure, as in a real build). Prints one line of counts, which the runner keeps as a sanity check.
 *
 * <ul>
 *   <li>{@code validate <adrDir> [cacheDir]}: read, parse and validate the log as {@code adr:validate} does, through
 *       the parse cache when a cache directory is given;</li>
 *   <li>{@code flexmark <adrDir>}: the reference: read every file and let flexmark parse it, on one thread;</li>
 *   <li>{@code scan <adrDir>}: read every file and split it into lines (the floor: I/O and decoding).</li>
 * </ul>
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws IOException {
        String mode = args[0];
        Path dir = Path.of(args[1]).toAbsolutePath().normalize();
        switch (mode) {
            case "validate" -> validate(dir, args.length > 2 ? Path.of(args[2]) : null);
            case "flexmark" -> flexmark(dir);
            case "scan" -> scan(dir);
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
    }

    private static void validate(Path adrDir, Path cacheDir) throws IOException {
        Path base = adrDir.getParent().getParent();
        ReadOptions options = ReadOptions.defaults().withCacheDirectory(cacheDir);
        long t0 = System.nanoTime();
        AdrLog log = new LogReader(options).read(base, adrDir);
        long t1 = System.nanoTime();
        ValidationResult result = new Validator().validate(log, ValidationConfig.defaults(), base, null);
        long t2 = System.nanoTime();
        System.out.println("adrs=" + result.adrCount() + " errors=" + result.count(Severity.ERROR) + " warnings="
                + result.count(Severity.WARNING) + " readMs=" + (t1 - t0) / 1_000_000 + " rulesMs="
                + (t2 - t1) / 1_000_000);
    }

    private static void flexmark(Path dir) throws IOException {
        Parser parser = Parser.builder(new MutableDataSet()).build();
        int files = 0;
        int nodes = 0;
        for (Path p : markdownFiles(dir)) {
            Document doc = parser.parse(Files.readString(p, StandardCharsets.UTF_8));
            nodes += doc.getChildren().iterator().hasNext() ? 1 : 0;
            files++;
        }
        System.out.println("files=" + files + " nonEmpty=" + nodes);
    }

    private static void scan(Path dir) throws IOException {
        int files = 0;
        long headings = 0;
        for (Path p : markdownFiles(dir)) {
            for (String line : Files.readString(p, StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.startsWith("#")) {
                    headings++;
                }
            }
            files++;
        }
        System.out.println("files=" + files + " headings=" + headings);
    }

    private static List<Path> markdownFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }
}
