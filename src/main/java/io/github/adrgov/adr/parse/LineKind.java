package io.github.adrgov.adr.parse;

/**
 * What block a line of Markdown starts, judged from its first non-blank character, for {@link LineOutline}: the
 * CommonMark block starts it tells apart, and the small scans of runs and blanks it uses.
 */
final class LineKind {

    static final int TEXT = 0;
    static final int ATX = 1;
    static final int FENCE = 2;
    static final int QUOTE = 3;
    static final int HTML = 4;
    static final int BREAK = 5;
    static final int EQUALS = 6;
    static final int DASHES = 7;
    static final int BULLET = 8;
    static final int ORDERED = 9;

    private LineKind() {
    }

    /** What block a line starts, judged from its first non-blank character at {@code p}. */
    static int of(String s, int p) {
        int len = s.length();
        char c = s.charAt(p);
        switch (c) {
            case '#': {
                int h = run(s, p, '#');
                return h <= 6 && (p + h == len || isBlank(s.charAt(p + h))) ? ATX : TEXT;
            }
            case '`':
            case '~':
                return run(s, p, c) >= 3 ? FENCE : TEXT;
            case '>':
                return QUOTE;
            case '<': {
                char d = p + 1 < len ? s.charAt(p + 1) : ' ';
                return d == '/' || d == '!' || d == '?' || d >= 'a' && d <= 'z' || d >= 'A' && d <= 'Z' ? HTML : TEXT;
            }
            case '=':
                return onlyThen(s, p, '=') ? EQUALS : TEXT;
            case '-':
                if (onlyThen(s, p, '-')) {
                    return DASHES;
                }
                if (thematicBreak(s, p, c)) {
                    return BREAK;
                }
                return p + 1 == len || isBlank(s.charAt(p + 1)) ? BULLET : TEXT;
            case '*':
            case '_':
                if (thematicBreak(s, p, c)) {
                    return BREAK;
                }
                return c == '*' && (p + 1 == len || isBlank(s.charAt(p + 1))) ? BULLET : TEXT;
            case '+':
                return p + 1 == len || isBlank(s.charAt(p + 1)) ? BULLET : TEXT;
            default:
                if (c >= '0' && c <= '9') {
                    int q = p;
                    while (q < len && q - p < 10 && s.charAt(q) >= '0' && s.charAt(q) <= '9') {
                        q++;
                    }
                    if (q - p <= 9 && q < len && (s.charAt(q) == '.' || s.charAt(q) == ')')
                            && (q + 1 == len || isBlank(s.charAt(q + 1)))) {
                        return ORDERED;
                    }
                }
                return TEXT;
        }
    }

    /** A run of {@code c} from {@code p}, then only blanks. */
    private static boolean onlyThen(String s, int p, char c) {
        int j = p + run(s, p, c);
        while (j < s.length()) {
            if (!isBlank(s.charAt(j))) {
                return false;
            }
            j++;
        }
        return true;
    }

    private static boolean thematicBreak(String s, int p, char c) {
        int count = 0;
        for (int j = p; j < s.length(); j++) {
            char d = s.charAt(j);
            if (d == c) {
                count++;
            } else if (!isBlank(d)) {
                return false;
            }
        }
        return count >= 3;
    }

    static int run(String s, int i, char c) {
        int j = i;
        while (j < s.length() && s.charAt(j) == c) {
            j++;
        }
        return j - i;
    }

    static int spaces(String s, int from) {
        int j = from;
        while (j < s.length() && s.charAt(j) == ' ') {
            j++;
        }
        return j - from;
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    static boolean isUnicodeBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
