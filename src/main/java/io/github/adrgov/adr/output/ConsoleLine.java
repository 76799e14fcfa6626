package io.github.adrgov.adr.output;

import io.github.adrgov.adr.result.Severity;
import java.util.Objects;

/**
 * One line for the build log, at the level it should be logged at ({@link Severity#ERROR} → error,
 * {@link Severity#WARNING} → warning, {@link Severity#INFO} → info).
 *
 * @param level the log level; never {@link Severity#OFF}
 * @param text  the text, without a level prefix (Maven adds {@code [ERROR] }); control characters are escaped
 *              ({@link #escape(String)}), so that a file name or value holding a line end cannot split the line or
 *              fake another one such as {@code [INFO] BUILD SUCCESS}
 */
public record ConsoleLine(Severity level, String text) {

    public ConsoleLine {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(text, "text");
        if (level == Severity.OFF) {
            throw new IllegalArgumentException("a console line needs a level other than off");
        }
        text = escape(text);
    }

    /**
     * The text with every control character written as an escape: {@code \n}, {@code \r}, {@code \t}, else
     * {@code \}{@code uXXXX} (C0 and C1 controls, DEL, the Unicode line and paragraph separators and the bidirectional
     * overrides, which can make a line read differently from what it holds).
     */
    public static String escape(String text) {
        int i = 0;
        while (i < text.length() && !needsEscape(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needsEscape(c)) {
                sb.append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.toString();
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
