package io.github.adrgov.adr.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sections ADR dialects write, each with the names real logs give it: the one table of section aliases, used by
 * dialect detection and by the section rules alike (and shown in the README).
 *
 * <p>A heading names a concept when, after {@link #words(String) normalising} both (lower case, markup and numbering
 * removed, each word's plural {@code s} dropped), it equals one of the concept's aliases, or, failing that, contains
 * the concept's name, one of its aliases of two words or more, or {@code Options} / {@code Alternatives} as whole
 * words ({@code CI Platform Considered Options}, {@code Solution Options}, {@code Decision: use Postgres},
 * {@code Positive Consequences}, {@code Decision Status}, which names both Decision and Status). A match inside a longer match of another
 * concept does not count: {@code Decision Drivers} and {@code Related Decisions} do not name Decision.
 */
public enum SectionConcept {
    STATUS("Status", "ADR Status", "Current Status", "\u72B6\u6001", "\u72C0\u614B"),
    CONTEXT("Context", "Context and Problem Statement", "Problem Statement", "Background", "Problem",
            "Context and Problem", "Motivation", "Introduction", "Intro", "\u80CC\u666F", "\u4E0A\u4E0B\u6587"),
    DECISION_DRIVERS("Decision Drivers", "Drivers", "Decision Criteria", "Forces"),
    CONSIDERED_OPTIONS("Considered Options", "Options Considered", "Considered Alternatives",
            "Alternatives Considered", "Alternative Approaches", "Considered Actions", "Options", "Alternatives"),
    PROS_AND_CONS("Pros and Cons of the Options", "Pros and Cons"),
    DECISION("Decision", "Decision Outcome", "Outcome", "Proposal", "Proposed Solution", "Detailed Design", "Design",
            "Solution", "Chosen Option", "Chosen Solution", "Chosen Approach", "\u51B3\u7B56"),
    RATIONALE("Rationale", "Justification", "Reasoning"),
    CONSEQUENCES("Consequences", "Implications", "Impact", "Trade-offs", "Tradeoffs", "Positive", "Negative", "Neutral",
            "\u540E\u679C", "\u7ED3\u679C"),
    CHANGELOG("Changelog", "Change Log", "Revision History"),
    RELATED("Related Decisions", "Related ADRs", "Related Records", "Related Documents", "Links", "References",
            "See Also");

    /** One-word aliases that count inside a longer heading too: {@code Solution Options}, {@code Alternatives we weighed}. */
    /** {@link #byName} and {@link #of} of the heading names seen: a log repeats a few headings in every file. */
    private static final Memo<SectionConcept> BY_NAME = new Memo<>(4096, SectionConcept::findByName);
    private static final Memo<Set<SectionConcept>> OF = new Memo<>(4096, SectionConcept::find);
    /** A heading attribute block, {@code {#id}} or {@code {.class}}. */
    private static final Pattern ATTRIBUTE_BLOCK = Pattern.compile("\\{[#.][^}]*}");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->");
    private static final Set<String> CONTAINABLE = Set.of(words("Options"), words("Alternatives"));

    private final List<String> aliases;
    private final List<String> normalized;

    SectionConcept(String... aliases) {
        this.aliases = List.of(aliases);
        List<String> n = new ArrayList<>();
        for (String a : aliases) {
            n.add(words(a));
        }
        this.normalized = List.copyOf(n);
    }

    /** The concept's usual name, e.g. {@code Considered Options}. */
    public String displayName() {
        return aliases.get(0);
    }

    /** Every name counted as this concept, the usual name first. */
    public List<String> aliases() {
        return aliases;
    }

    /** The concept whose usual name or alias is exactly this name (normalised), or null. */
    public static SectionConcept byName(String name) {
        return BY_NAME.get(name);
    }

    private static SectionConcept findByName(String name) {
        String w = words(name);
        for (SectionConcept c : values()) {
            if (c.normalized.contains(w)) {
                return c;
            }
        }
        return null;
    }

    /** The concepts a heading names (see the class comment); empty when it names none. */
    public static Set<SectionConcept> of(String heading) {
        Set<SectionConcept> known = OF.get(heading);
        return known.isEmpty() ? EnumSet.noneOf(SectionConcept.class) : EnumSet.copyOf(known);
    }

    private static Set<SectionConcept> find(String heading) {
        String w = words(heading);
        Set<SectionConcept> out = EnumSet.noneOf(SectionConcept.class);
        if (w.isEmpty()) {
            return out;
        }
        SectionConcept exact = byName(heading);
        if (exact != null) {
            out.add(exact);
            return out;
        }
        String padded = " " + w + " ";
        List<int[]> spans = new ArrayList<>();
        List<SectionConcept> owners = new ArrayList<>();
        for (SectionConcept c : values()) {
            for (int i = 0; i < c.normalized.size(); i++) {
                String alias = c.normalized.get(i);
                if (i > 0 && alias.indexOf(' ') < 0 && !CONTAINABLE.contains(alias)) {
                    continue;
                }
                for (int at = padded.indexOf(" " + alias + " "); at >= 0;
                        at = padded.indexOf(" " + alias + " ", at + 1)) {
                    spans.add(new int[] {at, at + alias.length() + 1});
                    owners.add(c);
                }
            }
        }
        for (int i = 0; i < spans.size(); i++) {
            boolean inside = false;
            for (int j = 0; j < spans.size() && !inside; j++) {
                int[] a = spans.get(i);
                int[] b = spans.get(j);
                inside = i != j && owners.get(i) != owners.get(j) && b[0] <= a[0] && a[1] <= b[1]
                        && (b[1] - b[0]) > (a[1] - a[0]);
            }
            if (!inside) {
                out.add(owners.get(i));
            }
        }
        return out;
    }

    /**
     * A name reduced to its words: lower case, every run of characters other than letters and digits a single space,
     * a leading section number ({@code 2.}, {@code 1)}) and {@code {#id}} attributes dropped, and each word's plural
     * {@code s} removed ({@code Options} and {@code Option} read alike).
     */
    public static String words(String name) {
        String h = name.toLowerCase(Locale.ROOT);
        if (h.indexOf('{') >= 0) {
            h = ATTRIBUTE_BLOCK.matcher(h).replaceAll(" ");
        }
        if (h.contains("<!--")) {
            h = COMMENT.matcher(h).replaceAll(" ");
        }
        StringBuilder out = new StringBuilder();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= h.length(); i++) {
            int cp = i < h.length() ? h.codePointAt(i) : ' ';
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
                if (cp > 0xFFFF) {
                    i++;
                }
                continue;
            }
            if (word.length() > 0) {
                String s = word.toString();
                if (out.length() == 0 && allDigits(s)) {
                    word.setLength(0);
                    continue;
                }
                if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss")) {
                    s = s.substring(0, s.length() - 1);
                }
                out.append(out.length() > 0 ? " " : "").append(s);
                word.setLength(0);
            }
        }
        return out.toString();
    }

    /** Whether every char is a digit (a loop: this runs for every alias when the class is first used). */
    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
