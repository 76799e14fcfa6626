package io.github.adrgov.adr.parse;

import io.github.adrgov.adr.model.AdrLink;
import io.github.adrgov.adr.model.LinkKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads links between ADRs from Markdown text: supersession phrases ({@code Superseded by [3. X](0003-x.md)},
 * {@code Supersedes ADR-002}, adr-tools' {@code Superceded by}), and plain references to ADRs.
 */
final class LinkReader {

    private static final Pattern PHRASE = Pattern.compile(
            "(?i)\\b(?:(super[sc]eded|replaced)(?:\\s+by\\b)?|(super[sc]edes|replaces))");
    private static final Pattern INLINE_LINK =
            Pattern.compile("^!?\\[((?:[^\\[\\]]|\\[[^\\]]*])*)]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REF_LINK = Pattern.compile("^\\[([^\\]]+)](?:\\[([^\\]]*)])?");
    private static final Pattern AUTOLINK = Pattern.compile("^<((?:https?://|\\.{0,2}/)[^>\\s]+)>");
    private static final Pattern URL = Pattern.compile("^(https?://[^\\s)\\]>]+)");
    private static final Pattern ADR_NUMBER = Pattern.compile("(?i)^(?:a?dr)[-_ ]?#?0*(\\d{1,9})(?![\\d])");
    private static final Pattern BARE_NUMBER = Pattern.compile("^#?0*(\\d{1,9})(?![\\d\\p{L}.])");
    private static final Pattern PATH = Pattern.compile("^([\\w./-]+\\.md)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEAD = Pattern.compile("^[\\s:\\-\\u2013\\u2014*_`]*");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:,|&|and|/|;)\\s*", Pattern.CASE_INSENSITIVE);
    /** A number named in a link's text: {@code ADR-009}, {@code ADR 9}, {@code DR008}, {@code 9. X}, {@code 0019}. */
    private static final Pattern TEXT_ADR = Pattern.compile("(?i)\\b(?:a?dr)[-_ ]?#?0*(\\d{1,9})\\b");
    private static final Pattern TEXT_LEADING = Pattern.compile("^\\s*0*(\\d{1,9})(?:\\s*[.):]\\s|\\s*$)");
    private static final Pattern MENTION = Pattern.compile("(?i)\\b(?:ADR|DR)[-_ ]?#?0*(\\d{1,9})\\b");
    private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern ANY_LINK =
            Pattern.compile("!?\\[((?:[^\\[\\]]|\\[[^\\]]*])*)]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");
    private static final Pattern ANY_URL = Pattern.compile("\\b(?:https?|ftp)://[^\\s)\\]>]+");
    /** A link to an ADR-like file: {@code 0042-x.md}, {@code ADR-042-x.md}, or the same without {@code .md}. */
    private static final Pattern ADR_FILE =
            Pattern.compile("(?i)(?:^|/)(?:a?dr[-_]?)?\\d+[-_](?:[^/]*\\.md|[^/.#]*)(?:#.*)?$");

    /**
     * The most targets read from one line or value: a real status names one or two ADRs; a line of thousands of
     * {@code ADR-0001,} is read only this far, so that each line costs bounded work.
     */
    static final int MAX_TARGETS = 32;

    private final MarkdownOutline outline;

    LinkReader(MarkdownOutline outline) {
        this.outline = outline;
    }

    /** One target named after a phrase: a destination and/or a number, and where it ends in the text. */
    record Target(String path, Integer number, String text, int end) {
    }

    /**
     * Supersession links in one line of Markdown (with {@code **}, links and emoji as written). A phrase inside a link
     * destination, a code span or a URL does not count; a phrase inside a link's text counts only when the text starts
     * with it ({@code [Superseded by ADR-4](0004-x.md)}), and then that link is the target.
     */
    List<AdrLink> supersessions(String line0, int line) {
        String markdown = Markup.capped(line0);
        List<AdrLink> out = new ArrayList<>();
        boolean[] hidden = new boolean[markdown.length() + 1];
        Matcher link = ANY_LINK.matcher(markdown);
        while (link.find()) {
            Arrays.fill(hidden, link.start(), link.end(), true);
            Matcher inText = PHRASE.matcher(link.group(1));
            if (inText.lookingAt()) {
                LinkKind kind = inText.group(1) != null ? LinkKind.SUPERSEDED_BY : LinkKind.SUPERSEDES;
                String dest = link.group(2).isEmpty() ? null : link.group(2);
                out.add(new AdrLink(kind, Markup.plain(link.group()), dest, numberInText(link.group(1)), line));
            }
        }
        for (Pattern p : new Pattern[] {CODE_SPAN, ANY_URL}) {
            Matcher u = p.matcher(markdown);
            while (u.find()) {
                Arrays.fill(hidden, u.start(), u.end(), true);
            }
        }
        Matcher m = PHRASE.matcher(markdown);
        int from = 0;
        while (from < markdown.length() && out.size() < MAX_TARGETS && m.find(from)) {
            if (hidden[m.start()]) {
                from = m.end();
                continue;
            }
            LinkKind kind = m.group(1) != null ? LinkKind.SUPERSEDED_BY : LinkKind.SUPERSEDES;
            int pos = m.end();
            for (Target t : targets(markdown, pos)) {
                String text = Markup.plain(markdown.substring(m.start(), t.end()));
                out.add(new AdrLink(kind, text, t.path(), t.number(), line));
                pos = t.end();
            }
            from = Math.max(pos, m.end());
        }
        return out;
    }

    /** Targets written from {@code pos} on: one, then more joined by {@code ,}, {@code and}, {@code &}. */
    List<Target> targets(String s, int pos) {
        List<Target> out = new ArrayList<>();
        Matcher lead = LEAD.matcher(s.substring(pos));
        int p = pos + (lead.find() ? lead.end() : 0);
        while (p < s.length() && out.size() < MAX_TARGETS) {
            Target t = target(s, p);
            if (t == null) {
                break;
            }
            out.add(t);
            p = t.end();
            Matcher sep = SEPARATOR.matcher(s.substring(p));
            if (!sep.find()) {
                break;
            }
            p += sep.end();
        }
        return out;
    }

    private Target target(String s, int p) {
        String rest = s.substring(p);
        Matcher m = INLINE_LINK.matcher(rest);
        if (m.find()) {
            String dest = m.group(2).isEmpty() ? null : m.group(2);
            return new Target(dest, numberInText(m.group(1)), m.group(1), p + m.end());
        }
        m = AUTOLINK.matcher(rest);
        if (m.find()) {
            return new Target(m.group(1), null, m.group(1), p + m.end());
        }
        m = REF_LINK.matcher(rest);
        if (m.find()) {
            String label = m.group(2) == null || m.group(2).isEmpty() ? m.group(1) : m.group(2);
            String dest = outline.reference(label);
            Integer n = numberInText(m.group(1));
            if (dest != null || n != null) {
                return new Target(dest, n, m.group(1), p + m.end());
            }
            return null;
        }
        m = URL.matcher(rest);
        if (m.find()) {
            return new Target(m.group(1), null, m.group(1), p + m.end());
        }
        m = ADR_NUMBER.matcher(rest);
        if (m.find()) {
            return new Target(null, Integer.valueOf(m.group(1)), m.group(), p + m.end());
        }
        m = PATH.matcher(rest);
        if (m.find()) {
            return new Target(m.group(1), null, m.group(1), p + m.end());
        }
        m = BARE_NUMBER.matcher(rest);
        if (m.find()) {
            return new Target(null, Integer.valueOf(m.group(1)), m.group(), p + m.end());
        }
        return null;
    }

    /** The ADR number a link's text names, or null. */
    static Integer numberInText(String text) {
        String t = Markup.plain(text);
        Matcher m = TEXT_ADR.matcher(t);
        if (m.find()) {
            return Integer.valueOf(m.group(1));
        }
        m = TEXT_LEADING.matcher(t);
        if (m.find()) {
            return Integer.valueOf(m.group(1));
        }
        return null;
    }

    /**
     * References to ADRs in one line: links to ADR-like files ({@code 0042-x.md}) and mentions such as {@code ADR-042};
     * spans already read as supersession are left out by the caller through {@code skipNumbers}/{@code skipPaths}.
     */
    List<AdrLink> references(String line0, int line) {
        String markdown = Markup.capped(line0);
        List<AdrLink> out = new ArrayList<>();
        int i = 0;
        StringBuilder rest = new StringBuilder();
        while (i < markdown.length() && out.size() < MAX_TARGETS) {
            char c = markdown.charAt(i);
            if (c == '[' || (c == '!' && i + 1 < markdown.length() && markdown.charAt(i + 1) == '[')) {
                Matcher m = INLINE_LINK.matcher(markdown.substring(i));
                if (m.find()) {
                    String dest = m.group(2);
                    Matcher named = TEXT_ADR.matcher(Markup.plain(m.group(1)));
                    Integer n = named.find() ? Integer.valueOf(named.group(1)) : null;
                    boolean external = SCHEME.matcher(dest).lookingAt() || dest.startsWith("/");
                    if (!dest.isEmpty() && !external && ADR_FILE.matcher(dest).find()) {
                        out.add(new AdrLink(LinkKind.REFERENCE, Markup.plain(m.group()), dest, n, line));
                    }
                    rest.append(' ');
                    i += m.end();
                    continue;
                }
            }
            rest.append(c);
            i++;
        }
        Matcher mention = MENTION.matcher(rest);
        while (out.isEmpty() && mention.find()) {
            out.add(new AdrLink(LinkKind.REFERENCE, mention.group(), null, Integer.valueOf(mention.group(1)), line));
        }
        return out;
    }

    /** Targets of a front matter or field value ({@code 0005-x.md}, {@code ADR-0005}, {@code [5. X](0005-x.md)}). */
    List<Target> valueTargets(String value) {
        List<Target> out = new ArrayList<>();
        for (String part : Markup.capped(value).split("\\s*,\\s*")) {
            if (out.size() >= MAX_TARGETS) {
                break;
            }
            String v = part.strip();
            if (v.isEmpty()) {
                continue;
            }
            List<Target> ts = targets(v, 0);
            if (!ts.isEmpty()) {
                out.addAll(ts);
            } else if (v.matches("[\\w./-]+")) {
                out.add(new Target(v, null, v, v.length()));
            }
        }
        return out;
    }

}
