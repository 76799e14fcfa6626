package io.github.adrgov.adr.corpus;

import io.github.adrgov.adr.config.ValidationConfig;
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
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs every log of the shared corpus with zero configuration, as {@code adr:validate} would in the real project,
 * and prints per log the ADRs and the findings per rule (with {@code --detail}, every finding).
 *
 * <p>The corpus stores each ADR folder flat ({@code owner__repo/docs__adr/}); this launcher first copies every
 * folder back to its original path under {@code target/corpus-layout/owner__repo/} (from {@code SOURCES.tsv}), so
 * that links from one ADR folder of a repository to another (HHS's {@code ../../decisions/...}, alphagov's
 * {@code ADR} and {@code decision-record}) resolve as in the real repository. Files outside the ADR folders are not
 * in the corpus, and neither is any file that is not Markdown (images, sources): a {@code broken-link} finding that
 * points outside the log's own folder or to a file that is not Markdown is therefore counted apart, as a staging
 * artefact that the corpus cannot confirm or refute, and never hidden. Not a unit test: run it with
 * {@code scripts/corpus-report.sh --findings [--detail] [--only name]}.
 */
public final class CorpusFindings {

    private CorpusFindings() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Paths.get("../shared/corpus");
        boolean detail = false;
        String only = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--detail" -> detail = true;
                case "--only" -> only = args[++i];
                default -> corpus = Paths.get(args[i]);
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path layout = Paths.get("target/corpus-layout").toAbsolutePath();
        List<Staged> logs = stage(corpus, layout);
        LogReader reader = new LogReader(ReadOptions.defaults());
        int totalAdrs = 0;
        int totalFindings = 0;
        int totalOutside = 0;
        for (Staged s : logs) {
            if (only != null && !s.name().contains(only)) {
                continue;
            }
            AdrLog log = reader.read(s.base(), s.base().resolve(s.path()));
            ValidationResult result = new Validator().validate(log, ValidationConfig.defaults(), s.base(), null);
            Map<String, Integer> perRule = new TreeMap<>();
            List<String> outside = new ArrayList<>();
            String dir = log.directory().isEmpty() || log.directory().equals(".") ? "" : log.directory() + "/";
            for (Finding f : result.findings()) {
                if (f.rule().equals("broken-link") && pointsOutside(f.message(), dir)) {
                    outside.add(f.format());
                    continue;
                }
                perRule.merge(f.rule(), 1, Integer::sum);
            }
            int n = perRule.values().stream().mapToInt(Integer::intValue).sum();
            totalAdrs += log.size();
            totalFindings += n;
            totalOutside += outside.size();
            out.println("== " + s.name() + ": " + log.size() + " ADRs, " + n + " findings " + perRule
                    + (outside.isEmpty() ? "" : ", " + outside.size() + " broken-link outside the ADR folder or to non-Markdown files (not in the corpus)"));
            if (detail) {
                for (Finding f : result.findings()) {
                    String line = f.format();
                    out.println("   " + (outside.contains(line) ? "STAGING " : "") + f.severity() + " " + line);
                }
            }
        }
        out.println("TOTAL: " + totalAdrs + " ADRs, " + totalFindings + " findings, " + totalOutside
                + " broken-link findings outside the ADR folders");
    }

    /**
     * Whether a broken-link message names a target the corpus cannot confirm or refute: a path outside the log's
     * folder ({@code dir} ends with a slash, empty for a log at the repository root), or a file inside it that is not
     * Markdown (the corpus holds only the Markdown files of each folder). An extensionless target inside the folder
     * ({@code ./0004-release-captain}, {@code README}) is a page slug, which the corpus can judge: it is counted.
     */
    static boolean pointsOutside(String message, String dir) {
        int at = message.indexOf(" points to ");
        if (at < 0) {
            return false;
        }
        String path = message.substring(at + " points to ".length());
        int comma = path.indexOf(", which does not exist");
        path = comma < 0 ? path : path.substring(0, comma);
        String target = path.toLowerCase(java.util.Locale.ROOT);
        String last = target.substring(target.lastIndexOf('/') + 1);
        boolean markdown = target.endsWith(".md") || target.endsWith(".markdown") || last.indexOf('.') < 0;
        return !dir.isEmpty() && !path.startsWith(dir) || path.startsWith("../") || !markdown;
    }

    /** One log as staged: the repository folder, the ADR path inside it, and the corpus name. */
    record Staged(String name, Path base, String path) {
    }

    /** Copies each corpus folder to its original path under {@code layout}, as listed in {@code SOURCES.tsv}. */
    static List<Staged> stage(Path corpus, Path layout) throws IOException {
        List<Staged> out = new ArrayList<>();
        List<String> rows = Files.readAllLines(corpus.resolve("SOURCES.tsv"), StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            String[] cols = row.split("\t");
            if (cols.length < 8) {
                continue;
            }
            String staged = cols[7].strip();
            String original = cols[2].strip();
            Path from = corpus.resolve(staged);
            String repo = staged.substring(0, staged.indexOf('/'));
            Path base = layout.resolve(repo);
            Path to = original.equals(".") ? base : base.resolve(original);
            copyTree(from, to);
            out.add(new Staged(staged, base, original));
        }
        out.sort((a, b) -> a.name().compareTo(b.name()));
        return out;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
