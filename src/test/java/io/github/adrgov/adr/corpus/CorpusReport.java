package io.github.adrgov.adr.corpus;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLink;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.Dialect;
import io.github.adrgov.adr.model.LinkKind;
import io.github.adrgov.adr.model.StatusCategory;
import io.github.adrgov.adr.model.UnreadableFile;
import io.github.adrgov.adr.parse.LogReader;
import io.github.adrgov.adr.parse.ReadOptions;
import io.github.adrgov.adr.config.ValidationConfig;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads every ADR log of the shared corpus and prints what the parser made of it: one table row per log, and with
 * {@code --detail} one line per ADR. Not a unit test: the corpus lives outside the repository. Run it with
 * {@code scripts/corpus-report.sh [corpus-dir] [--detail] [--only name]}.
 */
public final class CorpusReport {

    private CorpusReport() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Paths.get("../shared/corpus");
        boolean detail = false;
        boolean findings = false;
        boolean fields = false;
        String only = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--detail" -> detail = true;
                case "--findings" -> findings = true;
                case "--fields" -> fields = true;
                case "--only" -> only = args[++i];
                default -> corpus = Paths.get(args[i]);
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        LogReader reader = new LogReader(ReadOptions.defaults());
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"log", "files", "skipped", "unreadable", "ADRs", "title", "number", "status",
            "valid date", "sup links", "resolved", "dialects", "statuses"});
        int[] totals = new int[10];
        for (Path repo : list(corpus)) {
            for (Path adrDir : list(repo)) {
                String name = repo.getFileName() + "/" + adrDir.getFileName();
                if (only != null && !name.contains(only)) {
                    continue;
                }
                AdrLog log;
                try {
                    log = reader.read(repo, adrDir);
                } catch (RuntimeException e) {
                    out.println("CRASH in " + name + ": " + e);
                    e.printStackTrace(out);
                    continue;
                }
                int[] c = count(log);
                for (int i = 0; i < c.length; i++) {
                    totals[i] += c[i];
                }
                rows.add(new String[] {name, "" + c[0], "" + c[1], "" + c[2], "" + c[3], "" + c[4], "" + c[5],
                    "" + c[6], "" + c[7], "" + c[8], "" + c[9], dialects(log), statuses(log)});
                if (detail) {
                    detail(out, name, log);
                }
                if (findings) {
                    findings(out, name, log, repo, detail);
                }
                if (fields) {
                    fields(out, name, log);
                }
            }
        }
        rows.add(new String[] {"TOTAL", "" + totals[0], "" + totals[1], "" + totals[2], "" + totals[3],
            "" + totals[4], "" + totals[5], "" + totals[6], "" + totals[7], "" + totals[8], "" + totals[9], "", ""});
        table(out, rows);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** files, skipped, unreadable, ADRs, with title, with number, with status, with valid date, sup links, resolved. */
    private static int[] count(AdrLog log) {
        int[] c = new int[10];
        c[1] = log.skipped().size();
        c[2] = log.unreadable().size();
        c[3] = log.size();
        c[0] = c[1] + c[2] + c[3];
        for (Adr a : log.adrs()) {
            c[4] += a.title() != null ? 1 : 0;
            c[5] += a.number() != null ? 1 : 0;
            c[6] += a.status().isPresent() ? 1 : 0;
            c[7] += a.date() != null ? 1 : 0;
            for (AdrLink l : a.links()) {
                if (l.kind() == LinkKind.SUPERSEDED_BY || l.kind() == LinkKind.SUPERSEDES) {
                    c[8]++;
                    c[9] += log.resolve(a, l).isEmpty() ? 0 : 1;
                }
            }
        }
        return c;
    }

    private static String dialects(AdrLog log) {
        Map<Dialect, Integer> m = new EnumMap<>(Dialect.class);
        log.adrs().forEach(a -> m.merge(a.dialect(), 1, Integer::sum));
        StringBuilder sb = new StringBuilder();
        m.forEach((d, n) -> sb.append(sb.length() > 0 ? " " : "").append(d.id()).append('=').append(n));
        return sb.toString();
    }

    private static String statuses(AdrLog log) {
        Map<StatusCategory, Integer> m = new EnumMap<>(StatusCategory.class);
        log.adrs().forEach(a -> a.status().ifPresent(s -> m.merge(s.category(), 1, Integer::sum)));
        StringBuilder sb = new StringBuilder();
        m.forEach((d, n) -> sb.append(sb.length() > 0 ? " " : "").append(d.id()).append('=').append(n));
        return sb.toString();
    }

    private static void detail(PrintStream out, String name, AdrLog log) {
        out.println("== " + name + " (" + log.directory() + ")");
        for (String s : log.skipped()) {
            out.println("  skipped " + s);
        }
        for (UnreadableFile u : log.unreadable()) {
            out.println("  UNREADABLE " + u.file() + ": " + u.problem());
        }
        for (Adr a : log.adrs()) {
            StringBuilder sb = new StringBuilder("  ");
            sb.append(a.id()).append(" | n=").append(a.number());
            if (a.titleNumber() != null && a.fileNumber() != null && !a.titleNumber().equals(a.fileNumber())) {
                sb.append(" (title n=").append(a.titleNumber()).append(')');
            }
            sb.append(" | ").append(a.title());
            sb.append(" | ").append(a.status().map(s -> s.category().id() + " \"" + s.text() + "\"@" + s.line())
                    .orElse("NO STATUS"));
            sb.append(" | ").append(a.dateText() == null ? "NO DATE" : (a.date() != null ? a.date().toString()
                    : "BAD DATE \"" + a.dateText() + "\""));
            sb.append(" | ").append(a.dialect().id()).append(" [").append(a.dialectReason()).append(']');
            for (AdrLink l : a.links()) {
                if (l.kind() == LinkKind.FILE_LINK) {
                    continue;
                }
                List<Adr> to = log.resolve(a, l);
                sb.append(" | ").append(l.kind()).append("->")
                        .append(l.targetPath() != null ? l.targetPath() : "#" + l.targetNumber())
                        .append(to.isEmpty() ? " (UNRESOLVED)" : " =" + to.get(0).id()).append('@').append(l.line());
            }
            for (var p : a.problems()) {
                sb.append(" | PROBLEM ").append(p.message()).append('@').append(p.line());
            }
            out.println(sb);
        }
    }

    /**
     * The fields the field-accuracy check compares with the files, one tab-separated line per ADR: log, file,
     * number, title, status category, date, superseded-by (ids from both sides of the relation), the date as written.
     */
    private static void fields(PrintStream out, String name, AdrLog log) {
        for (Adr a : log.adrs()) {
            List<String> by = new ArrayList<>();
            log.supersessions().supersededBy(a).forEach(s -> by.add(s.id()));
            out.println(String.join("\t", "FIELDS", name, a.file(), String.valueOf(a.number()),
                    String.valueOf(a.title()), a.statusCategory().id(), String.valueOf(a.date()), String.join(",", by),
                    a.dateText() == null ? "null" : a.dateText().replace('\t', ' ')));
        }
    }

    /** Runs every rule on the log and prints the count per rule, and with detail every finding. */
    private static void findings(PrintStream out, String name, AdrLog log, Path baseDir, boolean detail) {
        ValidationResult result = new Validator().validate(log, ValidationConfig.defaults(), baseDir, null);
        Map<String, Integer> perRule = new TreeMap<>();
        result.findings().forEach(f -> perRule.merge(f.rule(), 1, Integer::sum));
        out.println("-- findings " + name + ": " + perRule);
        if (detail) {
            for (Finding f : result.findings()) {
                out.println("   " + f.severity() + " " + f.format());
            }
        }
    }

    private static void table(PrintStream out, List<String[]> rows) {
        int[] w = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder("|");
            for (int i = 0; i < r.length; i++) {
                sb.append(' ').append(r[i]).append(" ".repeat(w[i] - r[i].length())).append(" |");
            }
            out.println(sb);
        }
    }
}
