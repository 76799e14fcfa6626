package io.github.adrgov.adr.parse;

/**
 * Bounds the Markdown given to flexmark, so that its work grows linearly with the file and its recursive renderer
 * cannot run out of stack. flexmark takes time quadratic in the length of a paragraph (its setext-heading check copies
 * the paragraph at every line, its delimiter processing rescans the stack at every link) and in a run of blanks
 * (its heading pattern), and it renders nested block quotes and lists by recursion. What a real ADR writes is far
 * inside these bounds; beyond them the text is cut as follows, line by line, keeping one output line per input line
 * (plus inserted blank lines), so that offsets still map to the lines of the file:
 * <ul>
 * <li>a line longer than {@link #MAX_LINE} characters is cut there, a heading line longer than {@link #MAX_HEADING}
 * (flexmark makes the heading's id in time quadratic in its length); before the underline of a setext heading
 * ({@code ===}, {@code ---}) whose text is longer than that, a blank line is inserted, so it is no heading;</li>
 * <li>a run of more than {@link #MAX_BLANKS} spaces or tabs is shortened to that many;</li>
 * <li>more than {@link #MAX_NESTING} container marks at the start of a line ({@code >}, list bullets and numbers) are
 * left out beyond that many;</li>
 * <li>after {@link #MAX_RUN_LINES} lines or {@link #MAX_RUN_CHARS} characters without a blank line, a blank line is
 * inserted (a longer paragraph becomes two); inside a fenced code block and for table rows the bounds are far higher
 * ({@link #MAX_KEPT_RUN_LINES}, {@link #MAX_KEPT_RUN_CHARS}), and a line inside a fence is only cut in length.</li>
 * </ul>
 * Not thread-safe: one instance per text.
 */
public final class MarkdownBounds {

    /** The most characters of one line given to flexmark. */
    public static final int MAX_LINE = 10_000;
    /**
     * The most characters of one heading line (or of a setext heading's text) given to flexmark: twice what is read as
     * a title, so that a title cut here is still shown cut (with {@code …}).
     */
    public static final int MAX_HEADING = 2_000;
    /** The longest run of spaces and tabs kept. */
    public static final int MAX_BLANKS = 64;
    /** The most container marks ({@code >}, {@code -}, {@code 1.}) kept at the start of a line. */
    public static final int MAX_NESTING = 24;
    /** The most lines of one paragraph-like run before a blank line is inserted. */
    public static final int MAX_RUN_LINES = 200;
    /** The most characters of one run before a blank line is inserted. */
    public static final int MAX_RUN_CHARS = 10_000;

    /**
     * The bounds for runs inside a fenced code block and of table rows: a long code sample or table is kept whole up to
     * these (flexmark does not parse inside a fence, and a table split in two would lose its rows).
     */
    static final int MAX_KEPT_RUN_LINES = 5_000;
    static final int MAX_KEPT_RUN_CHARS = 500_000;

    private int runLines;
    private int runChars;
    /** The opening fence ({@code ```}, {@code ~~~~}) when inside a fenced code block, else null. */
    private String fence;

    /** A whole text bounded as described above (line ends become {@code \n}). */
    public static String bounded(String markdown) {
        MarkdownBounds b = new MarkdownBounds();
        StringBuilder sb = new StringBuilder(markdown.length() + 16);
        int start = 0;
        int n = markdown.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? markdown.charAt(i) : '\n';
            if (c == '\n' || c == '\r') {
                b.append(sb, markdown.substring(start, i));
                sb.append('\n');
                if (c == '\r' && i + 1 < n && markdown.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    /**
     * Appends one line (without its line end) to {@code sb}, bounded; a blank line may be appended before it. The
     * caller appends the line end.
     */
    public void append(StringBuilder sb, String line) {
        if (line.isBlank()) {
            runLines = 0;
            runChars = 0;
            sb.append(line.length() > MAX_BLANKS ? line.substring(0, MAX_BLANKS) : line);
            return;
        }
        boolean inFence = fence != null;
        if (advance(line, inFence)) {
            sb.append('\n');
        }
        if (inFence) {
            // code is shown as written: only the length of a line is bounded
            int end = Math.min(line.length(), MAX_LINE);
            if (end < line.length() && Character.isHighSurrogate(line.charAt(end - 1))) {
                end--;
            }
            sb.append(line, 0, end);
            return;
        }
        int n = line.length();
        int maxLine = atxHeading(line) ? MAX_HEADING : MAX_LINE;
        int[] marks = containerMarks(line, n);
        int i = 0;
        int start = sb.length();
        if (marks != null) {
            sb.append(line, 0, marks[0]).append(' ');
            i = marks[1];
        }
        int from = i;
        int blanks = 0;
        for (; i < n; i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                if (++blanks > MAX_BLANKS) {
                    // copy what came before, then skip the rest of this run
                    sb.append(line, from, i);
                    while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                        i++;
                    }
                    from = i;
                    blanks = 0;
                    i--;
                }
            } else {
                blanks = 0;
            }
            if (sb.length() - start + (i - from) >= maxLine) {
                break;
            }
        }
        sb.append(line, from, Math.min(i, n));
        int end = sb.length();
        if (end - start >= maxLine && Character.isHighSurrogate(sb.charAt(end - 1))) {
            sb.setLength(end - 1);
        }
    }

    /**
     * Whether {@link #append} would append the line exactly as it is (no blank line before it, nothing cut), moving
     * to the same state as {@code append} does; for a reader that only needs to know whether the bounds change a
     * line, without the copy.
     */
    public boolean keeps(String line) {
        int n = line.length();
        if (line.isBlank()) {
            runLines = 0;
            runChars = 0;
            return n <= MAX_BLANKS;
        }
        boolean inFence = fence != null;
        if (advance(line, inFence)) {
            return false;
        }
        if (inFence) {
            return n <= MAX_LINE; // only a fenced line's length is bounded
        }
        // beyond the bound a line is cut; a run of blanks is shortened, container marks left out: each shortens it
        return n <= (atxHeading(line) ? MAX_HEADING : MAX_LINE) && !hasLongBlankRun(line)
                && containerMarks(line, n) == null;
    }

    /**
     * Moves past a line that is not blank (the fence it opens or closes, the run it adds to) and tells whether a blank
     * line goes before it, ending the run: the state {@link #append} and {@link #keeps} share.
     *
     * @param inFence whether a fence was open before the line
     */
    private boolean advance(String line, boolean inFence) {
        fence = fence(line, fence);
        boolean kept = inFence || fence != null || line.stripLeading().startsWith("|");
        int maxLines = kept ? MAX_KEPT_RUN_LINES : MAX_RUN_LINES;
        int maxChars = kept ? MAX_KEPT_RUN_CHARS : MAX_RUN_CHARS;
        boolean blankLineBefore = runLines >= maxLines || runChars + line.length() > maxChars && runLines > 0
                || !inFence && runChars > MAX_HEADING && setextUnderline(line);
        if (blankLineBefore) {
            runLines = 0;
            runChars = 0;
        }
        runLines++;
        runChars += Math.min(line.length(), MAX_LINE);
        return blankLineBefore;
    }

    private static final String LONG_SPACES = " ".repeat(MAX_BLANKS + 1);

    /** Whether the line holds a run of more than {@link #MAX_BLANKS} spaces and tabs. */
    private static boolean hasLongBlankRun(String line) {
        if (line.length() <= MAX_BLANKS || line.indexOf('\t') < 0) {
            return line.indexOf(LONG_SPACES) >= 0; // spaces alone: found by the JDK's search, not a loop of ours
        }
        int blanks = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            blanks = c == ' ' || c == '\t' ? blanks + 1 : 0;
            if (blanks > MAX_BLANKS) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the container marks at the start of a line ({@code >}, bullets and numbered-list marks followed by a
     * blank, and the white space between them) are cut: {end of the kept marks, start of the content}, or null when the
     * line has no more than {@link #MAX_NESTING} of them.
     */
    private static int[] containerMarks(String line, int n) {
        int i = 0;
        int marks = 0;
        int keptEnd = 0;
        while (i < n) {
            char c = line.charAt(i);
            int next;
            if (c == ' ' || c == '\t') {
                i++;
                continue;
            } else if (c == '>') {
                next = i + 1;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < n && isBlank(line.charAt(i + 1))) {
                next = i + 1;
            } else if (c >= '0' && c <= '9') {
                int j = i;
                while (j < n && j - i < 9 && line.charAt(j) >= '0' && line.charAt(j) <= '9') {
                    j++;
                }
                if (j + 1 < n && (line.charAt(j) == '.' || line.charAt(j) == ')') && isBlank(line.charAt(j + 1))) {
                    next = j + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
            marks++;
            if (marks == MAX_NESTING) {
                keptEnd = next;
            }
            i = next;
        }
        return marks <= MAX_NESTING ? null : new int[] {keptEnd, i};
    }

    /** Whether the line is an ATX heading: up to three spaces, one to six {@code #}, then a blank or the end. */
    static boolean atxHeading(String line) {
        int i = 0;
        while (i < line.length() && i < 3 && line.charAt(i) == ' ') {
            i++;
        }
        int hashes = 0;
        while (i < line.length() && line.charAt(i) == '#') {
            i++;
            hashes++;
        }
        return hashes >= 1 && hashes <= 6 && (i == line.length() || isBlank(line.charAt(i)));
    }

    /** Whether the line could underline a setext heading: up to three spaces, then only {@code =} or only {@code -}. */
    static boolean setextUnderline(String line) {
        String t = line.strip();
        if (t.isEmpty() || line.length() - line.stripLeading().length() > 3 || t.charAt(0) != '=' && t.charAt(0) != '-') {
            return false;
        }
        char c = t.charAt(0);
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) != c) {
                return false;
            }
        }
        return true;
    }

    /** The fence open after this line (see {@code IndexFile}): opened, kept, or null when closed or outside. */
    private static String fence(String line, String open) {
        int indent = 0;
        while (indent < line.length() && indent < 4 && line.charAt(indent) == ' ') {
            indent++;
        }
        if (indent > 3 || indent >= line.length() || (line.charAt(indent) != '`' && line.charAt(indent) != '~')) {
            return open;
        }
        char c = line.charAt(indent);
        int run = indent;
        while (run < line.length() && line.charAt(run) == c) {
            run++;
        }
        int len = run - indent;
        if (len < 3) {
            return open;
        }
        if (open == null) {
            return c == '`' && line.indexOf('`', run) >= 0 ? null : String.valueOf(c).repeat(len);
        }
        return open.charAt(0) == c && len >= open.length() && line.substring(run).isBlank() ? null : open;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
