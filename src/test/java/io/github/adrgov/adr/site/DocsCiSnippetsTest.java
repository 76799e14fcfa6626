package io.github.adrgov.adr.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The CI snippets of {@code docs/ci.md} as a user pastes them: every {@code yaml} block parses (snakeyaml-engine,
 * YAML 1.2) and has the shape its CI reads (a GitHub workflow's jobs run steps that each {@code run} or {@code uses};
 * a GitLab job has a {@code script}); every {@code mvn} command line in the YAML, the shell blocks and the
 * Jenkinsfile's {@code sh} steps names only lifecycle phases and goals the plugin has, and only {@code adr.}
 * properties that a goal of the command reads (from the plugin descriptor, {@code target/classes/META-INF/maven/
 * plugin.xml}); and each command, with the CI's target-branch variable read as {@code main}, is one that the
 * {@code docs-ci-commands} IT runs for real (its verify script checks the files the snippets upload).
 */
class DocsCiSnippetsTest {

    private static final Path GUIDE = Path.of("docs/ci.md");
    private static final Path IT = Path.of("src/it/docs-ci-commands/invoker.properties");
    private static final Pattern BLOCK = Pattern.compile("(?m)^```([A-Za-z]*)\\n(.*?)^```", Pattern.DOTALL);
    private static final Set<String> PHASES = Set.of("clean", "validate", "compile", "test", "package", "verify",
            "install", "deploy", "site");
    /** Options that take no value, and those that take the next token. */
    private static final Set<String> FLAGS = Set.of("-B", "--batch-mode", "-ntp", "--no-transfer-progress", "-q",
            "-o", "-e", "--fail-at-end", "-fae");
    private static final Set<String> WITH_VALUE = Set.of("-T", "-f", "-pl", "-P");
    /** The CI variables that hold the target branch, read as main. */
    private static final Map<String, String> CI_VARIABLES = Map.of(
            "${{ github.base_ref }}", "main",
            "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main",
            "${CHANGE_TARGET}", "main");

    @Test
    void everyYamlSnippetParsesAndHasTheShapeItsCiReads() throws IOException {
        List<String> yaml = blocks("yaml");
        assertThat(yaml).as("yaml blocks of docs/ci.md").hasSizeGreaterThanOrEqualTo(4);
        Load load = new Load(LoadSettings.builder().build());
        for (String block : yaml) {
            Object doc = load.loadFromString(block);
            assertThat(doc).as(block).isNotNull();
            if (doc instanceof List<?> list) {
                steps(list, block); // steps to paste under a job's steps
            } else if (doc instanceof Map<?, ?> top && top.containsKey("jobs")) {
                // a GitHub workflow: on, jobs; every job runs on something and has steps
                assertThat(keys(top)).as(block).contains("on");
                for (Object job : ((Map<?, ?>) top.get("jobs")).values()) {
                    Map<?, ?> j = (Map<?, ?>) job;
                    assertThat(keys(j)).as(block).contains("runs-on", "steps");
                    steps((List<?>) j.get("steps"), block);
                }
            } else if (doc instanceof Map<?, ?> top && top.size() == 1 && top.values().iterator().next() instanceof Map<?, ?> job) {
                // a GitLab job
                assertThat(keys(job)).as(block).contains("script");
                assertThat(job.get("script")).as(block).isInstanceOf(List.class);
            } else if (doc instanceof Map<?, ?> top && top.containsKey("script")) {
                // a part of a GitLab job
                assertThat(top.get("script")).as(block).isInstanceOf(List.class);
            } else {
                throw new AssertionError("a yaml block of docs/ci.md that is neither a workflow nor a job: " + block);
            }
        }
    }

    @Test
    void aListOfGitHubStepsParsesToo() throws IOException {
        // the multi-module snippet is a list of steps, to paste under a job's steps
        Load load = new Load(LoadSettings.builder().build());
        boolean found = false;
        for (String block : blocks("yaml")) {
            if (block.stripLeading().startsWith("- name:")) {
                Object doc = load.loadFromString(block);
                assertThat(doc).isInstanceOf(List.class);
                steps((List<?>) doc, block);
                found = true;
            }
        }
        assertThat(found).isTrue();
    }

    @Test
    void everyMvnCommandNamesRealGoalsAndPropertiesAndIsRunByTheIt() throws Exception {
        Map<String, Set<String>> goalProperties = pluginGoals();
        assertThat(goalProperties).containsKeys("validate", "index", "report", "help");
        List<String> commands = commands();
        assertThat(commands).as("mvn commands of docs/ci.md").hasSizeGreaterThanOrEqualTo(6);
        Set<String> run = itCommands();
        List<String> problems = new ArrayList<>();
        Set<String> normalised = new TreeSet<>();
        for (String c : commands) {
            problems.addAll(check(c, goalProperties));
            normalised.add(normalise(c));
        }
        assertThat(problems).as("mvn commands of docs/ci.md").isEmpty();
        assertThat(run).as("the commands the docs-ci-commands IT runs (%s)", IT).containsAll(normalised);
    }

    @Test
    void noFencedBlockHoldsAnUncheckedMvnCommand() throws IOException {
        Matcher m = BLOCK.matcher(Files.readString(GUIDE, StandardCharsets.UTF_8));
        while (m.find()) {
            if (Set.of("yaml", "sh", "bash", "groovy").contains(m.group(1))) {
                continue;
            }
            assertThat(m.group(2)).as("a ```%s block of docs/ci.md: tag it sh, yaml or groovy", m.group(1))
                    .doesNotContainPattern("(?m)^\\s*mvn\\s");
        }
    }

    @Test
    void theCheckFindsAWrongGoalAPropertyNoGoalReadsAndAnUnknownVariable() throws Exception {
        Map<String, Set<String>> goals = pluginGoals();
        assertThat(check("mvn -B adr:validate -Dadr.baseline=origin/main", goals)).isEmpty();
        assertThat(check("mvn -B adr:valdate -Dadr.baseline=x", goals))
                .containsExactly("mvn -B adr:valdate -Dadr.baseline=x: no goal adr:valdate");
        assertThat(check("mvn validate -Dadr.baselin=x", goals))
                .containsExactly("mvn validate -Dadr.baselin=x: no goal of the command reads adr.baselin");
        assertThat(check("mvn adr:index -Dadr.baseline=x", goals))
                .containsExactly("mvn adr:index -Dadr.baseline=x: no goal of the command reads adr.baseline");
        assertThat(check("mvn adr:validate -Dadr.baseline=origin/$GITHUB_BASE", goals))
                .containsExactly("mvn adr:validate -Dadr.baseline=origin/$GITHUB_BASE: an unknown variable");
        assertThat(check("mvn valdate", goals)).containsExactly("mvn valdate: no phase or goal valdate");
        assertThat(normalise("mvn -B -ntp adr:validate -Dadr.baseline=\"origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME\""))
                .isEqualTo("adr:validate -Dadr.baseline=origin/main");
    }

    private static Set<String> keys(Map<?, ?> map) {
        Set<String> out = new TreeSet<>();
        map.keySet().forEach(k -> out.add(String.valueOf(k)));
        return out;
    }

    private static void steps(List<?> steps, String block) {
        assertThat(steps).as(block).isNotEmpty();
        for (Object s : steps) {
            Map<?, ?> step = (Map<?, ?>) s;
            assertThat(step.containsKey("run") ^ step.containsKey("uses")).as("a step runs or uses: " + step).isTrue();
        }
    }

    /** The problems of one mvn command line. */
    static List<String> check(String command, Map<String, Set<String>> goalProperties) {
        List<String> problems = new ArrayList<>();
        String line = substitute(command);
        if (line.contains("$")) {
            problems.add(command + ": an unknown variable");
            return problems;
        }
        List<String> tokens = tokens(line);
        Set<String> goals = new LinkedHashSet<>();
        List<String> properties = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.startsWith("-D")) {
                properties.add(t.substring(2).split("=", 2)[0]);
            } else if (WITH_VALUE.contains(t)) {
                i++;
            } else if (t.startsWith("-")) {
                if (!FLAGS.contains(t)) {
                    problems.add(command + ": an option this check does not know, " + t);
                }
            } else if (t.startsWith("adr:")) {
                String goal = t.substring(4);
                if (goalProperties.containsKey(goal)) {
                    goals.add(goal);
                } else {
                    problems.add(command + ": no goal " + t);
                }
            } else if (PHASES.contains(t)) {
                if (!t.equals("clean") && !t.equals("site")) {
                    goals.add("validate"); // bound to the validate phase, which every later phase runs
                }
            } else {
                problems.add(command + ": no phase or goal " + t);
            }
        }
        for (String p : properties) {
            if (p.startsWith("adr.") && !goals.isEmpty() && goals.stream().noneMatch(g -> goalProperties.get(g).contains(p))) {
                problems.add(command + ": no goal of the command reads " + p);
            }
        }
        return problems;
    }

    /** Goals and {@code -D} properties in order, options dropped, variables read, quotes gone. */
    static String normalise(String command) {
        List<String> tokens = tokens(substitute(command));
        List<String> kept = new ArrayList<>();
        for (int i = tokens.get(0).equals("mvn") ? 1 : 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (WITH_VALUE.contains(t)) {
                i++;
            } else if (t.startsWith("-D") || !t.startsWith("-")) {
                kept.add(t);
            }
        }
        return String.join(" ", kept);
    }

    private static String substitute(String command) {
        String s = command;
        for (Map.Entry<String, String> e : CI_VARIABLES.entrySet()) {
            s = s.replace(e.getKey(), e.getValue());
        }
        return s;
    }

    /** Shell words: quotes removed (the snippets quote whole words or parts of them, never spaces). */
    private static List<String> tokens(String line) {
        List<String> out = new ArrayList<>();
        for (String t : line.strip().split("\\s+")) {
            out.add(t.replace("\"", "").replace("'", ""));
        }
        return out;
    }

    /** Every mvn command line of the guide: YAML run/script strings, shell lines, Jenkinsfile sh steps. */
    private static List<String> commands() throws IOException {
        List<String> out = new ArrayList<>();
        Load load = new Load(LoadSettings.builder().build());
        for (String block : blocks("yaml")) {
            collect(load.loadFromString(block), out);
        }
        for (String lang : List.of("sh", "bash")) {
            for (String block : blocks(lang)) {
                block.lines().map(String::strip).filter(l -> l.startsWith("mvn ")).forEach(out::add);
            }
        }
        Pattern sh = Pattern.compile("\\bsh\\s+'([^']*)'|\\bsh\\s+\"([^\"]*)\"");
        for (String block : blocks("groovy")) {
            Matcher m = sh.matcher(block);
            while (m.find()) {
                String c = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
                if (c.startsWith("mvn ")) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static void collect(Object node, List<String> out) {
        if (node instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, out));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collect(v, out));
        } else if (node instanceof String s) {
            s.lines().map(String::strip).filter(l -> l.startsWith("mvn ")).forEach(out::add);
        }
    }

    private static List<String> blocks(String lang) throws IOException {
        List<String> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(Files.readString(GUIDE, StandardCharsets.UTF_8));
        while (m.find()) {
            if (m.group(1).equals(lang)) {
                out.add(m.group(2));
            }
        }
        return out;
    }

    /** The commands of the IT's invocations, normalised. */
    private static Set<String> itCommands() throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(IT, StandardCharsets.UTF_8)));
        Set<String> out = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            if (key.matches("invoker\\.goals(\\.\\d+)?")) {
                out.add(normalise("mvn " + p.getProperty(key)));
            }
        }
        return out;
    }

    /** Each goal of the plugin descriptor with the user properties its parameters read. */
    static Map<String, Set<String>> pluginGoals() throws Exception {
        Path descriptor = Path.of("target/classes/META-INF/maven/plugin.xml");
        assertThat(descriptor).as("the plugin descriptor, written before the tests run").exists();
        Map<String, Set<String>> goals = new TreeMap<>();
        try (InputStream in = Files.newInputStream(descriptor)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList mojos = f.newDocumentBuilder().parse(in).getElementsByTagName("mojo");
            for (int i = 0; i < mojos.getLength(); i++) {
                Element mojo = (Element) mojos.item(i);
                String goal = mojo.getElementsByTagName("goal").item(0).getTextContent().strip();
                Set<String> properties = new TreeSet<>();
                NodeList config = mojo.getElementsByTagName("configuration");
                if (config.getLength() > 0) {
                    Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(config.item(0).getTextContent());
                    while (m.find()) {
                        properties.add(m.group(1));
                    }
                }
                goals.put(goal, properties);
            }
        }
        return new LinkedHashMap<>(goals);
    }
}
