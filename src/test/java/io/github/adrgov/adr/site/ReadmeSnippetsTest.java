package io.github.adrgov.adr.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every XML snippet of the README and of {@code docs/} is the pom (or part of the pom) of a project that the build
 * runs: an invoker IT under {@code src/it} or an example under {@code examples}. The IT poms write the plugin's
 * coordinates as {@code @project.groupId@}, {@code @project.artifactId@}, {@code @project.version@} and the site
 * plugin's version as {@code @site.plugin.version@}; with those filled in, the snippet's lines must appear in the pom
 * one after the other (indentation aside). So a snippet that is changed without its IT, or an IT that drifts from
 * its snippet, fails here, and the snippets a user pastes are the ones the ITs prove.
 */
class ReadmeSnippetsTest {

    private static final Pattern XML_BLOCK = Pattern.compile("(?m)^```xml\\n(.*?)^```", Pattern.DOTALL);
    private static final Pattern POM_PROPERTY = Pattern.compile("<(site\\.plugin\\.version)>([^<]+)</");

    @Test
    void everyXmlSnippetIsThePomOfAProjectTheBuildRuns() throws IOException {
        Map<String, String> filter = Map.of(
                "@project.groupId@", "io.github.adrgov",
                "@project.artifactId@", "adr-maven-plugin",
                "@project.version@", projectVersion(),
                "@site.plugin.version@", pomProperty("site.plugin.version"));
        List<Path> poms = projectPoms();
        List<List<String>> pomLines = new ArrayList<>();
        for (Path pom : poms) {
            String text = Files.readString(pom, StandardCharsets.UTF_8);
            for (Map.Entry<String, String> e : filter.entrySet()) {
                text = text.replace(e.getKey(), e.getValue());
            }
            pomLines.add(lines(text));
        }
        List<String> untested = new ArrayList<>();
        int checked = 0;
        int settings = 0;
        for (Path doc : documents()) {
            Matcher m = XML_BLOCK.matcher(Files.readString(doc, StandardCharsets.UTF_8));
            while (m.find()) {
                List<String> snippet = lines(m.group(1));
                if (isSettings(snippet)) {
                    // settings.xml, not a pom: its content, line for line, in the settings of an IT that uses them
                    // (readme-plugin-groups/plugin-groups-settings.xml), whose root is <settings> and which holds the ITs' repository too
                    settings++;
                    List<String> inner = snippet.subList(1, snippet.size() - 1);
                    if (itSettings().stream().noneMatch(f -> containsBlock(f, inner))) {
                        untested.add(doc + ": the settings.xml snippet starting \"" + inner.get(0) + "\"");
                    }
                    continue;
                }
                checked++;
                if (pomLines.stream().noneMatch(p -> containsBlock(p, snippet))) {
                    untested.add(doc + ": the snippet starting \"" + snippet.get(0) + "\" ("
                            + snippet.size() + " lines)");
                }
            }
        }
        assertThat(checked).as("XML snippets found in the README and docs/").isGreaterThanOrEqualTo(3);
        assertThat(settings).as("settings.xml snippets found in the README and docs/").isGreaterThanOrEqualTo(1);
        assertThat(untested).as("snippets that no IT pom (src/it/*/pom.xml, examples/*/pom.xml) holds as they stand;"
                + " add an IT whose pom is the snippet, or update the IT with the snippet").isEmpty();
    }

    @Test
    void aChangedSnippetLineIsNoLongerFound() {
        List<String> pom = lines("<a>\n  <b>1</b>\n  <c>2</c>\n</a>\n");
        assertThat(containsBlock(pom, lines("<b>1</b>\n<c>2</c>"))).isTrue();
        assertThat(containsBlock(pom, lines("<b>1</b>\n<c>3</c>"))).isFalse();
        assertThat(containsBlock(pom, lines("<a>\n<c>2</c>"))).isFalse();
    }

    private static boolean isSettings(List<String> snippet) {
        return !snippet.isEmpty() && snippet.get(0).startsWith("<settings");
    }

    /** Whether the lines of {@code block} appear in {@code pom} one after the other. */
    static boolean containsBlock(List<String> pom, List<String> block) {
        if (block.isEmpty()) {
            return true;
        }
        for (int i = 0; i + block.size() <= pom.size(); i++) {
            if (pom.subList(i, i + block.size()).equals(block)) {
                return true;
            }
        }
        return false;
    }

    /** The non-blank lines of a text, each stripped of its indentation. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String l : text.split("\n", -1)) {
            if (!l.isBlank()) {
                out.add(l.strip());
            }
        }
        return out;
    }

    /** The lines of every IT's own settings file ({@code src/it/<name>/*settings.xml}). */
    private static List<List<String>> itSettings() throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("src/it"), 2)) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith("settings.xml") && f.getNameCount() > 3)
                    .sorted().toList()) {
                List<String> lines = lines(Files.readString(p, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", ""));
                if (lines.stream().anyMatch(l -> l.startsWith("<settings"))) {
                    out.add(lines);
                }
            }
        }
        return out;
    }

    private static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>();
        docs.add(Path.of("README.md"));
        try (Stream<Path> s = Files.list(Path.of("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    private static List<Path> projectPoms() throws IOException {
        List<Path> poms = new ArrayList<>();
        for (String root : List.of("src/it", "examples")) {
            try (Stream<Path> s = Files.walk(Path.of(root), 3)) {
                s.filter(p -> p.getFileName().toString().equals("pom.xml")).sorted().forEach(poms::add);
            }
        }
        assertThat(poms).isNotEmpty();
        return poms;
    }

    /** The plugin's own version, from its pom (the first version after the artifactId). */
    private static String projectVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<artifactId>adr-maven-plugin</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String pomProperty(String name) throws IOException {
        Matcher m = POM_PROPERTY.matcher(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8));
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        throw new AssertionError("no property " + name + " in pom.xml");
    }
}
