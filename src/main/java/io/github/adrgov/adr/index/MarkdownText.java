package io.github.adrgov.adr.index;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Escaping of text for Markdown table cells and of paths for Markdown link destinations. */
final class MarkdownText {

    /** ASCII punctuation that could open inline markup or break a table row; each is written with a backslash. */
    private static final String SPECIAL = "\\`*_[]<>|~$&";

    private MarkdownText() {
    }

    /**
     * Text as it should appear in a table cell: whitespace runs (line breaks included) become one space, control
     * characters are dropped, and characters that Markdown would read as markup or as a cell border are escaped.
     */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 8);
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = sb.length() > 0;
                continue;
            }
            if (Character.isISOControl(c)) {
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            if (SPECIAL.indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * Text with inline code, such as a title {@code Use `pnpm` workspaces}, as a table cell: the code spans are kept
     * as written (so the index renders them as code; a {@code |} inside is escaped, the one escape GitHub reads in a
     * code span of a table), everything else is escaped as {@link #cell} does.
     */
    static String cellWithCode(String text) {
        if (text == null || text.indexOf('`') < 0) {
            return cell(text);
        }
        StringBuilder plain = new StringBuilder();
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '`') {
                plain.append(c);
                i++;
                continue;
            }
            int run = 0;
            while (i + run < text.length() && text.charAt(i + run) == '`') {
                run++;
            }
            String ticks = text.substring(i, i + run);
            int close = text.indexOf(ticks, i + run);
            if (close < 0 || close == i + run) {
                plain.append(ticks);
                i += run;
                continue;
            }
            appendCell(out, plain.toString());
            plain.setLength(0);
            String code = text.substring(i, close + run).replaceAll("[\\s\\u00A0]+", " ").replace("|", "\\|");
            out.append(code.chars().anyMatch(Character::isISOControl) ? cell(code) : code);
            i = close + run;
        }
        appendCell(out, plain.toString());
        return out.toString().strip();
    }

    /** Appends {@code text} escaped as a cell, keeping one space at either end where the text had whitespace. */
    private static void appendCell(StringBuilder out, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (Character.isWhitespace(text.charAt(0)) && out.length() > 0) {
            out.append(' ');
        }
        out.append(cell(text));
        if (Character.isWhitespace(text.charAt(text.length() - 1)) && !text.isBlank()) {
            out.append(' ');
        }
    }

    /**
     * The link destination from a file in {@code fromDir} to {@code target}, both relative to the same root with
     * forward slashes. Every character but ASCII letters, digits, {@code -._~} and {@code /} is percent-encoded as
     * UTF-8, so spaces, parentheses and non-ASCII names survive every Markdown renderer.
     */
    static String destination(String fromDir, String target) {
        List<String> from = segments(fromDir);
        List<String> to = segments(target);
        int common = 0;
        while (common < from.size() && common < to.size() - 1 && from.get(common).equals(to.get(common))) {
            common++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < from.size(); i++) {
            sb.append("../");
        }
        for (int i = common; i < to.size(); i++) {
            if (i > common) {
                sb.append('/');
            }
            sb.append(encode(to.get(i)));
        }
        return sb.toString();
    }

    private static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        if (path != null) {
            for (String s : path.split("/")) {
                if (!s.isEmpty() && !s.equals(".")) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** Percent-encodes one path segment. */
    static String encode(String segment) {
        StringBuilder sb = new StringBuilder(segment.length());
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }
}
