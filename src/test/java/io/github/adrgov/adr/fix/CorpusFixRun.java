package io.github.adrgov.adr.fix;

import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.edit.AtomicWriter;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.parse.LogReader;
import io.github.adrgov.adr.parse.ReadOptions;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.ValidationResult;
import io.github.adrgov.adr.validate.Validator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs the adr:fix core over copies of every corpus log (in a work folder, never the corpus itself) the way the goal
 * does: validate, fix the ADR files, validate again, fix the index, validate once more. Prints per log the findings
 * before and after, per rule, and every change. Not a unit test. Usage:
 * {@code java -cp ... io.github.adrgov.adr.fix.CorpusFixRun ../shared/corpus /tmp/fixrun}; then compare the copies
 * with the corpus with {@code diff -r}.
 */
public final class CorpusFixRun {

    private CorpusFixRun() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Paths.get(args.length > 0 ? args[0] : "../shared/corpus");
        Path work = Paths.get(args.length > 1 ? args[1] : "/tmp/fixrun");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (Path repo : list(corpus)) {
            for (Path adrDir : list(repo)) {
                Path base = work.resolve(repo.getFileName().toString()).resolve(adrDir.getFileName().toString());
                Path dir = base.resolve("docs/adr");
                copy(adrDir, dir);
                ValidationConfig config = ValidationConfig.builder().indexFile("docs/adr/README.md").build();
                ValidationResult before = validate(base, dir, config);
                Fixer fixer = new Fixer(config, base, Set.of());
                FixPlan adrs = fixer.planAdrs(before);
                adrs.changes().writeAll(new AtomicWriter(base));
                ValidationResult middle = validate(base, dir, config);
                FixPlan index = fixer.planIndex(middle);
                index.changes().writeAll(new AtomicWriter(base));
                ValidationResult after = validate(base, dir, config);
                FixPlan again = fixer.planAdrs(after);
                FixPlan againIndex = fixer.planIndex(after);
                out.println("## " + repo.getFileName() + "/" + adrDir.getFileName() + ": " + before.adrCount()
                        + " ADRs, findings " + before.findings().size() + " -> " + after.findings().size()
                        + ", changes " + (adrs.fixes().size() + index.fixes().size()) + ", second run "
                        + (again.changes().effective().size() + againIndex.changes().effective().size())
                        + " files");
                out.println("   before: " + byRule(before.findings()));
                out.println("   after:  " + byRule(after.findings()));
                for (FixPlan p : List.of(adrs, index)) {
                    for (Fix f : p.fixes()) {
                        out.println("   " + f.format());
                    }
                    for (String r : p.refused()) {
                        out.println("   REFUSED " + r);
                    }
                }
            }
        }
    }

    private static ValidationResult validate(Path base, Path dir, ValidationConfig config) throws IOException {
        AdrLog log = new LogReader(ReadOptions.defaults()).read(base, dir);
        return new Validator().validate(log, config, base, null);
    }

    private static Map<String, Integer> byRule(List<Finding> findings) {
        Map<String, Integer> m = new TreeMap<>();
        for (Finding f : findings) {
            m.merge(f.rule(), 1, Integer::sum);
        }
        return m;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.createDirectories(t.getParent());
                    Files.copy(p, t, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(Files::isDirectory).sorted().forEach(out::add);
        }
        return out;
    }
}
