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

    private Glob(String pattern, Pattern regex) {
        this.pattern = pattern;
        this.regex = regex;
    }

    static Glob of(String pattern) {
        String p = pattern.strip().replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        if (p.endsWith("/")) {
            p = p + "**";
        }
        return new Glob(pattern, Pattern.compile(toRegex(p), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
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
        return regex.matcher(relativePath).matches();
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
