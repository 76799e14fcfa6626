package io.github.adrgov.adr.output;

import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...,title=...::message}) that turn findings into
 * annotations on the pull request. They must be printed at the start of a line of the job's output, so the caller
 * writes them to standard output, not through a logger that prefixes lines. Values are escaped per GitHub's rules:
 * {@code %}, CR and LF everywhere, and {@code :} and {@code ,} in properties.
 */
public final class GitHubAnnotations {

    private GitHubAnnotations() {
    }

    /**
     * Whether to print annotations: {@code true}/{@code false} as configured, or under {@code auto} (or no setting)
     * when the environment says the build runs in GitHub Actions ({@code GITHUB_ACTIONS=true}).
     *
     * @throws IllegalArgumentException for any other setting
     */
    public static boolean enabled(String setting, Map<String, String> env) {
        String s = setting == null ? "auto" : setting.trim().toLowerCase(Locale.ROOT);
        switch (s) {
            case "":
            case "auto": return "true".equalsIgnoreCase(env.getOrDefault("GITHUB_ACTIONS", ""));
            case "true": return true;
            case "false": return false;
            default:
                throw new IllegalArgumentException("adr.githubAnnotations is '" + setting
                        + "'; use auto, true or false");
        }
    }

    /**
     * The prefix that makes a path relative to the base directory relative to the GitHub workspace (the repository
     * root), e.g. {@code module-a/}; empty when the base directory is the workspace or lies outside it.
     */
    public static String pathPrefix(Path baseDir, Map<String, String> env) {
        String workspace = env.get("GITHUB_WORKSPACE");
        if (workspace == null || workspace.isBlank()) {
            return "";
        }
        Path ws = Path.of(workspace).toAbsolutePath().normalize();
        Path base = baseDir.toAbsolutePath().normalize();
        if (!base.startsWith(ws) || base.equals(ws)) {
            return "";
        }
        return ws.relativize(base).toString().replace('\\', '/') + "/";
    }

    /** One workflow command per finding, in the findings' order. */
    public static List<String> lines(List<Finding> findings, String pathPrefix) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            out.add(line(f, pathPrefix == null ? "" : pathPrefix));
        }
        return out;
    }

    /**
     * A workflow command about the build rather than a file, e.g. a baseline ref that is not in the clone:
     * {@code ::error title=ADR baseline::message}.
     */
    public static String line(Severity severity, String title, String message) {
        return "::" + command(severity) + " title=" + escapeProperty(title) + "::" + escapeData(message);
    }

    static String line(Finding f, String pathPrefix) {
        StringBuilder sb = new StringBuilder("::").append(command(f.severity()));
        sb.append(" file=").append(escapeProperty(pathPrefix + f.file()));
        if (f.line() != null && f.line() > 0) {
            sb.append(",line=").append(f.line());
        }
        sb.append(",title=").append(escapeProperty("ADR " + f.rule()));
        sb.append("::").append(escapeData(f.message()));
        return sb.toString();
    }

    private static String command(Severity s) {
        switch (s) {
            case ERROR: return "error";
            case WARNING: return "warning";
            default: return "notice";
        }
    }

    /** Escapes a command's message: {@code %}, CR, LF. */
    static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value: as data, plus {@code :} and {@code ,}. */
    static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
