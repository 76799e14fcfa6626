package io.github.adrgov.adr.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A glob pattern over paths relative to the ADR directory, with forward slashes. {@code *} and {@code ?} stay within
 * one folder, {@code **} crosses folders, {@code **}{@code /x} also matches {@code x} at the top, {@code [abc]} and
 * {@code {a,b}} work as usual. Matching ignores case, so {@code *.md} also matches {@code X.MD} on every platform.
 */
final class Glob {

    private final String pattern;
    private final Pattern regex;
    /**
     * The pattern's {@code *}-separated literal parts when it is a plain one (no {@code ?}, {@code [}, {@code {}, no
     * {@code /} after an optional leading {@code **}{@code /}, no {@code **} elsewhere), matched without the regex: the
     * default excludes are all of that kind, and a regex per pattern per file showed in a 10,000-file listing.
     */
    private final String[] parts;
    /** Whether the plain pattern began with {@code **}{@code /}: it then matches the last segment of any path. */
    private final boolean anyFolder;

    private Glob(String pattern, Pattern regex, String[] parts, boolean anyFolder) {
        this.pattern = pattern;
        this.regex = regex;
        this.parts = parts;
        this.anyFolder = anyFolder;
    }

    static Glob of(String pattern) {
        String p = pattern.strip().replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        if (p.endsWith("/")) {
            p = p + "**";
        }
        Pattern regex = Pattern.compile(toRegex(p), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        boolean anyFolder = p.startsWith("**/");
        String rest = anyFolder ? p.substring(3) : p;
        boolean plain = !rest.isEmpty() && rest.chars().noneMatch(c -> c == '?' || c == '[' || c == '{' || c == '}'
                || c == '/' || c == ',' || c == '\\') && !rest.contains("**");
        return new Glob(pattern, regex, plain ? rest.split("\\*", -1) : null, anyFolder);
    }

    static boolean any(List<Glob> globs, String path) {
        for (Glob g : globs) {
            if (g.matches(path)) {
                return true;
            }
        }
        return false;
    }

    boolean matches(String relativePath) {
        if (parts == null) {
            return regex.matcher(relativePath).matches();
        }
        int slash = relativePath.lastIndexOf('/');
        if (slash >= 0 && !anyFolder) {
            return false; // a plain pattern without **/ names files at the top only
        }
        return wildcard(relativePath, slash + 1);
    }

    /** Whether {@code path} from {@code from} to its end is the parts joined by runs of any characters. */
    private boolean wildcard(String path, int from) {
        int end = path.length();
        String first = parts[0];
        if (parts.length == 1) {
            return end - from == first.length() && path.regionMatches(true, from, first, 0, first.length());
        }
        String last = parts[parts.length - 1];
        if (end - from < first.length() + last.length()
                || !path.regionMatches(true, from, first, 0, first.length())
                || !path.regionMatches(true, end - last.length(), last, 0, last.length())) {
            return false;
        }
        int at = from + first.length();
        int limit = end - last.length();
        for (int i = 1; i < parts.length - 1; i++) {
            String part = parts[i];
            int found = -1;
            for (int j = at; j + part.length() <= limit; j++) {
                if (path.regionMatches(true, j, part, 0, part.length())) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                return false;
            }
            at = found + part.length();
        }
        return true;
    }

    /** Whether this pattern is matched without its regex (see {@link #parts}). */
    boolean isPlain() {
        return parts != null;
    }

    @Override
    public String toString() {
        return pattern;
    }

    static String toRegex(String glob) {
        StringBuilder sb = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*':
                    if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                        boolean slashAfter = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                        boolean atSegmentStart = i == 0 || glob.charAt(i - 1) == '/';
                        if (slashAfter && atSegmentStart) {
                            sb.append("(?:.*/)?");
                            i += 2;
                        } else {
                            sb.append(".*");
                            i += 1;
                        }
                    } else {
                        sb.append("[^/]*");
                    }
                    break;
                case '?':
                    sb.append("[^/]");
                    break;
                case '[': {
                    int close = glob.indexOf(']', i + 1);
                    if (close < 0) {
                        sb.append("\\[");
                    } else {
                        String cls = glob.substring(i + 1, close).replace("\\", "\\\\");
                        if (cls.startsWith("!")) {
                            cls = "^" + cls.substring(1);
                        }
                        sb.append('[').append(cls).append(']');
                        i = close;
                    }
                    break;
                }
                case '{':
                    braces++;
                    sb.append("(?:");
                    break;
                case '}':
                    if (braces > 0) {
                        braces--;
                        sb.append(')');
                    } else {
                        sb.append("\\}");
                    }
                    break;
                case ',':
                    sb.append(braces > 0 ? "|" : ",");
                    break;
                default:
                    sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        while (braces-- > 0) {
            sb.append(')');
        }
        return sb.toString();
    }
}
