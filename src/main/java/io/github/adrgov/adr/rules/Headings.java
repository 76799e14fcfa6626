package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Matching section headings against required names: case-insensitive, ignoring numbering such as {@code 1.},
 * trailing {@code :}, emphasis and code markup, links, emoji and {@code {#id}} attributes; a heading that goes on
 * after the name ({@code ## Decision: use Postgres}) counts too. A required entry may name alternatives separated by
 * {@code |}.
 */
final class Headings {

    private static final Pattern ATTRIBUTES = Pattern.compile("\\{[#.][^}]*}");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern MARKUP = Pattern.compile("[*_`~]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

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
            out.add(normalize(s.heading()));
        }
        return out;
    }

    /**
     * The first section whose heading matches one of the entry's alternatives, earlier alternatives first.
     *
     * @param headings the ADR's {@link #normalized(Adr) normalised headings}
     */
    static Optional<Section> find(Adr adr, List<String> headings, String entry) {
        for (String alt : alternatives(entry)) {
            String want = normalize(alt);
            int i = headings.indexOf(want);
            if (i >= 0) {
                return Optional.of(adr.sections().get(i));
            }
        }
        for (String alt : alternatives(entry)) {
            String want = normalize(alt);
            for (int i = 0; i < headings.size(); i++) {
                if (namedWithText(headings.get(i), want)) {
                    return Optional.of(adr.sections().get(i));
                }
            }
        }
        return Optional.empty();
    }

    /** A heading such as {@code decision: use postgres} or {@code decision - use postgres} names {@code decision}. */
    private static boolean namedWithText(String heading, String want) {
        if (!heading.startsWith(want) || heading.length() <= want.length()) {
            return false;
        }
        String rest = heading.substring(want.length());
        return rest.startsWith(":") || rest.startsWith(" - ") || rest.startsWith(" – ") || rest.startsWith(" — ");
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
