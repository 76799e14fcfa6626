package io.github.adrgov.adr.baseline;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Include and exclude glob patterns applied to paths relative to the ADR directory (forward slashes). A pattern that
 * starts with {@code **}{@code /} also matches at the top of the directory, so {@code **}{@code /*.md} matches
 * {@code 0001-x.md}. Matching ignores case, like the reader of the log on disk.
 */
final class GlobFilter {

    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;

    GlobFilter(List<String> includes, List<String> excludes) {
        this.includes = compile(includes);
        this.excludes = compile(excludes);
    }

    private static List<PathMatcher> compile(List<String> patterns) {
        List<PathMatcher> out = new ArrayList<>();
        for (String p : patterns) {
            String pattern = p.trim().replace('\\', '/').toLowerCase(Locale.ROOT);
            while (pattern.startsWith("./")) {
                pattern = pattern.substring(2);
            }
            if (pattern.isEmpty()) {
                continue;
            }
            if (pattern.endsWith("/")) {
                pattern = pattern + "**";
            }
            out.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
            if (pattern.startsWith("**/")) {
                out.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(3)));
            }
        }
        return out;
    }

    /** Whether a path is included at all (a Markdown file we look at). */
    boolean included(String relative) {
        return matches(includes, relative);
    }

    /** Whether an included path is skipped as not being an ADR. */
    boolean excluded(String relative) {
        return matches(excludes, relative);
    }

    private static boolean matches(List<PathMatcher> matchers, String relative) {
        Path p = Path.of(relative.toLowerCase(Locale.ROOT));
        for (PathMatcher m : matchers) {
            if (m.matches(p)) {
                return true;
            }
        }
        return false;
    }
}
