package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Memo;
import io.github.adrgov.adr.model.Section;
import io.github.adrgov.adr.model.SectionConcept;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Matching section headings against required names: case-insensitive, ignoring numbering such as {@code 1.},
 * trailing {@code :}, emphasis and code markup, links, emoji and {@code {#id}} attributes, singular or plural, by the
 * meaning given in {@link SectionConcept} (its aliases count alike, and a heading that contains the name counts:
 * {@code ## Decision: use Postgres}, {@code ## CI Platform Considered Options}). A required entry may name
 * alternatives separated by {@code |}.
 */
final class Headings {

    private static final Pattern ATTRIBUTES = Pattern.compile("\\{[#.][^}]*}");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern MARKUP = Pattern.compile("[*_`~]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The normalised words of each heading seen, see {@link #normalized(Adr)}. */
    private static final Memo<String> WORDS = new Memo<>(4096, h -> SectionConcept.words(normalize(h)));

    private Headings() {
    }

    /** A heading reduced to the words that name it, lower-case: {@code "2. **Context**:"} gives {@code context}. */
    static String normalize(String heading) {
        String h = heading;
        if (h.indexOf('{') >= 0) {
            h = ATTRIBUTES.matcher(h).replaceAll(" ");
        }
        if (h.indexOf('[') >= 0) {
            h = LINK.matcher(h).replaceAll("$1");
        }
        if (h.indexOf('*') >= 0 || h.indexOf('_') >= 0 || h.indexOf('`') >= 0 || h.indexOf('~') >= 0) {
            h = MARKUP.matcher(h).replaceAll("");
        }
        int start = 0;
        while (start < h.length() && !Character.isLetter(h.codePointAt(start))) {
            start += Character.charCount(h.codePointAt(start));
        }
        int end = h.length();
        while (end > start && !Character.isLetterOrDigit(h.codePointBefore(end))) {
            end -= Character.charCount(h.codePointBefore(end));
        }
        String core = h.substring(start, end);
        if (core.indexOf("  ") >= 0 || core.indexOf('\t') >= 0) {
            core = SPACES.matcher(core).replaceAll(" ");
        }
        return core.trim().toLowerCase(Locale.ROOT);
    }

    /** The alternatives of a required entry, trimmed: {@code "Decision Outcome|Decision"} gives two names. */
    static List<String> alternatives(String entry) {
        List<String> out = new ArrayList<>();
        for (String s : entry.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    /** The normalised headings of an ADR's sections, in section order. */
    static List<String> normalized(Adr adr) {
        List<String> out = new ArrayList<>(adr.sections().size());
        for (Section s : adr.sections()) {
            out.add(WORDS.get(s.heading()));
        }
        return out;
    }

    /**
     * What a required entry asks for: the section concepts its alternatives name (every alias of those counts, see
     * {@link SectionConcept}), and the normalised words of alternatives that name no concept (matched as written).
     */
    record Wanted(Set<SectionConcept> concepts, List<String> literal) {
        boolean isStatus() {
            return concepts.contains(SectionConcept.STATUS);
        }
    }

    /** The concepts and literal names of a required entry. */
    static Wanted wanted(String entry) {
        Set<SectionConcept> concepts = EnumSet.noneOf(SectionConcept.class);
        List<String> literal = new ArrayList<>();
        for (String alt : alternatives(entry)) {
            SectionConcept c = SectionConcept.byName(normalize(alt));
            if (c != null) {
                concepts.add(c);
            } else {
                literal.add(SectionConcept.words(normalize(alt)));
            }
        }
        return new Wanted(concepts, literal);
    }

    /**
     * The section that gives what the entry asks for, at any heading level: first a heading that is exactly one of
     * the concept's names or a literal alternative, then one that contains such a name (see {@link SectionConcept}).
     *
     * @param headings the ADR's {@link #normalized(Adr) normalised headings}
     * @param wanted   the entry's {@link #wanted(String) concepts and names}
     */
    static Optional<Section> find(Adr adr, List<String> headings, Wanted wanted) {
        for (int i = 0; i < headings.size(); i++) {
            SectionConcept exact = SectionConcept.byName(headings.get(i));
            if ((exact != null && wanted.concepts().contains(exact)) || wanted.literal().contains(headings.get(i))) {
                return Optional.of(adr.sections().get(i));
            }
        }
        for (int i = 0; i < headings.size(); i++) {
            String h = headings.get(i);
            for (SectionConcept c : SectionConcept.of(h)) {
                if (wanted.concepts().contains(c)) {
                    return Optional.of(adr.sections().get(i));
                }
            }
            for (String lit : wanted.literal()) {
                if (!lit.isEmpty() && (" " + h + " ").contains(" " + lit + " ")) {
                    return Optional.of(adr.sections().get(i));
                }
            }
        }
        return Optional.empty();
    }

    /** An entry as named in a message: {@code "Decision Outcome" (or "Decision")}. */
    static String describe(String entry) {
        List<String> alts = alternatives(entry);
        StringBuilder sb = new StringBuilder("\"").append(alts.isEmpty() ? entry : alts.get(0)).append('"');
        for (int i = 1; i < alts.size(); i++) {
            sb.append(i == 1 ? " (or " : ", or ").append('"').append(alts.get(i)).append('"');
        }
        if (alts.size() > 1) {
            sb.append(')');
        }
        return sb.toString();
    }
}
