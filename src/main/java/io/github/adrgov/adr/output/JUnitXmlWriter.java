package io.github.adrgov.adr.output;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.UnreadableFile;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;
import io.github.adrgov.adr.result.ValidationResult;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes findings as a JUnit XML report (e.g. {@code target/adr/TEST-adr-validation.xml}) so CI test tabs list ADR
 * problems: one {@code <testcase>} per ADR file (an unreadable ADR file and an ADR the branch deleted count too),
 * failing when it has a finding that fails the build. Nothing else is a test case: findings about other files (the
 * index {@code README.md}, source files, the log as a whole) are listed in the suite's {@code <system-err>} when they
 * fail the build and its {@code <system-out>} otherwise. The failure's message is the first such finding, its type the rule id, and its body lists
 * every finding of the file, one console-style line each; findings that do not fail the build go to
 * {@code <system-out>}. Deterministic: files sorted, no timestamps, {@code time="0"}.
 */
public final class JUnitXmlWriter {

    /** The test suite name. */
    public static final String SUITE = "adr-validation";

    private final boolean failOnWarning;
    private final String module;

    /** @param failOnWarning whether warnings fail the build, and so fail their test case */
    public JUnitXmlWriter(boolean failOnWarning) {
        this(failOnWarning, null);
    }

    /**
     * @param failOnWarning whether warnings fail the build, and so fail their test case
     * @param module        the module's artifactId, or null: when given, the suite is {@code adr-validation.<module>}
     *                      and each class name starts with {@code <module>.}, so that the reports of the modules of a
     *                      reactor never collide in a CI test tab
     */
    public JUnitXmlWriter(boolean failOnWarning, String module) {
        this.failOnWarning = failOnWarning;
        this.module = module == null || module.isBlank() ? null : module.trim();
    }

    /** Writes the report to a file, creating its directory. */
    public void write(ValidationResult result, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(result, out);
        }
    }

    /** The report as text. */
    public String toXml(ValidationResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(result, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private void write(ValidationResult result, OutputStream out) throws IOException {
        Map<String, List<Finding>> byFile = new TreeMap<>();
        for (Adr a : result.log().adrs()) {
            byFile.put(a.file(), new ArrayList<>());
        }
        for (UnreadableFile u : result.log().unreadable()) {
            byFile.put(u.file(), new ArrayList<>());
        }
        List<Finding> elsewhere = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (byFile.containsKey(f.file()) || isAdrFile(f.file(), result)) {
                byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
            } else {
                elsewhere.add(f);
            }
        }
        int failures = 0;
        for (List<Finding> fs : byFile.values()) {
            if (fs.stream().anyMatch(this::fails)) {
                failures++;
            }
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite");
        attribute(w, "name", module == null ? SUITE : SUITE + "." + module);
        attribute(w, "tests", Integer.toString(byFile.size()));
        attribute(w, "failures", Integer.toString(failures));
        w.write(" errors=\"0\" skipped=\"0\" time=\"0\">");
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            writeCase(w, e.getKey(), e.getValue());
        }
        writeSuiteOutput(w, elsewhere);
        w.write("\n</testsuite>\n");
        w.flush();
    }

    private void writeCase(Writer w, String file, List<Finding> findings) throws IOException {
        w.write("\n  <testcase");
        int slash = file.lastIndexOf('/');
        String classname = slash < 0 ? SUITE : file.substring(0, slash);
        attribute(w, "classname", clean(module == null ? classname : module + "." + classname));
        attribute(w, "name", clean(file));
        w.write(" time=\"0\">");
        List<Finding> failing = new ArrayList<>();
        StringBuilder other = new StringBuilder();
        for (Finding f : findings) {
            if (fails(f)) {
                failing.add(f);
            } else {
                other.append(f.severity().id()).append(": ").append(f.format()).append('\n');
            }
        }
        if (!failing.isEmpty()) {
            Finding first = failing.get(0);
            StringBuilder body = new StringBuilder();
            for (Finding f : failing) {
                body.append(f.severity().id()).append(": ").append(f.format()).append('\n');
            }
            w.write("\n    <failure");
            String message = first.message() + (failing.size() > 1 ? " (and " + (failing.size() - 1) + " more)" : "");
            attribute(w, "message", clean(message));
            attribute(w, "type", clean(first.rule()));
            w.write('>');
            text(w, clean(body.toString()));
            w.write("</failure>");
        }
        if (other.length() > 0) {
            element(w, "\n    ", "system-out", other);
        }
        if (!failing.isEmpty() || other.length() > 0) {
            w.write("\n  ");
        }
        w.write("</testcase>");
    }

    /** {@code indent<name>text</name>}, the text cleaned and escaped. */
    private static void element(Writer w, String indent, String name, CharSequence content) throws IOException {
        w.write(indent);
        w.write('<');
        w.write(name);
        w.write('>');
        text(w, clean(content.toString()));
        w.write("</");
        w.write(name);
        w.write('>');
    }

    /** {@code  name="value"}, the value escaped for a double-quoted attribute. */
    private static void attribute(Writer w, String name, String value) throws IOException {
        w.write(' ');
        w.write(name);
        w.write("=\"");
        escape(w, value, true);
        w.write('"');
    }

    private static void text(Writer w, String value) throws IOException {
        escape(w, value, false);
    }

    /**
     * Writes text with {@code <}, {@code >} and {@code &} (and in an attribute {@code "}) as entities, as the JDK's
     * XML stream writer did before this writer wrote the report itself (it cost a service look-up, two dozen classes
     * and a character-by-character writer on every build).
     */
    private static void escape(Writer w, String value, boolean attribute) throws IOException {
        int from = 0;
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            String entity = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> attribute ? "&quot;" : null;
                default -> null;
            };
            if (entity != null) {
                w.write(value, from, i - from);
                w.write(entity);
                from = i + 1;
            }
        }
        w.write(value, from, value.length() - from);
    }

    /**
     * Whether a finding's file, not among the ADRs read, is an ADR file all the same: one in the ADR directory that
     * was not skipped as a non-ADR (e.g. an ADR of the baseline that the branch deleted).
     */
    private static boolean isAdrFile(String file, ValidationResult result) {
        String dir = result.log().directory();
        return dir != null && !dir.isEmpty() && file.startsWith(dir + "/") && !result.log().skipped().contains(file);
    }

    /** Findings about files that are not ADRs: in the suite's output, so that they are not test cases. */
    private void writeSuiteOutput(Writer w, List<Finding> elsewhere) throws IOException {
        StringBuilder failing = new StringBuilder();
        StringBuilder other = new StringBuilder();
        for (Finding f : elsewhere) {
            (fails(f) ? failing : other).append(f.severity().id()).append(": ").append(f.format()).append('\n');
        }
        if (other.length() > 0) {
            element(w, "\n  ", "system-out", other);
        }
        if (failing.length() > 0) {
            element(w, "\n  ", "system-err", failing);
        }
    }

    private boolean fails(Finding f) {
        return f.severity() == Severity.ERROR || (failOnWarning && f.severity() == Severity.WARNING);
    }

    /** Drops characters XML 1.0 cannot hold (control characters other than tab, newline, carriage return). */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
                sb.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else {
                sb.append('\uFFFD');
            }
        }
        return sb.toString();
    }
}
