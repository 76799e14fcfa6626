package io.github.adrgov.adr.site;

import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.parse.LogReader;
import io.github.adrgov.adr.parse.ReadOptions;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;
import io.github.adrgov.adr.rules.Rule;
import io.github.adrgov.adr.validate.Validator;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the rules page of the plugin's site ({@code src/site/markdown/rules.md}) from the rule catalogue itself: per
 * rule its id, default severity, what it catches ({@link Rule#description()}), a failing example with the lines the
 * build prints for it ({@link Rule#example()}, run through the parser and the rules here, so the example is checked),
 * how to fix it and how to configure it. A rule that documents nothing beyond its description still gets its
 * section, so a new rule never breaks the page.
 */
final class RulesPage {

    /** The date the examples are validated on, so that the page does not change with the clock. */
    static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    private static final Pattern FILE_HEADER = Pattern.compile("^==> (\\S+) <==$", Pattern.MULTILINE);

    private RulesPage() {
    }

    /** The files of a rule's example, path to text in their order; empty when the example is prose or absent. */
    static Map<String, String> exampleFiles(String example) {
        Map<String, String> files = new LinkedHashMap<>();
        if (example == null || !example.startsWith("==> ")) {
            return files;
        }
        Matcher m = FILE_HEADER.matcher(example);
        List<int[]> spans = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        while (m.find()) {
            paths.add(m.group(1));
            spans.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < paths.size(); i++) {
            int from = spans.get(i)[1] + 1;
            int to = i + 1 < paths.size() ? spans.get(i + 1)[0] : example.length();
            files.put(paths.get(i), from > to ? "" : example.substring(from, to));
        }
        return files;
    }

    /** What the build prints for a rule's example files: the console lines of that rule's findings. */
    static List<String> printed(Rule rule, Map<String, String> files, Path work) throws IOException {
        Path base = Files.createDirectories(work.resolve(rule.id()));
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path file = base.resolve(e.getKey()).normalize();
            if (!file.startsWith(base)) {
                throw new IllegalArgumentException(rule.id() + ": example path outside the project: " + e.getKey());
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
        }
        AdrLog log = new LogReader(ReadOptions.defaults()).read(base, base.resolve("docs/adr"));
        // as adr:validate configures it by default: the index file is README.md in the ADR folder
        ValidationConfig config = ValidationConfig.builder().today(TODAY).indexFile("docs/adr/README.md").build();
        List<String> lines = new ArrayList<>();
        for (Finding f : new Validator().validate(log, config, base, null).findings()) {
            if (f.rule().equals(rule.id())) {
                lines.add("[" + level(f.severity()) + "] " + f.format());
            }
        }
        return lines;
    }

    private static String level(Severity s) {
        return s == Severity.WARNING ? "WARNING" : s.name();
    }

    /** The whole page. */
    static String render(List<Rule> rules, Path work) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("<!-- Written by RulesPageTest from the rule catalogue (the Rule classes): edit those, not this file."
                + " -->\n\n");
        sb.append("# Rules\n\n");
        sb.append("`adr:validate` runs every rule of this catalogue over the ADR log. Rule ids are stable: use them in"
                + " `<rules>` to change a rule's severity (`error` fails the build, `warning` fails it only with"
                + " `adr.failOnWarning=true`, `info` is printed only) or to switch it off (`off`). Each example below"
                + " is checked by the build: the lines shown are what `mvn adr:validate` prints for it.\n\n");
        sb.append("| id | default | what it catches |\n| --- | --- | --- |\n");
        for (Rule r : rules) {
            sb.append("| [").append(r.id()).append("](#").append(r.id()).append(") | ")
                    .append(r.defaultSeverity().id()).append(" | ").append(cell(r.description())).append(" |\n");
        }
        for (Rule r : rules) {
            sb.append('\n');
            section(sb, r, work);
        }
        return sb.toString();
    }

    private static void section(StringBuilder sb, Rule r, Path work) throws IOException {
        sb.append("## ").append(r.id()).append("\n\n");
        sb.append("Default severity: **").append(r.defaultSeverity().id()).append("**.\n\n");
        sb.append(oneParagraph(r.description())).append("\n\n");
        sb.append("### Example\n\n");
        String example = r.example() == null ? "" : r.example();
        Map<String, String> files = exampleFiles(example);
        if (!files.isEmpty()) {
            for (Map.Entry<String, String> e : files.entrySet()) {
                sb.append('`').append(e.getKey()).append("`:\n\n");
                sb.append("````").append(e.getKey().toLowerCase(Locale.ROOT).endsWith(".md") ? "markdown" : "")
                        .append('\n').append(e.getValue());
                if (!e.getValue().endsWith("\n")) {
                    sb.append('\n');
                }
                sb.append("````\n\n");
            }
            sb.append("`mvn adr:validate` prints:\n\n```\n");
            for (String line : printed(r, files, work)) {
                sb.append(line).append('\n');
            }
            sb.append("```\n\n");
        } else if (!example.isBlank()) {
            sb.append(oneParagraph(example)).append("\n\n");
        } else {
            sb.append("No example yet.\n\n");
        }
        if (r.fix() != null && !r.fix().isBlank()) {
            sb.append("### How to fix\n\n").append(oneParagraph(r.fix())).append("\n\n");
        }
        sb.append("### Configuration\n\n");
        sb.append("```xml\n<configuration>\n  <rules>\n    <").append(r.id()).append('>')
                .append(r.defaultSeverity() == Severity.ERROR ? "warning" : "error").append("</").append(r.id())
                .append(">  <!-- error, warning, info or off; default ").append(r.defaultSeverity().id())
                .append(" -->\n  </rules>\n</configuration>\n```\n");
        if (r.configuration() != null && !r.configuration().isBlank()) {
            sb.append('\n').append(oneParagraph(r.configuration())).append('\n');
        }
    }

    /** Text as one Markdown paragraph: its line breaks become spaces, so text blocks wrap as the page needs. */
    private static String oneParagraph(String text) {
        return text.strip().replaceAll("\\s*\\n\\s*", " ");
    }

    private static String cell(String text) {
        return oneParagraph(text).replace("|", "\\|");
    }
}
