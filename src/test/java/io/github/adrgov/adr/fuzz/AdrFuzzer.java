package io.github.adrgov.adr.fuzz;

import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.index.AdrsJsonWriter;
import io.github.adrgov.adr.index.IndexFile;
import io.github.adrgov.adr.index.IndexRenderer;
import io.github.adrgov.adr.index.IndexSettings;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.output.ConsoleLine;
import io.github.adrgov.adr.output.ConsoleReport;
import io.github.adrgov.adr.output.GitHubAnnotations;
import io.github.adrgov.adr.output.JUnitXmlWriter;
import io.github.adrgov.adr.output.ValidationJsonWriter;
import io.github.adrgov.adr.parse.AdrParser;
import io.github.adrgov.adr.report.AdrReport;
import io.github.adrgov.adr.report.HtmlSafety;
import io.github.adrgov.adr.report.ReportData;
import io.github.adrgov.adr.report.ReportText;
import io.github.adrgov.adr.result.ValidationResult;
import io.github.adrgov.adr.validate.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;

/**
 * A seeded fuzzer: mutates valid ADRs of every dialect (byte flips, line cuts and duplications, random Markdown and
 * YAML fragments, deep nesting, long lines, control characters, hostile {@code {}/{@code }} and link text, odd file
 * names) and runs each input through the parser, every rule, the console, JSON and JUnit outputs, the index renderer
 * and the site renderer, with a time bound per input. A failure is an exception, a hang (the time bound), a page with
 * something live in it ({@link HtmlSafety}), or a console line split by a line end. Failing inputs are saved.
 *
 * <p>Run long: {@code mvn -o -B -ntp test -Dtest=AdrFuzzTest -Dinvoker.skip=true -Dadr.fuzz.inputs=100000}, or
 * {@code main} with {@code <inputs> <seed> <timeoutSeconds> <saveDir>}.
 */
public final class AdrFuzzer {

    /** What a run found. */
    public record Outcome(int inputs, long millis, List<String> failures, long slowestMillis) {
    }

    static final List<String> SEEDS = List.of(
            // template
            "# ADR-001: Use PostgreSQL\n\n**Date**: 2025-01-15\n**Status**: Accepted\n**Deciders**: Ana, Bo\n"
                    + "**Technical Story**: #12\n\n## Context\n\nWe need a database.\n\n## Decision Drivers\n\n* cost\n\n"
                    + "## Considered Options\n\n* PostgreSQL\n* MySQL\n\n## Decision\n\nPostgreSQL.\n\n## Rationale\n\n"
                    + "Known.\n\n## Consequences\n\nGood.\n\n## Related Decisions\n\n- Supersedes ADR-0002\n",
            // quick
            "# ADR-002: Cache in Redis\n\n**Status**: Superseded by ADR-001 | **Date**: 2025-01-10\n\n## Context\n\n"
                    + "Slow.\n\n## Decision\n\nRedis, see [ADR-001](0001-use-postgresql.md).\n\n## Consequences\n\nFast.\n",
            // nygard
            "# 3. Record architecture decisions\n\nDate: 2024-03-01\n\n## Status\n\nAccepted\n\n"
                    + "Supercedes [2. Cache in Redis](0002-cache-in-redis.md)\n\n## Context\n\nWe decide.\n\n"
                    + "## Decision\n\nWe use ADRs.\n\n## Consequences\n\nSee Michael Nygard's article.\n",
            // madr 2
            "# Use Markdown Any Decision Records\n\n* Status: accepted\n* Deciders: team\n* Date: 2024-05-06\n\n"
                    + "## Context and Problem Statement\n\nHow?\n\n## Considered Options\n\n* MADR\n* Nygard\n\n"
                    + "## Decision Outcome\n\nChosen option: \"MADR\", because it is lean.\n",
            // madr 3/4 front matter
            "---\nstatus: proposed\ndate: 2024-06-07\ndecision-makers: [Ana, Bo]\nconsulted: Cy\n"
                    + "superseded-by: ADR-0003\n---\n# Use YAML front matter\n\n## Context and Problem Statement\n\n"
                    + "Metadata.\n\n## Considered Options\n\n* front matter\n\n## Decision Outcome\n\n"
                    + "Chosen option: front matter.\n\n### Consequences\n\n* Good, because tools read it.\n",
            // log4brains
            "# Adopt log4brains\n\n- Status: accepted\n- Date: 2024-01-15\n- Deciders: Ana\n\n"
                    + "## Context and Problem Statement\n\nNeed a UI.\n\n## Decision Outcome\n\nlog4brains.\n\n"
                    + "## Links\n\n- Supersedes [20231212-use-wiki](20231212-use-wiki.md)\n",
            // changelog (Cosmos)
            "# ADR 012: State sync\n\n## Changelog\n\n- 2023-02-01: first draft\n- 2023-03-01: accepted\n\n"
                    + "## Status\n\nACCEPTED\n\n## Context\n\nSync.\n\n## Decision\n\nSnapshots.\n\n## Consequences\n\n"
                    + "### Positive\n\nFaster.\n");
    static final List<String> NAMES = List.of("0001-use-postgresql.md", "0002-cache-in-redis.md",
            "0003-record-architecture-decisions.md", "0004-use-madr.md", "0005-use-yaml-front-matter.md",
            "20240115-adopt-log4brains.md", "adr-012-state-sync.md");

    private static final String[] MARKDOWN = {"# ", "## Status\n\n", "## Context\n", "* ", "- ", "1. ", "> ", "```\n",
        "~~~", "    code\n", "| a | b |\n|---|---|\n", "---\n", "***", "___", "**", "__", "*", "_", "~~", "`", "[", "]",
        "(", ")", "![x](y.png)", "[a](b)", "[ref]: http://x\n", "<!--", "-->", "<div>", "</div>", "<", ">", "&amp;",
        "&#0;", "&#x110000;", "\\", "Superseded by ADR-0009", "Supersedes [ADR-2](0002-x.md)", "Status: accepted\n",
        "**Status**: Rejected\n", "Date: 2025-13-45\n", "* Date: YYYY-MM-DD\n", "{", "}", "{#id}", "|", "\t", "  \n",
        "\u00e9", "\u4e2d", "\uD83D\uDE00", "\u202E", "\u2028", "\uFEFF", "\r", "\r\n", "\u0000", "\u001b[2K",
        "TODO", "[Describe the context]", "0001-use-postgresql.md", "../outside.md", "#anchor"};
    private static final String[] YAML = {"status: ", "date: ", "title: ", "superseded-by: ", "supersedes: [",
        "deciders: ", "&a ", "*a", "[", "]", "{", "}", "- ", "? ", ": ", "|\n  ", ">\n  ", "!!binary ", "!tag ",
        "\"", "'", "#", "---\n", "...\n", "r: &r [*r]\n", "k: v\nk: w\n", "\t", "%YAML 1.2\n", "<<: *a\n"};
    private static final String[] HOSTILE = {"{Team, javascript:alert(1)}", "{x, vbscript:y}", "{", "}", "{{", "}}",
        "[x](javascript:alert(2))", "[x](JaVaScRiPt:alert(3))", "[x](java\tscript:alert(4))", "<script>alert(5)</script>",
        "<img src=x onerror=alert(6)>", "<a href=\"javascript:alert(7)\">a</a>", "<svg onload=alert(8)>",
        "<iframe src=//evil>", "\"><script>alert(9)</script>", "javascript:alert(10)", "<style>*{}</style>",
        "<form action=javascript:alert(11)>", "[x](data:text/html,<script>alert(12)</script>)",
        "<details open ontoggle=alert(13)>", "{link, http://example.com}", "${env.HOME}", "%s%n", "'{0}'"};

    private final Random random;
    private final AdrParser parser = new AdrParser(StatusVocabulary.defaults());
    private final ValidationConfig config = ValidationConfig.builder().today(LocalDate.of(2026, 1, 15)).build();

    public AdrFuzzer(long seed) {
        this.random = new Random(seed);
    }

    /** One mutated input: a file name and its text. */
    record Input(String name, String text) {
    }

    Input next() {
        int k = random.nextInt(SEEDS.size());
        String text = SEEDS.get(k);
        String name = NAMES.get(k);
        int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            text = mutate(text);
        }
        if (random.nextInt(8) == 0) {
            name = name.replace(".md", pick(new String[] {"{", "}", "{a, javascript:x}", "\\b", "\n[INFO] BUILD SUCCESS",
                "\u00fcber", " ", "\u202E", "%20", "#x"}) + ".md");
        }
        return new Input(name, text);
    }

    private String mutate(String t) {
        List<String> lines = new ArrayList<>(List.of(t.split("\n", -1)));
        int at = random.nextInt(lines.size());
        switch (random.nextInt(11)) {
            case 0 -> { // byte flips
                char[] c = t.toCharArray();
                for (int i = 0; i < 1 + random.nextInt(8) && c.length > 0; i++) {
                    c[random.nextInt(c.length)] = (char) (random.nextBoolean() ? random.nextInt(128)
                            : random.nextInt(0x3000));
                }
                return new String(c);
            }
            case 1 -> lines.remove(at);
            case 2 -> lines.add(at, lines.get(at));
            case 3 -> lines.set(at, cut(lines.get(at)));
            case 4 -> lines.add(at, fragment(MARKDOWN, 1 + random.nextInt(6)));
            case 5 -> { // YAML into (or as) front matter
                String y = fragment(YAML, 1 + random.nextInt(5)) + fragment(HOSTILE, random.nextInt(2));
                if (t.startsWith("---\n")) {
                    lines.add(1 + random.nextInt(Math.max(1, Math.min(lines.size() - 1, 6))), y);
                } else {
                    return "---\n" + y + "\n" + (random.nextBoolean() ? "---\n" : "") + t;
                }
            }
            case 6 -> lines.add(at, deep());
            case 7 -> lines.add(at, longLine());
            case 8 -> lines.set(at, lines.get(at) + (char) random.nextInt(32) + pick(new String[] {"\u0085", "\u2028",
                "\u007f", "\u009b", "\r", ""}));
            case 9 -> lines.set(at, insert(lines.get(at), pick(HOSTILE)));
            default -> lines.set(at, insert(lines.get(at), fragment(MARKDOWN, 1 + random.nextInt(3))));
        }
        return String.join("\n", lines);
    }

    private String cut(String line) {
        return line.isEmpty() ? line : line.substring(0, random.nextInt(line.length()));
    }

    private String insert(String line, String what) {
        int p = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
        return line.substring(0, p) + what + line.substring(p);
    }

    private String deep() {
        int n = 50 + random.nextInt(random.nextBoolean() ? 200 : 1500);
        String unit = pick(new String[] {"- ", "> ", "* ", "1. ", "  - ", "*", "_", "[", "![", "<div>", "**", "`",
            "- > ", "  "});
        String line = unit.repeat(n) + "x";
        return random.nextBoolean() ? line : line + new StringBuilder(unit).reverse().toString().repeat(n);
    }

    private String longLine() {
        int n = 1_000 + random.nextInt(random.nextInt(10) == 0 ? 60_000 : 8_000);
        String unit = pick(new String[] {"_a ", "*em* [a](b) ", " ", "ADR-0001, ", "a", "{", "[", "<!--", "`",
            "\t", "*", "**a", "~~", "&amp;", "http://x ", "<a ", "\\"});
        String prefix = pick(new String[] {"", "# ", "## ", "**Status**: Superseded by ", "Date: ", "* Deciders: ",
            "> ", "- ", "| "});
        return prefix + unit.repeat(n / unit.length() + 1);
    }

    private String fragment(String[] parts, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(pick(parts));
        }
        return sb.toString();
    }

    private String pick(String[] a) {
        return a[random.nextInt(a.length)];
    }

    /** Runs one input through everything; throws on a failure. */
    void check(Input in) throws IOException {
        String id = in.name().replaceFirst("\\.md$", "");
        Adr adr = parser.parse("docs/adr/" + in.name(), id, in.text());
        Adr companion = parser.parse("docs/adr/" + NAMES.get(0), NAMES.get(0).replace(".md", ""), SEEDS.get(0));
        List<Adr> adrs = new ArrayList<>(List.of(adr));
        if (!adr.file().equals(companion.file())) {
            adrs.add(companion);
        }
        AdrLog log = new AdrLog("docs/adr", adrs, List.of(), List.of());
        ValidationResult result = new Validator().validate(log, config, null, null);
        for (ConsoleLine l : new ConsoleReport(200).lines(result, "docs/adr", "target/adr/validation.json")) {
            if (l.text().indexOf('\n') >= 0 || l.text().indexOf('\r') >= 0) {
                throw new IllegalStateException("console line split: " + l.text());
            }
        }
        for (String l : GitHubAnnotations.lines(result.findings(), "")) {
            if (l.indexOf('\n') >= 0 || l.indexOf('\r') >= 0) {
                throw new IllegalStateException("annotation split: " + l);
            }
        }
        new ValidationJsonWriter().toJson(result);
        new JUnitXmlWriter(false).toXml(result);
        AdrsJsonWriter.render(log);
        List<String> body = new IndexRenderer(IndexSettings.defaults()).render(log, "docs/adr/README.md");
        try {
            String merged = IndexFile.merge(null, body, "docs/adr/README.md");
            IndexFile.find(merged, "docs/adr/README.md").orElseThrow();
        } catch (io.github.adrgov.adr.index.IndexFileException e) {
            throw new IllegalStateException("the index written cannot be read back: " + e.getMessage());
        }
        AdrReport report = new AdrReport(ReportData.of(result, "docs/adr"), ReportText.forLocale(Locale.ENGLISH));
        Map<String, ByteArrayOutputStream> pages = new LinkedHashMap<>();
        Xhtml5SinkFactory sinks = new Xhtml5SinkFactory();
        report.renderPages(name -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pages.put(name, out);
            return sinks.createSink(out, "UTF-8");
        });
        ByteArrayOutputStream index = new ByteArrayOutputStream();
        report.renderIndex(sinks.createSink(index, "UTF-8"));
        pages.put("index.html", index);
        for (Map.Entry<String, ByteArrayOutputStream> p : pages.entrySet()) {
            List<String> live = HtmlSafety.live(p.getValue().toString(StandardCharsets.UTF_8));
            if (!live.isEmpty()) {
                throw new IllegalStateException("live content in " + p.getKey() + ": " + live);
            }
        }
    }

    /**
     * Runs {@code inputs} inputs (or until {@code maxMillis} has passed), each bounded by {@code timeoutSeconds}; saves
     * each failing input under {@code saveDir} when given.
     */
    public Outcome run(int inputs, int timeoutSeconds, long maxMillis, Path saveDir) throws Exception {
        List<String> failures = new ArrayList<>();
        long start = System.currentTimeMillis();
        long slowest = 0;
        ExecutorService worker = newWorker();
        int done = 0;
        try {
            for (; done < inputs && System.currentTimeMillis() - start < maxMillis; done++) {
                Input in = next();
                long t0 = System.nanoTime();
                Future<?> f = worker.submit(() -> {
                    check(in);
                    return null;
                });
                String failure = null;
                try {
                    f.get(timeoutSeconds, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    f.cancel(true);
                    worker.shutdownNow();
                    worker = newWorker(); // the stuck thread is a daemon and cannot hold the JVM
                    failure = "hang (over " + timeoutSeconds + " s)";
                } catch (java.util.concurrent.ExecutionException e) {
                    failure = String.valueOf(e.getCause());
                }
                slowest = Math.max(slowest, (System.nanoTime() - t0) / 1_000_000);
                if (failure != null) {
                    String file = "input-" + done + ".md";
                    failures.add("#" + done + " " + in.name().replace("\n", "\\n") + ": " + failure
                            + (saveDir == null ? "" : " (saved as " + file + ")"));
                    if (saveDir != null) {
                        Files.createDirectories(saveDir);
                        Files.writeString(saveDir.resolve(file), "name: " + in.name().replace("\n", "\\n") + "\n"
                                + in.text(), StandardCharsets.UTF_8);
                    }
                }
            }
        } finally {
            worker.shutdownNow();
        }
        return new Outcome(done, System.currentTimeMillis() - start, failures, slowest);
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "adr-fuzz", 0);
            t.setDaemon(true);
            return t;
        });
    }

    public static void main(String[] args) throws Exception {
        int inputs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        int timeout = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        Path save = Path.of(args.length > 3 ? args[3] : "target/adr-fuzz");
        long maxMinutes = Long.getLong("adr.fuzz.maxMinutes", Long.MAX_VALUE / 60_000);
        Outcome o = new AdrFuzzer(seed).run(inputs, timeout, maxMinutes * 60_000, save);
        System.out.println("inputs " + o.inputs() + ", " + o.millis() + " ms, slowest " + o.slowestMillis()
                + " ms, failures " + o.failures().size());
        o.failures().forEach(f -> System.out.println("  " + f));
        System.exit(o.failures().isEmpty() ? 0 : 1);
    }
}
