package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.model.Adr;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises unfilled template text in one line of prose (code spans and comments already removed). The patterns are
 * kept tight, measured against real ADR logs: a bracketed instruction ({@code [Describe the context]}), a bracketed
 * list item of a template ({@code [option 1]} alone on its line), a curly-brace phrase ({@code {problem statement}},
 * but not {@code {#anchor}}, {@code {id}} or set notation {@code {a, b}}), the literal {@code YYYY-MM-DD}, and a line
 * that says nothing but {@code TODO} or {@code TBD}.
 */
final class Placeholders {

    private static final Pattern BRACKETS = Pattern.compile("^[\\[{(]+|[\\]})]+$");

    /** The start of a bracketed instruction, e.g. {@code Describe ...} in {@code [Describe ...]}. */
    private static final Pattern INSTRUCTION = Pattern.compile(
            "(?i:(?:describe|explain|list|add|insert|enter|write|summari[sz]e|provide|fill in|replace|give|state"
                    + "|short title|title of|link to|link type|justification|yyyy-mm-dd)\\b"
                    + "|e\\.g\\.|example \\||description \\|)");

    /** The start of a template list item such as {@code option 1} or {@code driver 2, e.g., ...}. */
    private static final Pattern ITEM = Pattern.compile(
            "(?i:option|driver|decision driver|argument|alternative|consequence)\\s+(?:\\d+|[a-z])\\b");

    /** Characters that make a curly-brace phrase code rather than a placeholder. */
    private static final String CODE_CHARS = "{}[]()=;\"<>$@:_#";

    private static final Pattern TWO_WORDS = Pattern.compile("[A-Za-z]{2,} [A-Za-z0-9]");

    /** A line that is nothing but TODO or TBD (after list, quote, heading and emphasis markers). */
    private static final Pattern TODO_LINE = Pattern.compile(
            "^[\\s>#*+\\-_]*(?:\\d+[.)]\\s*)?[*_]*(TODO|TBD)[*_]*[.:!…]*[*_]*\\s*$");

    /** The adr-tools template's title, left unfilled: {@code # n. Title}, {@code # NUMBER. TITLE}, {@code # XXX. ...}. */
    static final Pattern TITLE_PLACEHOLDER = Pattern.compile(
            "^#\\s+((?:n|N|NN+|NNNN|X{1,4}|x{3,4}|NUMBER|number|\\{number}|\\[number])\\.\\s+\\S.*)$");

    private Placeholders() {
    }

    /**
     * Whether {@link #find} could find anything in the line, or in the line with code spans or comments replaced by a
     * blank: every placeholder holds a bracket, a brace, {@code YYYY-MM-DD}, {@code TODO} or {@code TBD}, or starts
     * the line with {@code #}, and none of those holds a blank. Most lines do not, and are passed over without a copy.
     */
    static boolean mayHold(String line) {
        return line.indexOf('[') >= 0 || line.indexOf('{') >= 0 || line.startsWith("#")
                || line.indexOf("YYYY-MM-DD") >= 0 || line.indexOf("TODO") >= 0 || line.indexOf("TBD") >= 0;
    }

    /** The placeholder text found in the line, or null. Scans by hand first: most lines hold no candidate. */
    static String find(String line) {
        String found = bracket(line);
        if (found == null) {
            found = brace(line);
        }
        if (found == null && line.indexOf("YYYY-MM-DD") >= 0) {
            int i = line.indexOf("YYYY-MM-DD");
            boolean wordBefore = i > 0 && Character.isLetterOrDigit(line.charAt(i - 1));
            int e = i + "YYYY-MM-DD".length();
            boolean wordAfter = e < line.length() && Character.isLetterOrDigit(line.charAt(e));
            if (!wordBefore && !wordAfter) {
                found = "YYYY-MM-DD";
            }
        }
        if (found == null && (line.indexOf("TODO") >= 0 || line.indexOf("TBD") >= 0)) {
            Matcher m = TODO_LINE.matcher(line);
            if (m.find()) {
                found = m.group(1);
            }
        }
        if (found == null && line.startsWith("#") && mayBeTitlePlaceholder(line)) {
            Matcher m = TITLE_PLACEHOLDER.matcher(line);
            if (m.matches()) {
                found = m.group(1).strip();
            }
        }
        return found;
    }

    /**
     * Whether the heading line could be {@link #TITLE_PLACEHOLDER}: blanks after the {@code #}, then the first
     * character of one of its numbers. Most headings are not, and are passed over without a regex.
     */
    static boolean mayBeTitlePlaceholder(String line) {
        int k = 1;
        while (k < line.length() && " \t\n\u000B\f\r".indexOf(line.charAt(k)) >= 0) {
            k++;
        }
        return k > 1 && k < line.length() && "nNXx{[".indexOf(line.charAt(k)) >= 0;
    }

    /** {@code [instruction ...]} or a template item alone on its line; never a link, image, footnote or checkbox. */
    private static String bracket(String line) {
        for (int i = line.indexOf('['); i >= 0; i = line.indexOf('[', i + 1)) {
            if (i > 0 && "!]\\".indexOf(line.charAt(i - 1)) >= 0) {
                continue;
            }
            int close = line.indexOf(']', i + 1);
            if (close < 0) {
                return null;
            }
            String inner = line.substring(i + 1, close);
            if (inner.isEmpty() || !Character.isLetter(inner.charAt(0)) || inner.indexOf('[') >= 0) {
                continue;
            }
            if (close + 1 < line.length() && "([:".indexOf(line.charAt(close + 1)) >= 0) {
                continue;
            }
            if (INSTRUCTION.matcher(inner).lookingAt()
                    || ITEM.matcher(inner).lookingAt() && !hasLetters(line.substring(close + 1))) {
                return line.substring(i, close + 1);
            }
        }
        return null;
    }

    /** {@code {a phrase of words}}; never {@code {#id}}, {@code {id}}, {@code {{ template }}}, set notation or code. */
    private static String brace(String line) {
        for (int i = line.indexOf('{'); i >= 0; i = line.indexOf('{', i + 1)) {
            if (i > 0) {
                char before = line.charAt(i - 1);
                if ("$\\{#%".indexOf(before) >= 0 || Character.isLetterOrDigit(before)) {
                    continue;
                }
            }
            int close = line.indexOf('}', i + 1);
            if (close < 0) {
                return null;
            }
            if (close + 1 < line.length() && line.charAt(close + 1) == '}') {
                continue;
            }
            String inner = line.substring(i + 1, close).trim();
            if (inner.isEmpty() || !Character.isLetter(inner.charAt(0)) || hasAny(inner, CODE_CHARS)) {
                continue;
            }
            if (TWO_WORDS.matcher(inner).find()) {
                return line.substring(i, close + 1);
            }
        }
        return null;
    }

    /**
     * The status text when it is a template's list of choices rather than a status: two or more status words
     * separated by {@code |} or {@code or}, bracketed or not ({@code accepted | deprecated | superseded by
     * xxx}, {@code [proposed | accepted]}, {@code Accepted or Rejected}); else null.
     */
    static String choiceList(Adr adr, StatusVocabulary statuses) {
        if (adr.status().isEmpty()) {
            return null;
        }
        String text = adr.status().get().text().strip();
        if (text.indexOf('|') < 0 && text.indexOf("or") < 0) {
            return null; // no separator, so one part: most statuses, passed over without a regex
        }
        String inner = BRACKETS.matcher(text).replaceAll("").strip();
        String[] parts = CHOICE_SPLIT.split(inner);
        if (parts.length < 2) {
            return null;
        }
        int words = 0;
        for (String p : parts) {
            Matcher m = FIRST_WORD.matcher(p.strip());
            if (m.lookingAt() && statuses.categoryOf(m.group().toLowerCase(Locale.ROOT)) != null) {
                words++;
            }
        }
        return words >= 2 ? text : null;
    }

    /** Whether a line of the ADR is its status line and that status is a list of choices. */
    static boolean onChoiceList(Adr adr, int line, StatusVocabulary statuses) {
        return adr.status().map(s -> s.line() == line).orElse(false) && choiceList(adr, statuses) != null;
    }

    private static final Pattern CHOICE_SPLIT = Pattern.compile("\\s*\\|\\s*|\\s+or\\s+");
    private static final Pattern FIRST_WORD = Pattern.compile("\\p{L}+");

    private static boolean hasAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
