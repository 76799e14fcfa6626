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
    /** Supersession verbs in prose: also {@code we supersede}, {@code is superseded by}. */
    private static final Pattern PROSE_PHRASE = Pattern.compile(
            "(?i)\\b(?:(super[sc]eded|replaced)\\s+by\\b|(super[sc]edes?|replaces)\\b)");
    private static final Pattern AMEND_PHRASE = Pattern.compile("(?i)\\b(?:(amended)\\s+by\\b|(amends)\\b)");
    /** {@code supersedes some aspects of}, {@code replaces parts of}: a partial supersession, read as none. */
    private static final Pattern PARTIAL = Pattern.compile(
            "(?i)\\s+(?:only\\s+)?(?:some|certain|several|a\\s+few|the)?\\s*(?:aspects?|parts?|portions?|sections?|"
                    + "pieces?|elements?|details?)\\s+of\\b|(?i)\\s+(?:only\\s+)?(?:some|part|much|most)\\s+of\\b");
    /** {@code Parts of this ADR were superseded by}, {@code partly superseded by}: a partial supersession. */
    private static final Pattern PARTIAL_BEFORE = Pattern.compile(
            "(?i)\\b(?:parts?|portions?|aspects?|sections?|some|much)\\s+of\\b|\\b(?:partly|partially|in\\s+part)\\b");
    /** After a target: {@code §7}, {@code section 3}, {@code (parts)}: only a part of that ADR. */
    private static final Pattern PARTIAL_AFTER = Pattern.compile(
            "(?i)\\s*(?:'s\\s+)?(?:\u00A7|sections?\\s+\\d|\\(?\\s*(?:in\\s+)?parts?\\b|\\(?\\s*partly\\b|\\(?\\s*partially\\b)");
    /** Words that may stand between a subject and its supersession verb: {@code is}, {@code has been}, {@code decided to}. */
    private static final String AUX = "(?:(?:is|was|has|have|been|hereby|now|also|therefore|thus|fully|officially|"
            + "formally|effectively|decided|decide|agreed|agree|chose|choose|to)[\\s*_]+){0,3}$";
    /**
     * The subject of a prose supersession that is this ADR, right before the verb: {@code this ADR}, {@code this
     * decision}, {@code we} (also {@code we decided to}), {@code this ADR, which}.
     */
    private static final Pattern SUBJECT = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:this\\s+(?:adr|decision|record|"
            + "document|proposal|rfc|architecture\\s+decision(?:\\s+record)?)(?:\\s*,\\s*which)?|we)[\\s*_]+" + AUX);
    /**
     * A bare {@code This} or {@code It} as the subject: this ADR only when it opens the sentence ({@code It replaces
     * ADR-2.}); after other words ({@code "Use NodePort" -> This supersedes adr0008}) it is what those words name,
     * such as one chosen option, so only a part of the older ADR.
     */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("(?i)^[^\\p{L}]*(?:this|it)[\\s*_]+" + AUX);
    private static final Pattern LAST_WORDS = Pattern.compile("(?i)(\\p{L}+'?\\p{L}*)(?:\\s+(?:be|been|is|are|was|were|get|got))?\\s*$");
    private static final Pattern HEDGES = Pattern.compile(
            "(?i)not|never|n't|isn't|wasn't|won't|may|might|could|would|should|will|can|if|unless|whether|eventually|later");
    /** A docs-site page of an ADR: {@code /adr/23}, {@code /docs/adr/0023-x}, {@code /decisions/23}. */
    private static final Pattern SITE_ADR = Pattern.compile("(?i)(?:^|/)(?:adrs?|decisions?|decision-records?)/\\d+(?:[-_][^/]*)?/?(?:#.*)?$");
    /** {@code ADR-0012}, {@code ADR 12}, {@code ADR#12}, {@code adr-012} in prose, not inside an identifier. */
    private static final Pattern PROSE_MENTION = Pattern.compile(
            "(?<![\\w/.\\-])(?:ADR|Adr|adr(?=[-_#]))[-_ ]?#?0*(\\d{1,9})(?![\\w]|\\.\\d|-\\d)");
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
    /** Inline HTML code: {@code <code>ADR-0047</code>}, also {@code kbd}, {@code samp}, {@code tt}. */
    private static final Pattern HTML_CODE = Pattern.compile("(?is)<(code|kbd|samp|tt)\\b[^>]*>.*?</\\1\\s*>");
    /** A reference-style link {@code [text][label]} or {@code [label]}, or a definition {@code [label]: url}. */
    private static final Pattern REF_STYLE = Pattern.compile("\\[((?:[^\\[\\]]|\\[[^\\]]*])*)](?:\\[([^\\]]*)]|:\\s*(\\S+))?");
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
        return phraseLinks(line0, line, PHRASE, SUPERSEDE_STEMS, LinkKind.SUPERSEDED_BY, LinkKind.SUPERSEDES, false);
    }

    /**
     * Supersession written in the body's prose ({@code We supersede [ADR 18](/adr/18) with this ADR}, {@code This
     * decision replaces ADR-0003}): as {@link #supersessions}, but a target counts only when it names an ADR (by
     * {@code ADR-NNN}, a link to an ADR file or page, or a link whose text names an ADR), and a partial, negated or
     * hypothetical phrase ({@code supersedes some aspects of}, {@code is not superseded by}, {@code may be replaced
     * by}) names no supersession.
     */
    List<AdrLink> proseSupersessions(String line0, int line) {
        return phraseLinks(line0, line, PROSE_PHRASE, SUPERSEDE_STEMS, LinkKind.SUPERSEDED_BY, LinkKind.SUPERSEDES,
                true);
    }

    /** Amendments in one line: {@code Amends [4. X](0004-x.md)}, {@code Amended by ADR-0005}; never supersession. */
    List<AdrLink> amendments(String line0, int line, boolean prose) {
        return phraseLinks(line0, line, AMEND_PHRASE, AMEND_STEMS, LinkKind.AMENDED_BY, LinkKind.AMENDS, prose);
    }

    /** {@code stems}: the words every match of {@code phrase} starts with (see {@link #mayHold}). */
    private List<AdrLink> phraseLinks(String line0, int line, Pattern phrase, Stems stems, LinkKind passive,
            LinkKind active, boolean prose) {
        if (!mayHold(line0, stems)) {
            return List.of(); // no word the phrase starts with: most lines, passed over without a regular expression
        }
        List<AdrLink> out = new ArrayList<>();
        String markdown = Markup.capped(line0);
        if (!phrase.matcher(markdown).find()) {
            // the phrase is nowhere in the line, so in no link text either (a link's text is bounded by [ and ], as
            // the line is there): most lines of prose, read without the link and code scans below
            return out;
        }
        boolean[] hidden = new boolean[markdown.length() + 1];
        Matcher link = ANY_LINK.matcher(markdown);
        while (link.find()) {
            Arrays.fill(hidden, link.start(), link.end(), true);
            Matcher inText = phrase.matcher(link.group(1));
            if (inText.lookingAt()) {
                LinkKind kind = inText.group(1) != null ? passive : active;
                String dest = link.group(2).isEmpty() ? null : link.group(2);
                Integer n = numberInText(link.group(1));
                if (!prose || namesAdr(dest, n)) {
                    out.add(new AdrLink(kind, Markup.plain(link.group()), dest, n, line));
                }
            }
        }
        for (Pattern p : new Pattern[] {CODE_SPAN, ANY_URL}) {
            Matcher u = p.matcher(markdown);
            while (u.find()) {
                Arrays.fill(hidden, u.start(), u.end(), true);
            }
        }
        Matcher m = phrase.matcher(markdown);
        int from = 0;
        while (from < markdown.length() && out.size() < MAX_TARGETS && m.find(from)) {
            if (hidden[m.start()] || PARTIAL.matcher(markdown.substring(m.end())).lookingAt()
                    || PARTIAL_BEFORE.matcher(sentenceBefore(markdown, m.start())).find()
                    || (prose && (hedged(markdown.substring(0, m.start()))
                            || !aboutThisAdr(sentenceBefore(markdown, m.start()))))) {
                from = m.end();
                continue;
            }
            LinkKind kind = m.group(1) != null ? passive : active;
            int pos = m.end();
            for (Target t : targets(markdown, pos)) {
                pos = t.end();
                if (PARTIAL_AFTER.matcher(markdown.substring(t.end())).lookingAt()) {
                    continue; // "Supersedes: ADR 0053 §7": a part of it, so the older ADR stands
                }
                if (prose && !namesAdr(t.path(), t.text().matches("(?i)^(?:a?dr)[-_ ]?#?\\d+$") ? t.number()
                        : t.path() == null ? null : t.number())) {
                    continue;
                }
                String text = Markup.plain(markdown.substring(m.start(), t.end()));
                out.add(new AdrLink(kind, text, t.path(), t.number(), line));
            }
            from = Math.max(pos, m.end());
        }
        return out;
    }

    /** Whether a prose target names an ADR: a number read from ADR wording, or a link to an ADR file or page. */
    private static boolean namesAdr(String dest, Integer number) {
        if (dest == null) {
            return number != null;
        }
        if (ADR_FILE.matcher(dest).find() || SITE_ADR.matcher(dest).find()) {
            return true;
        }
        return number != null && !SCHEME.matcher(dest).lookingAt();
    }

    /** The text of the sentence before {@code end}: from the last {@code .}, {@code ;} or {@code !} on. */
    private static String sentenceBefore(String s, int end) {
        int from = Math.max(Math.max(s.lastIndexOf(". ", end), s.lastIndexOf("; ", end)), s.lastIndexOf("! ", end));
        return s.substring(from < 0 ? 0 : from, end);
    }

    /**
     * Whether the phrase in prose speaks of this ADR: it opens its sentence ({@code Superseded by ADR-3}), or its
     * subject is this ADR ({@code This ADR is superseded by}, {@code This decision replaces}, {@code We supersede},
     * {@code We decided to supersede}, a sentence that opens with {@code This supersedes}), not something else
     * ({@code These IP ranges have been superseded by ADR #0033}, {@code "Option 5" -> This supersedes adr0008}).
     */
    private static boolean aboutThisAdr(String sentence) {
        String s = sentence.replaceFirst("^[.;!]\\s*", "");
        return Markup.plain(s).replaceAll("[\\W_&&[^\\p{L}]]+", "").isEmpty() || SUBJECT.matcher(s).find()
                || PRONOUN_SUBJECT.matcher(s).find();
    }

    /** Whether the words before a phrase make it hypothetical or negated: {@code not}, {@code may be}, {@code if}. */
    private static boolean hedged(String before) {
        Matcher w = LAST_WORDS.matcher(before);
        return w.find() && HEDGES.matcher(w.group(1)).matches();
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

    /**
     * ADR references in a line of prose: mentions written {@code ADR-0012}, {@code ADR 12} or {@code adr-012} outside
     * links (a link that leads nowhere is {@code broken-link}'s, one problem one finding). Not inside code spans, inline
     * HTML code or URLs, nor in a reference-style link whose definition is a URL ({@code [ADR-0046][registry]} with
     * {@code [registry]: https://...}), not part of a longer
     * identifier ({@code MY_ADR-12}, {@code ADR-12_FLAG}), not a version ({@code ADR 2.0}); the {@code DR} prefix
     * counts only in link sections, where it cannot be disaster recovery.
     */
    List<AdrLink> proseReferences(String line0, int line) {
        String markdown = Markup.capped(line0);
        if (!mayMention(markdown)) {
            return List.of(); // a mention needs "adr" and a digit; masking below only removes text
        }
        StringBuilder masked = new StringBuilder(markdown);
        for (Pattern p : new Pattern[] {CODE_SPAN, ANY_URL}) {
            Matcher u = p.matcher(markdown);
            while (u.find()) {
                for (int i = u.start(); i < u.end(); i++) {
                    masked.setCharAt(i, ' ');
                }
            }
        }
        List<AdrLink> out = new ArrayList<>();
        Matcher link = ANY_LINK.matcher(masked);
        while (link.find()) {
            for (int i = link.start(); i < link.end(); i++) {
                masked.setCharAt(i, ' ');
            }
        }
        Matcher html = HTML_CODE.matcher(masked);
        while (html.find()) {
            for (int i = html.start(); i < html.end(); i++) {
                masked.setCharAt(i, ' ');
            }
        }
        Matcher ref = REF_STYLE.matcher(masked.toString());
        while (ref.find()) {
            String dest = ref.group(3) != null ? ref.group(3)
                    : outline.reference(ref.group(2) == null || ref.group(2).isEmpty() ? ref.group(1) : ref.group(2));
            if (dest != null && (SCHEME.matcher(dest).lookingAt() || dest.startsWith("/"))) {
                for (int i = ref.start(); i < ref.end(); i++) {
                    masked.setCharAt(i, ' '); // [ADR-0046][registry] with a URL: another repository's record
                }
            }
        }
        Matcher mention = PROSE_MENTION.matcher(masked);
        while (mention.find() && out.size() < MAX_TARGETS) {
            out.add(new AdrLink(LinkKind.REFERENCE, mention.group().strip(), null, Integer.valueOf(mention.group(1)),
                    line));
        }
        return out;
    }

    /**
     * Words a phrase's every match starts with, lower case, and a position at which they all have the same letter,
     * the one looked for first: pick a letter rarer in prose than the words' first.
     */
    record Stems(int key, String... words) {
    }

    /** Every {@code PHRASE} and {@code PROSE_PHRASE} match starts with one of these; key: the p. */
    static final Stems SUPERSEDE_STEMS = new Stems(2, "supersed", "superced", "replace");
    /** Every {@code AMEND_PHRASE} match starts with this; key: the m. */
    static final Stems AMEND_STEMS = new Stems(1, "amend");

    /**
     * Whether the text holds one of the stems, in any case (ASCII), looked for where their key letter is. The JDK's
     * {@code indexOf} finds the letter: a scan of its own was compiled again by the JIT on every build.
     */
    static boolean mayHold(String s, Stems stems) {
        int key = stems.key();
        char k = stems.words()[0].charAt(key);
        return holdsAt(s, stems, k) || holdsAt(s, stems, (char) (k - 0x20));
    }

    /** Whether one of the stems stands where {@code letter} (their key letter, in one case) stands in the text. */
    private static boolean holdsAt(String s, Stems stems, char letter) {
        int key = stems.key();
        for (int i = s.indexOf(letter, key); i >= 0; i = s.indexOf(letter, i + 1)) {
            for (String stem : stems.words()) {
                if (atIgnoringCase(s, i - key, stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code s} holds the lower-case ASCII {@code word} at {@code at}, in any case. */
    private static boolean atIgnoringCase(String s, int at, String word) {
        if (at + word.length() > s.length()) {
            return false;
        }
        for (int j = 0; j < word.length(); j++) {
            char c = s.charAt(at + j);
            if (c != word.charAt(j) && (c | 0x20) != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the text holds both an ASCII digit and {@code adr} in any case, as every {@code PROSE_MENTION} does;
     * found with the JDK's {@code indexOf}, as in {@link #mayHold}.
     */
    static boolean mayMention(String s) {
        if (!holdsAdr(s, 'a') && !holdsAdr(s, 'A')) {
            return false;
        }
        for (char d = '0'; d <= '9'; d++) {
            if (s.indexOf(d) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code a} (one case of it) starts {@code adr}, in any case, somewhere in the text. */
    private static boolean holdsAdr(String s, char a) {
        for (int i = s.indexOf(a); i >= 0 && i + 2 < s.length(); i = s.indexOf(a, i + 1)) {
            if ((s.charAt(i + 1) | 0x20) == 'd' && (s.charAt(i + 2) | 0x20) == 'r') {
                return true;
            }
        }
        return false;
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
