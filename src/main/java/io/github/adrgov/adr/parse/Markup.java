package io.github.adrgov.adr.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a line of Markdown into the plain words a reader sees. */
final class Markup {

    private static final Pattern COMMENT = Pattern.compile("<!--.*?(-->|$)");
    private static final Pattern ATTRIBUTES = Pattern.compile("\\s*\\{[#.][^}]*}\\s*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\((?:[^()\\s]|\\([^)]*\\))*(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern REF_LINK = Pattern.compile("\\[([^\\]]+)]\\[[^\\]]*]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9-]*(\\s[^<>]*)?/?>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(.+?)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])([*_])(?!\\s)(.+?)(?<!\\s)\\1(?![\\w*])");
    private static final Pattern STRIKE = Pattern.compile("~~(.+?)~~");
    private static final Pattern CODE = Pattern.compile("`+([^`]*)`+");
    /** Characters that may start markup; text without any of them is plain already. */
    private static final Pattern MARKUP_CHARS = Pattern.compile("[<>\\[\\]()*_`\\\\&{}~!]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern CLOSING_HASHES = Pattern.compile("\\s+#+\\s*$");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

    private Markup() {
    }

    /** Removes HTML comments, even one left open at the end of the line. */
    static String withoutComments(String s) {
        return COMMENT.matcher(s).replaceAll("");
    }

    /** Plain text of an inline Markdown fragment: no comments, attributes, links, emphasis, code marks or tags. */
    static String plain(String s) {
        if (!MARKUP_CHARS.matcher(s).find()) {
            return SPACES.matcher(s).replaceAll(" ").strip();
        }
        String t = withoutComments(s);
        t = ATTRIBUTES.matcher(t).replaceAll("");
        t = IMAGE.matcher(t).replaceAll("$1");
        t = LINK.matcher(t).replaceAll("$1");
        t = REF_LINK.matcher(t).replaceAll("$1");
        t = AUTOLINK.matcher(t).replaceAll("$1");
        t = CODE.matcher(t).replaceAll("$1");
        t = TAG.matcher(t).replaceAll("");
        t = STRIKE.matcher(t).replaceAll("$1");
        for (int i = 0; i < 2; i++) {
            t = STRONG.matcher(t).replaceAll("$2");
        }
        t = EMPHASIS.matcher(t).replaceAll("$2");
        t = entities(t);
        t = ESCAPE.matcher(t).replaceAll("$1");
        if (t.endsWith("\\")) {
            t = t.substring(0, t.length() - 1);
        }
        return SPACES.matcher(t).replaceAll(" ").strip();
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
        String t = withoutComments(raw).strip();
        t = CLOSING_HASHES.matcher(t).replaceAll("");
        return plain(t);
    }

    /** Removes emoji, pictographs and their modifiers (e.g. {@code ✅}, {@code ⌛️}), and {@code :shortcode:} emoji. */
    static String withoutEmoji(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean emoji = type == Character.OTHER_SYMBOL || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x200D
                    || (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0020 && cp <= 0xE007F);
            if (!emoji) {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString().replaceAll(":[a-z0-9_+-]+:", "").replaceAll("\\s+", " ").strip();
    }
}
