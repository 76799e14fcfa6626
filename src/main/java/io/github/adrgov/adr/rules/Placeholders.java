package io.github.adrgov.adr.rules;

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

    /** A bracketed instruction: not a link ({@code [x](u)}, {@code [x][r]}, {@code [x]:}), not an image or footnote. */
    private static final Pattern BRACKET_INSTRUCTION = Pattern.compile(
            "(?<![!\\]\\\\])\\[((?i:describe|explain|list|add|insert|enter|write|summari[sz]e|provide|fill in|replace"
                    + "|give|state|short title|title of|link to|link type|justification|e\\.g\\.|example \\|"
                    + "|description \\||yyyy-mm-dd)\\b[^\\]\\[]*)](?![(\\[:])");

    /** A template list item such as {@code [option 1]} or {@code [driver 2, e.g., ...]}. */
    private static final Pattern BRACKET_ITEM = Pattern.compile(
            "(?<![!\\]\\\\])\\[((?i:option|driver|decision driver|argument|alternative|consequence)\\s+(?:\\d+|[a-z])"
                    + "\\b[^\\]\\[]*)](?![(\\[:])");

    /** A curly-brace phrase of at least two words, without code-like characters. */
    private static final Pattern BRACE_PHRASE = Pattern.compile(
            "(?<![$\\\\{\\w])\\{\\s*([A-Za-z][^{}\\[\\]()=;\"<>$@:_#]*?)\\s*}(?!})");
    private static final Pattern TWO_WORDS = Pattern.compile("[A-Za-z]{2,} [A-Za-z0-9]");

    private static final Pattern DATE_PLACEHOLDER = Pattern.compile("\\bYYYY-MM-DD\\b");

    /** A line that is nothing but TODO or TBD (after list, quote, heading and emphasis markers). */
    private static final Pattern TODO_LINE = Pattern.compile(
            "^[\\s>#*+\\-_]*(?:\\d+[.)]\\s*)?[*_]*(TODO|TBD)[*_]*[.:!…]*[*_]*\\s*$");

    private Placeholders() {
    }

    /** The placeholder text found in the line, or null. */
    static String find(String line) {
        boolean bracket = line.indexOf('[') >= 0;
        if (bracket) {
            Matcher m = BRACKET_INSTRUCTION.matcher(line);
            if (m.find()) {
                return m.group();
            }
            m = BRACKET_ITEM.matcher(line);
            while (m.find()) {
                if (!hasLetters(line.substring(m.end()))) {
                    return m.group();
                }
            }
        }
        if (line.indexOf('{') >= 0) {
            Matcher m = BRACE_PHRASE.matcher(line);
            while (m.find()) {
                if (TWO_WORDS.matcher(m.group(1)).find()) {
                    return m.group();
                }
            }
        }
        if (line.indexOf("YYYY") >= 0) {
            Matcher m = DATE_PLACEHOLDER.matcher(line);
            if (m.find()) {
                return m.group();
            }
        }
        if (line.indexOf('T') >= 0) {
            Matcher m = TODO_LINE.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
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
