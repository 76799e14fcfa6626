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
import java.util.concurrent.TimeUnit;
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
    public record Outcome(int inputs, long millis, List<String> failures, long slowestMillis, long[] stageNanos,
            List<String> slowest) {

        /** Milliseconds per stage over all inputs, as {@code parse 12, validate 3, ...}. */
        public String stageMillis() {
            return AdrFuzzer.stageMillis(stageNanos);
        }
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

    /** The stages of {@link #check}, for the time each takes. */
    static final List<String> STAGES = List.of("parse", "validate", "outputs", "index", "site", "safety");

    /** Nanoseconds spent per stage of {@link #check} (indexed as {@link #STAGES}), over every input checked. */
    final long[] stageNanos = new long[STAGES.size()];

    private long stageStart;
    /** The unmutated template ADR checked beside each input (parsed once: the same text gives the same ADR). */
    private Adr companion;

    private void stage(int k) {
        long now = System.nanoTime();
        if (k > 0) {
            stageNanos[k - 1] += now - stageStart;
        }
        stageStart = now;
    }

    /** Runs one input through everything; throws on a failure. */
    void check(Input in) throws IOException {
        stage(0);
        String id = in.name().replaceFirst("\\.md$", "");
        Adr adr = parser.parse("docs/adr/" + in.name(), id, in.text());
        if (companion == null) {
            companion = parser.parse("docs/adr/" + NAMES.get(0), NAMES.get(0).replace(".md", ""), SEEDS.get(0));
        }
        List<Adr> adrs = new ArrayList<>(List.of(adr));
        if (!adr.file().equals(companion.file())) {
            adrs.add(companion);
        }
        AdrLog log = new AdrLog("docs/adr", adrs, List.of(), List.of());
        stage(1);
        ValidationResult result = new Validator().validate(log, config, null, null);
        stage(2);
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
        stage(3);
        List<String> body = new IndexRenderer(IndexSettings.defaults()).render(log, "docs/adr/README.md");
        try {
            String merged = IndexFile.merge(null, body, "docs/adr/README.md");
            IndexFile.find(merged, "docs/adr/README.md").orElseThrow();
        } catch (io.github.adrgov.adr.index.IndexFileException e) {
            throw new IllegalStateException("the index written cannot be read back: " + e.getMessage());
        }
        stage(4);
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
        stage(5);
        for (Map.Entry<String, ByteArrayOutputStream> p : pages.entrySet()) {
            List<String> live = HtmlSafety.live(p.getValue().toString(StandardCharsets.UTF_8));
            if (!live.isEmpty()) {
                throw new IllegalStateException("live content in " + p.getKey() + ": " + live);
            }
        }
        stage(6);
    }

    /**
     * Runs {@code inputs} inputs (or until {@code maxMillis} has passed) on one worker, each bounded by
     * {@code timeoutSeconds}; saves each failing input under {@code saveDir} when given.
     */
    public Outcome run(int inputs, int timeoutSeconds, long maxMillis, Path saveDir) throws Exception {
        return run(inputs, timeoutSeconds, maxMillis, saveDir, 1);
    }

    /**
     * Runs {@code inputs} inputs (or until {@code maxMillis} has passed) on {@code workers} threads of this JVM (the
     * JIT-compiled code is shared, so each input costs only its own work), each input bounded by
     * {@code timeoutSeconds}; saves each failing input under {@code saveDir} when given. The inputs are made in order
     * from the seed, so input {@code n} is the same whatever the number of workers. A worker stuck on an input past its
     * bound is reported as a hang and replaced (the stuck thread is left to run as a daemon).
     */
    public Outcome run(int inputs, int timeoutSeconds, long maxMillis, Path saveDir, int workers) throws Exception {
        long start = System.currentTimeMillis();
        long boundNanos = TimeUnit.SECONDS.toNanos(timeoutSeconds);
        Run r = new Run(saveDir);
        List<Worker> pool = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            pool.add(new Worker(r));
        }
        int made = 0;
        try {
            while (true) {
                boolean open = made < inputs && System.currentTimeMillis() - start < maxMillis;
                for (int w = 0; w < pool.size(); w++) {
                    Worker k = pool.get(w);
                    Worker.Job job = k.job;
                    if (job != null && System.nanoTime() - job.startNanos > boundNanos && k.abandon(job)) {
                        r.hung(job.n, job.in, "hang (over " + timeoutSeconds + " s)");
                        Worker.Job waiting = k.waiting;
                        k = new Worker(r);
                        if (waiting != null) {
                            k.queue.put(waiting);
                        }
                        pool.set(w, k);
                    }
                    if (k.queue.isEmpty() && open) { // the next input waits while this one is checked
                        k.queue.put(new Worker.Job(made++, next()));
                        open = made < inputs && System.currentTimeMillis() - start < maxMillis;
                    }
                }
                synchronized (r) {
                    if (!open && r.done == made) {
                        break;
                    }
                    r.wait(20);
                }
            }
        } finally {
            for (Worker k : pool) {
                k.thread.interrupt();
            }
        }
        for (Worker k : pool) {
            k.thread.join(1_000);
        }
        synchronized (r) {
            List<String> failures = new ArrayList<>(new java.util.TreeMap<>(r.failures).values());
            return new Outcome(r.done, System.currentTimeMillis() - start, failures, r.slowestMillis, r.stageNanos,
                    List.copyOf(r.slowest));
        }
    }

    /** What the workers of one run share: counts, failures (by input number), the slowest inputs, stage times. */
    private static final class Run {
        final Path saveDir;
        final Map<Integer, String> failures = new java.util.HashMap<>();
        final long[] stageNanos = new long[STAGES.size()];
        final List<String> slowest = new ArrayList<>();
        final java.util.TreeMap<Long, String> slowestByTime = new java.util.TreeMap<>();
        final long startMillis = System.currentTimeMillis();
        final boolean progress = Boolean.getBoolean("adr.fuzz.progress");
        int done;
        long slowestMillis;

        Run(Path saveDir) {
            this.saveDir = saveDir;
        }

        synchronized void finished(int n, Input in, long nanos, long[] stages, String failure) {
            done++;
            long ms = nanos / 1_000_000;
            slowestMillis = Math.max(slowestMillis, ms);
            for (int k = 0; k < stages.length; k++) {
                stageNanos[k] += stages[k];
            }
            slowestByTime.put(nanos * 1_000 + n % 1_000, "#" + n + " " + ms + " ms, " + in.text().length() + " chars");
            if (slowestByTime.size() > 5) {
                slowestByTime.pollFirstEntry();
            }
            slowest.clear();
            slowest.addAll(slowestByTime.descendingMap().values());
            if (failure != null) {
                fail(n, in, failure);
            }
            if (progress && done % 1_000 == 0) {
                System.out.println("adr fuzz: " + done + " inputs, " + failures.size() + " failures, "
                        + (System.currentTimeMillis() - startMillis) / 1_000 + " s");
            }
            notifyAll();
        }

        synchronized void hung(int n, Input in, String failure) {
            done++;
            fail(n, in, failure);
        }

        synchronized void fail(int n, Input in, String failure) {
            String file = "input-" + n + ".md";
            failures.put(n, "#" + n + " " + in.name().replace("\n", "\\n") + ": " + failure
                    + (saveDir == null ? "" : " (saved as " + file + ")"));
            if (saveDir != null) {
                try {
                    Files.createDirectories(saveDir);
                    Files.writeString(saveDir.resolve(file), "name: " + in.name().replace("\n", "\\n") + "\n"
                            + in.text(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    failures.put(n, failures.get(n) + " (not saved: " + e.getMessage() + ")");
                }
            }
        }
    }

    /** One checking thread with its own parser and renderers; takes inputs one at a time. */
    private static final class Worker implements Runnable {
        record Job(int n, Input in, long startNanos) {
            Job(int n, Input in) {
                this(n, in, 0);
            }
        }

        final java.util.concurrent.BlockingQueue<Job> queue = new java.util.concurrent.ArrayBlockingQueue<>(1);
        final Thread thread;
        private final Run run;
        private final AdrFuzzer checker = new AdrFuzzer(0);
        /** The input being checked and since when, or null. */
        volatile Job job;
        /** Set once the coordinator has given up on this worker's input. */
        private boolean abandoned;
        /** The input that was waiting for this worker when it was given up. */
        Job waiting;

        Worker(Run run) {
            this.run = run;
            this.thread = new Thread(null, this, "adr-fuzz", 0);
            thread.setDaemon(true); // a stuck thread that cannot be stopped cannot hold the JVM
            thread.start();
        }

        @Override
        public void run() {
            try {
                while (true) {
                    Job j = queue.take();
                    Job running = new Job(j.n(), j.in(), System.nanoTime());
                    job = running;
                    java.util.Arrays.fill(checker.stageNanos, 0);
                    String failure = null;
                    try {
                        checker.check(j.in());
                    } catch (Throwable e) { // an Error too (StackOverflowError)
                        failure = String.valueOf(e);
                    }
                    synchronized (this) {
                        if (abandoned) {
                            return; // the hang is reported already
                        }
                        run.finished(j.n(), j.in(), System.nanoTime() - running.startNanos(), checker.stageNanos,
                                failure);
                        job = null;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /**
         * Gives up on the input {@code stuck} unless it has just been finished, and keeps the input that was waiting
         * for this worker in {@link #waiting}. Returns whether it gave up. The thread is interrupted and left to run as
         * a daemon: stopping it could leave a class half initialised and fail every later input.
         */
        boolean abandon(Job stuck) {
            synchronized (this) {
                if (job != stuck) {
                    return false;
                }
                abandoned = true;
                waiting = queue.poll();
            }
            thread.interrupt();
            return true;
        }
    }

    /** Input number {@code n} (counted from 0) of the run with this fuzzer's seed, as {@link #run} makes it. */
    Input input(int n) {
        Input in = next();
        for (int i = 0; i < n; i++) {
            in = next();
        }
        return in;
    }

    /** Milliseconds per stage, as {@code parse 12, validate 3, ...}. */
    String stageMillis() {
        return stageMillis(stageNanos);
    }

    static String stageMillis(long[] stageNanos) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < STAGES.size(); k++) {
            sb.append(k == 0 ? "" : ", ").append(STAGES.get(k)).append(' ').append(stageNanos[k] / 1_000_000);
        }
        return sb.toString();
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("--input")) {
            // --input <n> <seed> <file>: writes input n of that seed (its name on the first line), checks nothing
            Input in = new AdrFuzzer(Long.parseLong(args[2])).input(Integer.parseInt(args[1]));
            Files.writeString(Path.of(args[3]), "name: " + in.name().replace("\n", "\\n") + "\n" + in.text(),
                    StandardCharsets.UTF_8);
            return;
        }
        if (args.length >= 2 && args[0].equals("--check")) {
            // --check <file> [times]: runs one saved input (as --input or a failing run writes it) through every stage,
            // again and again when asked (the later runs show the cost in a warm JVM)
            String saved = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
            int eol = saved.indexOf('\n');
            Input in = new Input(saved.substring("name: ".length(), eol).replace("\\n", "\n"), saved.substring(eol + 1));
            int times = args.length > 2 ? Integer.parseInt(args[2]) : 1;
            for (int i = 0; i < times; i++) {
                long t0 = System.nanoTime();
                AdrFuzzer f = new AdrFuzzer(0);
                f.check(in);
                System.out.println("checked in " + (System.nanoTime() - t0) / 1_000_000 + " ms: " + f.stageMillis());
            }
            return;
        }
        int inputs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        int timeout = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        Path save = Path.of(args.length > 3 ? args[3] : "target/adr-fuzz");
        long maxMinutes = Long.getLong("adr.fuzz.maxMinutes", Long.MAX_VALUE / 60_000);
        int workers = Integer.getInteger("adr.fuzz.workers", Runtime.getRuntime().availableProcessors());
        Outcome o = new AdrFuzzer(seed).run(inputs, timeout, maxMinutes * 60_000, save, workers);
        System.out.println("inputs " + o.inputs() + " (seed " + seed + ", " + workers + " workers), " + o.millis()
                + " ms, slowest " + o.slowestMillis() + " ms, failures " + o.failures().size());
        System.out.println("  time per stage: " + o.stageMillis() + " ms; slowest: " + o.slowest());
        o.failures().forEach(f -> System.out.println("  " + f));
        System.exit(o.failures().isEmpty() ? 0 : 1);
    }
}
