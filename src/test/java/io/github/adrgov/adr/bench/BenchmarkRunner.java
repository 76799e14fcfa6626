package io.github.adrgov.adr.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The performance benchmark: generates ADR logs under {@code target/bench/}, then times each task in a fresh JVM
 * (or a fresh Maven run) several times, interleaving the cases so that a change of machine load hits them all alike,
 * and prints a Markdown table with median and minimum wall-clock times. Not a unit test: run it with
 * {@code scripts/benchmark.sh}.
 *
 * <p>Options: {@code --sizes 200,10000} (log sizes, {@code none} for only the Maven cases), {@code --runs 5}, {@code --out <file>}, and
 * {@code --maven <plugin jar> <plugin pom>}: also time {@code mvn -o -q validate} on a generated 200-ADR project with
 * and without the plugin. The plugin is installed into a local repository of the benchmark's own
 * ({@code target/bench/m2}, filled from {@code ~/.m2} as a file mirror), so that nothing else installing a snapshot
 * into {@code ~/.m2} during the run can change what is measured.
 *
 * <p>Each run is wrapped in GNU {@code time} when {@code /usr/bin/time} exists, to report the CPU time (user + system)
 * beside the wall-clock time: on a loaded machine the CPU time says what the work costs, the wall time what it takes.
 */
public final class BenchmarkRunner {

    private final Path work;
    private final String java;
    private final String classpath;
    private final List<String> oneCore;
    private final Map<String, List<Double>> times = new LinkedHashMap<>();
    private final Map<String, List<Double>> cpuTimes = new LinkedHashMap<>();
    private final Map<String, String> outputs = new LinkedHashMap<>();
    private final boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));

    private BenchmarkRunner(Path work) {
        this.work = work;
        this.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // absolute entries: the tasks run in the generated directories
        this.classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(e -> Path.of(e).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
        this.oneCore = Files.isExecutable(Path.of("/usr/bin/taskset"))
                ? List.of("/usr/bin/taskset", "-c", "0") : List.of();
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(200, 10_000);
        int runs = 5;
        Path pluginJar = null;
        Path pluginPom = null;
        Path out = Path.of("target/bench/results.md");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> {
                    String v = args[++i];
                    sizes = v.equals("none") ? List.of() : Arrays.stream(v.split(",")).map(Integer::valueOf).toList();
                }
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--maven" -> {
                    pluginJar = Path.of(args[++i]).toAbsolutePath();
                    pluginPom = Path.of(args[++i]).toAbsolutePath();
                }
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        BenchmarkRunner b = new BenchmarkRunner(Path.of("target/bench").toAbsolutePath());
        String loadBefore = load();
        StringBuilder table = new StringBuilder();
        for (int n : sizes) {
            b.jvmCases(n, runs, table);
        }
        if (pluginJar != null) {
            b.mavenCases(200, runs, pluginJar, pluginPom, table);
        }
        String report = "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", load average before " + loadBefore + ", after " + load()
                + "; " + runs + " runs per case, each in a fresh JVM, cases interleaved. Wall: elapsed seconds;"
                + " CPU: user + system seconds of the process and its threads.\n\n"
                + "| case | ADRs | wall median | wall min | CPU median | wall vs reference | CPU vs reference |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n" + table;
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println(report);
        System.out.println("Sanity (last output of each case):");
        b.outputs.forEach((k, v) -> System.out.println("  " + k + ": " + v));
    }

    /** Cold, cached and reference runs of the plain-Java core on a log of {@code n} ADRs. */
    private void jvmCases(int n, int runs, StringBuilder table) throws Exception {
        Path base = work.resolve("log-" + n);
        Path adrDir = base.resolve("docs/adr");
        generate(n, adrDir);
        Path coldCache = base.resolve("cache-cold");
        Path warmCache = base.resolve("cache-warm");
        String main = BenchMain.class.getName();
        List<String> jvm = List.of(java, "-cp", classpath, main);
        Map<String, Case> cases = new LinkedHashMap<>();
        cases.put("flexmark bare parse, 1 thread (reference)", new Case(cmd(List.of(), jvm, "flexmark", adrDir), null));
        cases.put("read files + split lines, 1 thread", new Case(cmd(List.of(), jvm, "scan", adrDir), null));
        cases.put("validate, no cache, 1 core", new Case(cmd(oneCore, jvm, "validate", adrDir), null));
        cases.put("validate, no cache, 2 cores", new Case(cmd(List.of(), jvm, "validate", adrDir), null));
        cases.put("validate, empty cache (parse + write cache), 2 cores",
                new Case(cmd(List.of(), jvm, "validate", adrDir, coldCache.toString()), coldCache));
        cases.put("validate, warm cache, 1 core", new Case(cmd(oneCore, jvm, "validate", adrDir,
                warmCache.toString()), null));
        cases.put("validate, warm cache, 2 cores", new Case(cmd(List.of(), jvm, "validate", adrDir,
                warmCache.toString()), null));
        deleteTree(warmCache);
        run("fill warm cache " + n, cases.get("validate, warm cache, 2 cores").command, base);
        measure(n, runs, cases, base);
        String ref = "flexmark bare parse, 1 thread (reference)";
        for (String name : cases.keySet()) {
            row(table, name, n, ref);
        }
    }

    /** {@code mvn -o -q validate} on a generated project, without and with {@code adr:validate} bound. */
    private void mavenCases(int n, int runs, Path jar, Path pluginPom, StringBuilder table) throws Exception {
        Path project = work.resolve("mvn-" + n);
        deleteTree(project);
        generate(n, project.resolve("docs/adr"));
        String version = projectVersion(pluginPom);
        Files.writeString(project.resolve("pom-plain.xml"), pom(null));
        Files.writeString(project.resolve("pom-adr.xml"), pom(version));
        Path repo = work.resolve("m2");
        Path settings = work.resolve("settings.xml");
        Files.writeString(settings, settings(Path.of(System.getProperty("user.home"), ".m2", "repository")));
        String mvn = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win") ? "mvn.cmd" : "mvn";
        List<String> maven = List.of(mvn, "-B", "-s", settings.toString(), "-Dmaven.repo.local=" + repo);
        List<String> install = new ArrayList<>(maven);
        install.addAll(List.of("-q", "org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file",
                "-Dfile=" + jar, "-DpomFile=" + pluginPom));
        List<String> prime = new ArrayList<>(maven);
        prime.addAll(List.of("-q", "-f", "pom-adr.xml", "validate"));
        if (run("maven install plugin into bench repo", install, project) == null
                || run("maven first run with plugin " + n, prime, project) == null) {
            table.append("| mvn cases skipped: the build with the plugin failed, see target/bench/logs | ").append(n)
                    .append(" | | | | | |\n");
            return;
        }
        Map<String, Case> cases = new LinkedHashMap<>();
        Path target = project.resolve("target");
        cases.put("mvn -o -q validate, without the plugin", new Case(mavenCmd(maven, "pom-plain.xml"), target));
        cases.put("mvn -o -q validate, with adr:validate, no target/ (cold cache)",
                new Case(mavenCmd(maven, "pom-adr.xml"), target));
        cases.put("mvn -o -q validate, with adr:validate, warm cache",
                new Case(mavenCmd(maven, "pom-adr.xml"), null));
        measure(n, runs, cases, project);
        String ref = "mvn -o -q validate, without the plugin";
        for (String name : cases.keySet()) {
            row(table, name, n, ref);
        }
    }

    private static List<String> mavenCmd(List<String> maven, String pom) {
        List<String> c = new ArrayList<>(maven);
        c.addAll(List.of("-o", "-q", "-f", pom, "validate"));
        return c;
    }

    private static String projectVersion(Path pom) throws IOException {
        for (String line : Files.readAllLines(pom)) {
            if (line.startsWith("  <version>")) {
                return line.replaceAll(".*<version>(.*)</version>.*", "$1");
            }
        }
        throw new IOException("no <version> in " + pom);
    }

    private static String settings(Path userRepo) {
        return """
                <settings>
                  <mirrors>
                    <mirror>
                      <id>local-m2</id>
                      <mirrorOf>*</mirrorOf>
                      <url>%s</url>
                    </mirror>
                  </mirrors>
                  <profiles>
                    <profile>
                      <id>bench</id>
                      <repositories>
                        <repository><id>local-m2</id><url>%1$s</url>
                          <releases><checksumPolicy>ignore</checksumPolicy></releases>
                          <snapshots><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></snapshots>
                        </repository>
                      </repositories>
                      <pluginRepositories>
                        <pluginRepository><id>local-m2</id><url>%1$s</url>
                          <releases><checksumPolicy>ignore</checksumPolicy></releases>
                          <snapshots><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></snapshots>
                        </pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles><activeProfile>bench</activeProfile></activeProfiles>
                </settings>
                """.formatted(userRepo.toUri());
    }

    /** A command for one case: an optional prefix (taskset), the JVM, the mode and its arguments. */
    private static List<String> cmd(List<String> prefix, List<String> jvm, String mode, Path dir, String... more) {
        List<String> c = new ArrayList<>(prefix);
        c.addAll(jvm);
        c.add(mode);
        c.add(dir.toString());
        c.addAll(Arrays.asList(more));
        return c;
    }

    /** A case: its command and a directory to delete before each run (null: none). */
    private record Case(List<String> command, Path resetBefore) {
    }

    private void measure(int n, int runs, Map<String, Case> cases, Path dir) throws Exception {
        for (int r = 0; r < runs; r++) {
            for (Map.Entry<String, Case> e : cases.entrySet()) {
                if (e.getValue().resetBefore() != null) {
                    deleteTree(e.getValue().resetBefore());
                }
                Path cpuFile = work.resolve("logs/cpu.txt");
                Files.deleteIfExists(cpuFile);
                List<String> command = new ArrayList<>();
                if (gnuTime) {
                    command.addAll(List.of("/usr/bin/time", "-o", cpuFile.toString(), "-f", "%U %S"));
                }
                command.addAll(e.getValue().command());
                long t0 = System.nanoTime();
                String output = run(e.getKey() + " " + n, command, dir);
                double s = (System.nanoTime() - t0) / 1e9;
                if (output == null) {
                    throw new IllegalStateException("case failed: " + e.getKey() + " (" + n + "), see target/bench/logs");
                }
                double cpu = Double.NaN;
                if (gnuTime && Files.exists(cpuFile)) {
                    String[] f = Files.readString(cpuFile).trim().split("\\s+");
                    cpu = Double.parseDouble(f[f.length - 2]) + Double.parseDouble(f[f.length - 1]);
                }
                times.computeIfAbsent(key(e.getKey(), n), k -> new ArrayList<>()).add(s);
                cpuTimes.computeIfAbsent(key(e.getKey(), n), k -> new ArrayList<>()).add(cpu);
                outputs.put(key(e.getKey(), n), output.strip().lines().reduce((a, b) -> b).orElse(""));
                System.err.printf(Locale.ROOT, "  %-70s %6d  %6.2f s wall %6.2f s CPU%n", e.getKey(), n, s, cpu);
            }
        }
    }

    private void row(StringBuilder table, String name, int n, String reference) {
        List<Double> t = times.get(key(name, n));
        double median = median(t);
        double ref = median(times.get(key(reference, n)));
        double cpu = median(cpuTimes.get(key(name, n)));
        double cpuRef = median(cpuTimes.get(key(reference, n)));
        boolean isRef = name.equals(reference);
        table.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %s | %s |%n", name, n, median,
                t.stream().min(Comparator.naturalOrder()).orElseThrow(), cpu,
                isRef ? "reference" : String.format(Locale.ROOT, "%.2f×", median / ref),
                isRef ? "reference" : String.format(Locale.ROOT, "%.2f×", cpu / cpuRef)));
    }

    private static String key(String name, int n) {
        return name + "#" + n;
    }

    private static double median(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        s.sort(Comparator.naturalOrder());
        int m = s.size() / 2;
        return s.size() % 2 == 1 ? s.get(m) : (s.get(m - 1) + s.get(m)) / 2;
    }

    /** Runs a command; returns its output, or null when it failed (its output is kept under logs/). */
    private String run(String label, List<String> command, Path dir) throws IOException, InterruptedException {
        Path logs = work.resolve("logs");
        Files.createDirectories(logs);
        Path log = logs.resolve(label.replaceAll("[^A-Za-z0-9]+", "-") + ".log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        int rc = p.waitFor();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        return rc == 0 ? output : null;
    }

    private static void generate(int n, Path adrDir) throws IOException {
        deleteTree(adrDir);
        long bytes = new AdrGenerator(n).write(adrDir);
        System.err.printf(Locale.ROOT, "generated %d ADRs (%.1f MB) in %s%n", n, bytes / 1e6, adrDir);
    }

    private static String pom(String pluginVersion) {
        String plugin = pluginVersion == null ? "" : """
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>io.github.adrgov</groupId>
                        <artifactId>adr-maven-plugin</artifactId>
                        <version>%s</version>
                        <executions>
                          <execution>
                            <goals><goal>validate</goal></goals>
                          </execution>
                        </executions>
                      </plugin>
                    </plugins>
                  </build>
                """.formatted(pluginVersion);
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId>
                  <artifactId>adr-bench</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <adr.failOnViolation>false</adr.failOnViolation>
                  </properties>
                %s</project>
                """.formatted(plugin);
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
