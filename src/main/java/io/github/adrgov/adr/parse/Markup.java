package io.github.adrgov.adr.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a line of Markdown into the plain words a reader sees. */
final class Markup {

    private static final Pattern SHORTCODE = Pattern.compile(":[a-z0-9_+-]+:");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final Pattern COMMENT = Pattern.compile("<!--.*?(-->|$)");
    private static final Pattern ATTRIBUTES = Pattern.compile("\\s*\\{[#.][^}]*}\\s*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\((?:[^()\\s]|\\([^)]*\\))*(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern REF_LINK = Pattern.compile("\\[([^\\]]+)]\\[[^\\]]*]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9-]*(\\s[^<>]*)?/?>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(.+?)\\1");
    private static final Pattern STRIKE = Pattern.compile("~~(.+?)~~");
    private static final Pattern CODE = Pattern.compile("`+([^`]*)`+");
    /** Characters that may start markup; text without any of them is plain already. */
    private static final Pattern MARKUP_CHARS = Pattern.compile("[<>\\[\\]()*_`\\\\&{}~!]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern CLOSING_HASHES = Pattern.compile("\\s+#+\\s*$");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

    /**
     * The most characters of one inline fragment that are read as a title, status, field or link text. Longer text is
     * cut here (and marked with an ellipsis) before any pattern runs over it, so that the work per fragment is bounded
     * whatever the line holds.
     */
    static final int MAX_INLINE = 1_000;

    private Markup() {
    }

    /** The text cut to {@link #MAX_INLINE} characters (on a code point boundary, with an ellipsis), or as it is. */
    static String capped(String s) {
        if (s.length() <= MAX_INLINE) {
            return s;
        }
        int end = MAX_INLINE;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "\u2026";
    }

    /** Removes HTML comments, even one left open at the end of the line. */
    static String withoutComments(String s) {
        return s.indexOf("<!--") < 0 ? s : COMMENT.matcher(s).replaceAll("");
    }

    /**
     * Whether {@link #SPACES} (or {@code \\s+}) would leave the text as it is: no tab, no-break space or run of two
     * blanks.
     */
    static boolean plainSpaces(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && (Character.isWhitespace(c) || c == '\u00A0') || c == ' ' && i + 1 < s.length()
                    && Character.isWhitespace(s.charAt(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /** Plain text of an inline Markdown fragment: no comments, attributes, links, emphasis, code marks or tags. */
    static String plain(String raw) {
        String s = capped(raw);
        if (!hasMarkupChar(s)) {
            return plainSpaces(s) ? s.strip() : SPACES.matcher(s).replaceAll(" ").strip();
        }
        // each pattern is run only when the literal it cannot match without is there: same result, far fewer matchers
        String t = withoutComments(s);
        if (t.indexOf('{') >= 0) {
            t = ATTRIBUTES.matcher(t).replaceAll("");
        }
        if (t.contains("![")) {
            t = IMAGE.matcher(t).replaceAll("$1");
        }
        if (t.contains("](")) {
            t = LINK.matcher(t).replaceAll("$1");
        }
        if (t.contains("][")) {
            t = REF_LINK.matcher(t).replaceAll("$1");
        }
        if (t.indexOf('<') >= 0) {
            t = AUTOLINK.matcher(t).replaceAll("$1");
        }
        if (t.indexOf('`') >= 0) {
            t = CODE.matcher(t).replaceAll("$1");
        }
        if (t.indexOf('<') >= 0) {
            t = TAG.matcher(t).replaceAll("");
        }
        if (t.contains("~~")) {
            t = STRIKE.matcher(t).replaceAll("$1");
        }
        for (int i = 0; i < 2 && (t.contains("**") || t.contains("__")); i++) {
            t = STRONG.matcher(t).replaceAll("$2");
        }
        t = emphasis(t);
        t = entities(t);
        if (t.indexOf('\\') >= 0) {
            t = ESCAPE.matcher(t).replaceAll("$1");
        }
        if (t.endsWith("\\")) {
            t = t.substring(0, t.length() - 1);
        }
        return plainSpaces(t) ? t.strip() : SPACES.matcher(t).replaceAll(" ").strip();
    }

    /** Whether the text holds one of {@link #MARKUP_CHARS}, without a matcher. */
    private static boolean hasMarkupChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '<', '>', '[', ']', '(', ')', '*', '_', '`', '\\', '&', '{', '}', '~', '!':
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    /**
     * Removes single emphasis marks: {@code *x*} and {@code _x_} become {@code x}. An opening mark is not preceded by a
     * word character or {@code *} and not followed by white space; its closing mark is the first same mark on the line
     * that is not preceded by white space nor followed by a word character or {@code *}. One pass from the end finds
     * every closing mark, so the work is linear in the length (the pattern this replaces backtracked over the rest of
     * the line at every mark, which took seconds on a long title of {@code _a _a _a}).
     */
    static String emphasis(String t) {
        int n = t.length();
        if (t.indexOf('*') < 0 && t.indexOf('_') < 0) {
            return t;
        }
        // nextClose[k][i]: the first closing position j >= i for mark k (0 = '*', 1 = '_'), or n; breaks at line ends
        int[][] nextClose = new int[2][n + 1];
        int[] nextBreak = new int[n + 1];
        nextClose[0][n] = n;
        nextClose[1][n] = n;
        nextBreak[n] = n;
        for (int j = n - 1; j >= 0; j--) {
            char c = t.charAt(j);
            nextBreak[j] = isLineEnd(c) ? j : nextBreak[j + 1];
            nextClose[0][j] = nextClose[0][j + 1];
            nextClose[1][j] = nextClose[1][j + 1];
            if ((c == '*' || c == '_') && j > 0 && !isSpace(t.charAt(j - 1))
                    && (j + 1 >= n || !isWordOrStar(t.charAt(j + 1)))) {
                nextClose[c == '*' ? 0 : 1][j] = j;
            }
        }
        StringBuilder sb = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if ((c == '*' || c == '_') && (i == 0 || !isWordOrStar(t.charAt(i - 1))) && i + 1 < n
                    && !isSpace(t.charAt(i + 1)) && !isLineEnd(t.charAt(i + 1))) {
                int j = nextClose[c == '*' ? 0 : 1][i + 2];
                if (j < n && nextBreak[i + 1] >= j) {
                    sb.append(t, i + 1, j);
                    i = j + 1;
                    continue;
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isWordOrStar(char c) {
        return c == '*' || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Decodes the HTML entities people write in Markdown: numeric ones and the common named ones. */
    static String entities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = NUMERIC_ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int cp = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
            String rep = Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        m.appendTail(sb);
        return sb.toString().replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

    /** Heading text: plain text without closing {@code #} marks and {@code {#id}} attributes. */
    static String heading(String raw) {
        String t = withoutComments(capped(raw)).strip();
        if (t.indexOf('#') >= 0) {
            t = CLOSING_HASHES.matcher(t).replaceAll("");
        }
        return plain(t);
    }

    /**
     * Heading text as {@link #heading} gives it, but with its code spans kept as written ({@code Use `pnpm`
     * workspaces}): a title's inline code is part of what its author wrote, and the index and the site render it.
     */
    static String headingKeepingCode(String raw) {
        String t = withoutComments(capped(raw)).strip();
        t = CLOSING_HASHES.matcher(t).replaceAll("");
        if (t.indexOf('`') < 0) {
            return plain(t);
        }
        java.util.List<String> spans = new java.util.ArrayList<>();
        StringBuilder sb = new StringBuilder(t.length());
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c != '`') {
                sb.append(c);
                i++;
                continue;
            }
            int run = 0;
            while (i + run < t.length() && t.charAt(i + run) == '`') {
                run++;
            }
            String ticks = t.substring(i, i + run);
            int close = t.indexOf(ticks, i + run);
            while (close >= 0 && close + run < t.length() && t.charAt(close + run) == '`') {
                close = t.indexOf(ticks, close + run + 1);
            }
            if (close < 0 || close == i + run) {
                sb.append(ticks);
                i += run;
                continue;
            }
            sb.append('\uE000').append(spans.size()).append('\uE001');
            spans.add(t.substring(i, close + run));
            i = close + run;
        }
        String p = plain(sb.toString());
        for (int k = 0; k < spans.size(); k++) {
            p = p.replace("\uE000" + k + "\uE001", spans.get(k));
        }
        return p;
    }

    /** Removes emoji, pictographs and their modifiers (e.g. {@code ✅}, {@code ⌛️}), and {@code :shortcode:} emoji. */
    static String withoutEmoji(String s) {
        if (s.indexOf(':') < 0 && isAscii(s)) {
            // no ASCII character is an emoji, and a shortcode needs a colon
            return plainSpaces(s) ? s.strip() : WHITESPACE.matcher(s).replaceAll(" ").strip();
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean emoji = type == Character.OTHER_SYMBOL || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x200D
                    || (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0020 && cp <= 0xE007F);
            if (!emoji) {
                sb.appendCodePoint(cp);
            }
        });
        return WHITESPACE.matcher(SHORTCODE.matcher(sb.toString()).replaceAll("")).replaceAll(" ").strip();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
