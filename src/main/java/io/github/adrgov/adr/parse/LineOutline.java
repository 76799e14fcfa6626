package io.github.adrgov.adr.parse;

import io.github.adrgov.adr.parse.MarkdownOutline.HeadingInfo;
import io.github.adrgov.adr.parse.MarkdownOutline.LinkInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link MarkdownOutline} of a file read line by line, without flexmark, for the Markdown this class is sure of;
 * {@link #scan} returns null for anything else, and the file is then given to flexmark. Real ADRs are mostly LineKind.ATX
 * headings, paragraphs, simple lists and quotes, fenced code and LineKind.HTML comments, and for those a full CommonMark block
 * parse per file was the largest cost of a first build. What this class reads, it reads as flexmark does:
 * {@code LineOutlineTest} compares the two on fixtures of every construct and on random Markdown, and
 * {@code corpusOutlinesAgree} on every file of the shared corpus.
 *
 * <p>It gives up on: tabs in indentation, control characters, lines and runs beyond what {@link MarkdownBounds} keeps
 * unchanged, LineKind.HTML blocks other than comments, nested quotes, fences, headings, LineKind.HTML or indented code inside list items
 * or quotes, list items that start blank or with five spaces, lists that would interrupt a paragraph in a way that
 * depends on their number, setext headings outside the top level or after reference definitions, and reference
 * definitions that span lines or sit in a container. Inline links are read by {@link InlineLinks}, with its own
 * limits. Not thread-safe: one instance per file.
 */
final class LineOutline {

    /** The container of the open paragraph. */
    private enum In { TOP, QUOTE, LIST }

    private final boolean[] code;
    private final boolean[] html;
    private final List<HeadingInfo> headings = new ArrayList<>();
    private final List<LinkInfo> links = new ArrayList<>();
    private final Map<String, String> references = new HashMap<>();

    /** The open paragraph: its content lines (leading blanks cut), their file lines, its container. */
    private final List<String> para = new ArrayList<>();
    /** The same lines as written (a setext heading's text keeps its continuation lines whole). */
    private final List<String> paraRaw = new ArrayList<>();
    private int[] paraLines = new int[16];
    private In paraIn;
    private boolean paraBracket;

    private boolean inList;
    /** The open list items, outermost first: the column where each one's content starts. */
    private int[] items = new int[8];
    private int itemDepth;
    private boolean inQuote;
    private int fenceStart;
    /** The content column of the list item the open fence is in, 0 at the top. */
    private int fenceItem;
    private char fenceChar;
    private int fenceLength;
    private int htmlStart;
    private int codeStart;
    private int codeLast;
    /** The bounds flexmark's input is cut to: a line they would change is not read here. */
    private final MarkdownBounds bounds = new MarkdownBounds();

    private LineOutline(int lineCount) {
        code = new boolean[lineCount + 2];
        html = new boolean[lineCount + 2];
    }

    /**
     * The outline of the file's lines (those before {@code bodyStartLine}, front matter, read as blank), or null when
     * the file holds Markdown this class does not read.
     */
    static MarkdownOutline scan(List<String> lines, int bodyStartLine) {
        LineOutline o = new LineOutline(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            int no = i + 1;
            if (!o.line(no, no >= bodyStartLine ? lines.get(i) : "")) {
                return null;
            }
        }
        if (!o.finish()) {
            return null;
        }
        o.links.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new MarkdownOutline(List.copyOf(o.headings), o.code, o.html, List.copyOf(o.links), o.references);
    }

    private boolean line(int no, String s) {
        int len = s.length();
        boolean blank = true;
        for (int k = 0; k < len; k++) {
            char c = s.charAt(k);
            if (c != ' ' && c != '\t') {
                blank = false;
                if (c < ' ' || c == 0x7f) {
                    return false;
                }
            }
        }
        if (!bounds.keeps(s)) {
            return false;
        }
        if (fenceStart > 0) {
            if (fenceItem > 0 && !blank && LineKind.spaces(s, 0) < fenceItem) {
                return false; // a line that ends the list item, and with it the fence
            }
            code[no] = true;
            if (closesFence(s)) {
                fenceStart = 0;
            }
            return true;
        }
        if (htmlStart > 0) {
            html[no] = true;
            if (s.contains("-->")) {
                htmlStart = 0;
            }
            return true;
        }
        if (blank) {
            if (codeStart > 0) {
                return true;
            }
            inQuote = false;
            return flush();
        }
        int indent = LineKind.spaces(s, 0);
        if (s.charAt(indent) == '\t' || s.charAt(indent) >= 0x80 && LineKind.isUnicodeBlank(s.charAt(indent))) {
            return false;
        }
        if (codeStart > 0) {
            if (indent >= 4) {
                codeLast = no;
                return true;
            }
            endCode();
        }
        return inList ? listLine(no, s, indent) : topLine(no, s, indent);
    }

    private boolean topLine(int no, String s, int indent) {
        if (indent >= 4) {
            if (paraIn != null) {
                append(no, s, indent);
                return true;
            }
            inQuote = false;
            codeStart = no;
            codeLast = no;
            return true;
        }
        int kind = LineKind.of(s, indent);
        if (inQuote && kind != LineKind.QUOTE) {
            if (paraIn == In.QUOTE && kind == LineKind.TEXT) {
                append(no, s, indent);
                return true;
            }
            if (paraIn == In.QUOTE && (kind == LineKind.EQUALS || kind == LineKind.DASHES)) {
                return false;
            }
            inQuote = false;
            if (!flush()) {
                return false;
            }
        }
        switch (kind) {
            case LineKind.ATX:
                return flush() && heading(no, s, indent);
            case LineKind.FENCE:
                return flush() && openFence(no, s, indent, 0);
            case LineKind.QUOTE:
                return quoteLine(no, s, indent);
            case LineKind.HTML:
                return flush() && comment(no, s, indent);
            case LineKind.BREAK:
                return flush();
            case LineKind.EQUALS:
                if (paraIn != null) {
                    return paraIn == In.TOP && setext(no, 1);
                }
                break;
            case LineKind.DASHES:
                if (paraIn != null) {
                    return paraIn == In.TOP && setext(no, 2);
                }
                if (LineKind.run(s, indent, '-') >= 3) {
                    return true;
                }
                if (LineKind.run(s, indent, '-') == 1) {
                    return false;
                }
                break;
            case LineKind.BULLET:
            case LineKind.ORDERED:
                return item(no, s, indent, kind);
            default:
                break;
        }
        if (paraIn != null) {
            append(no, s, indent);
            return true;
        }
        start(In.TOP, no, s, indent);
        return true;
    }

    private boolean listLine(int no, String s, int indent) {
        int kind = LineKind.of(s, indent);
        if (paraIn == null) {
            // after a blank line the line belongs to the open items it is indented to
            while (itemDepth > 0 && items[itemDepth - 1] > indent) {
                itemDepth--;
            }
            if (itemDepth == 0) {
                if (indent >= 4) {
                    return false; // code, or still in a list whose marks were indented: not modelled
                }
                inList = false;
                return topLine(no, s, indent);
            }
            int content = items[itemDepth - 1];
            if (indent - content >= 4) {
                return false; // indented code in an item
            }
            if (kind == LineKind.BULLET || kind == LineKind.ORDERED) {
                return item(no, s, indent, kind);
            }
            if (kind == LineKind.FENCE) {
                return openFence(no, s, indent, content);
            }
            if (kind != LineKind.TEXT || LinkDefinition.like(s, indent)) {
                return false;
            }
            start(In.LIST, no, s, indent);
            return true;
        }
        if (kind == LineKind.BULLET || kind == LineKind.ORDERED) {
            return item(no, s, indent, kind);
        }
        if (kind == LineKind.TEXT) {
            append(no, s, indent);
            return true;
        }
        if (indent == 0) {
            if (kind == LineKind.EQUALS || kind == LineKind.DASHES) {
                return false;
            }
            endList();
            return topLine(no, s, 0);
        }
        int content = itemDepth > 0 ? items[itemDepth - 1] : 0;
        if (kind == LineKind.FENCE && indent >= content && indent - content < 4) {
            return flush() && openFence(no, s, indent, content);
        }
        return false;
    }

    private void endList() {
        inList = false;
        itemDepth = 0;
    }

    /** A list item: its marker at {@code p}; its first line must be plain text. */
    private boolean item(int no, String s, int p, int kind) {
        int len = s.length();
        if (paraIn != null && itemDepth > 0 && p - items[itemDepth - 1] >= 4) {
            return false; // continuation text of the item's paragraph, not an item
        }
        int q = p;
        if (kind == LineKind.BULLET) {
            q++;
        } else {
            while (s.charAt(q) >= '0' && s.charAt(q) <= '9') {
                q++;
            }
            // a list that interrupts a paragraph must start at 1: the paragraph's own container matches this line
            // when it is at the top, or in a list item whose content this line is indented to
            boolean interrupts = paraIn == In.TOP
                    || paraIn == In.LIST && itemDepth > 0 && p >= items[itemDepth - 1];
            if (interrupts && (q != p + 1 || s.charAt(p) != '1')) {
                return false;
            }
            q++;
        }
        int sp = LineKind.spaces(s, q);
        int c0 = q + sp;
        if (c0 >= len || sp >= 5 || s.charAt(c0) == '\t' || LineKind.of(s, c0) != LineKind.TEXT || LinkDefinition.like(s, c0)) {
            return false;
        }
        if (!flush()) {
            return false;
        }
        inList = true;
        inQuote = false;
        while (itemDepth > 0 && items[itemDepth - 1] > p) {
            itemDepth--;
        }
        if (itemDepth == items.length) {
            items = Arrays.copyOf(items, itemDepth * 2);
        }
        items[itemDepth++] = c0;
        start(In.LIST, no, s, c0);
        return true;
    }

    private boolean quoteLine(int no, String s, int p) {
        int len = s.length();
        int q = p + 1;
        if (q < len && s.charAt(q) == '\t') {
            return false;
        }
        if (q < len && s.charAt(q) == ' ') {
            q++;
        }
        int ind = LineKind.spaces(s, q);
        int c0 = q + ind;
        if (c0 < len && s.charAt(c0) == '\t') {
            return false;
        }
        if (c0 >= len) {
            if (!flush()) {
                return false;
            }
            inQuote = true;
            return true;
        }
        if (ind >= 4 || LineKind.of(s, c0) != LineKind.TEXT) {
            return false;
        }
        if (paraIn == In.QUOTE && inQuote) {
            append(no, s, c0);
            return true;
        }
        if (!flush() || LinkDefinition.like(s, c0)) {
            return false;
        }
        inQuote = true;
        start(In.QUOTE, no, s, c0);
        return true;
    }

    private boolean heading(int no, String s, int p) {
        int len = s.length();
        int level = LineKind.run(s, p, '#');
        int a = p + level;
        while (a < len && LineKind.isBlank(s.charAt(a))) {
            a++;
        }
        int b = len;
        while (b > a && LineKind.isBlank(s.charAt(b - 1))) {
            b--;
        }
        int e = b;
        while (e > a && s.charAt(e - 1) == '#') {
            e--;
        }
        if (e < b) {
            if (e == a) {
                b = a;
            } else if (LineKind.isBlank(s.charAt(e - 1))) {
                b = e;
                while (b > a && LineKind.isBlank(s.charAt(b - 1))) {
                    b--;
                }
            }
        }
        String text = s.substring(a, b);
        headings.add(new HeadingInfo(level, no, no, text));
        return InlineLinks.scan(text, new int[] {0}, new int[] {no}, 1, false, links);
    }

    private boolean setext(int no, int level) {
        if (LinkDefinition.like(para.get(0), 0)) {
            return false;
        }
        StringBuilder sb = new StringBuilder(para.get(0));
        for (int i = 1; i < paraRaw.size(); i++) {
            sb.append('\n').append(paraRaw.get(i));
        }
        String text = sb.toString().stripTrailing();
        headings.add(new HeadingInfo(level, paraLines[0], no, text));
        boolean ok = inline(0);
        clear();
        return ok;
    }

    private boolean openFence(int no, String s, int p, int item) {
        char c = s.charAt(p);
        int k = LineKind.run(s, p, c);
        if (s.indexOf(c, p + k) >= 0) {
            return false; // CommonMark forbids a backtick in a backtick fence's info; flexmark also a tilde in a tilde's
        }
        inQuote = false;
        fenceChar = c;
        fenceLength = k;
        fenceStart = no;
        fenceItem = item;
        code[no] = true;
        return true;
    }

    private boolean closesFence(String s) {
        int i = LineKind.spaces(s, 0);
        if (i - fenceItem > 3) {
            return false;
        }
        int k = LineKind.run(s, i, fenceChar);
        if (k < fenceLength) {
            return false;
        }
        for (int j = i + k; j < s.length(); j++) {
            if (!LineKind.isBlank(s.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    /** An LineKind.HTML comment block; other LineKind.HTML blocks are left to flexmark. */
    private boolean comment(int no, String s, int p) {
        if (!s.startsWith("<!--", p) || s.startsWith("<!-->", p) || s.startsWith("<!--->", p)) {
            return false;
        }
        inQuote = false;
        html[no] = true;
        if (s.indexOf("-->", p + 4) < 0) {
            htmlStart = no;
        }
        return true;
    }

    private void endCode() {
        Arrays.fill(code, codeStart, codeLast + 1, true);
        codeStart = 0;
    }

    private void start(In in, int no, String s, int from) {
        paraIn = in;
        append(no, s, from);
    }

    private void append(int no, String s, int from) {
        int k = para.size();
        if (k == paraLines.length) {
            paraLines = Arrays.copyOf(paraLines, k * 2);
        }
        int a = from;
        while (a < s.length() && LineKind.isBlank(s.charAt(a))) {
            a++;
        }
        String content = s.substring(a);
        para.add(content);
        paraRaw.add(s);
        paraLines[k] = no;
        paraBracket |= content.indexOf('[') >= 0;
    }

    /** Ends the open paragraph: its reference definitions, then its inline links. */
    private boolean flush() {
        if (paraIn == null) {
            return true;
        }
        int from = 0;
        if (paraIn == In.TOP) {
            while (from < para.size()) {
                int r = LinkDefinition.read(para.get(from), paraLines[from], links, references);
                if (r == LinkDefinition.BAIL) {
                    return false;
                }
                if (r == LinkDefinition.NOT) {
                    break;
                }
                from++;
            }
            if (from > 0 && from < para.size() && "\"'(".indexOf(para.get(from).charAt(0)) >= 0) {
                return false;
            }
        }
        boolean ok = inline(from);
        clear();
        return ok;
    }

    private boolean inline(int from) {
        if (!paraBracket) {
            return true;
        }
        int count = para.size() - from;
        int[] starts = new int[count];
        int[] nos = new int[count];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            starts[i] = sb.length();
            nos[i] = paraLines[from + i];
            // a top-level paragraph's continuation lines as written: flexmark's link text keeps them so
            sb.append(i > 0 && paraIn == In.TOP ? paraRaw.get(from + i) : para.get(from + i));
        }
        return InlineLinks.scan(sb.toString(), starts, nos, count, paraIn == In.TOP, links);
    }

    private void clear() {
        para.clear();
        paraRaw.clear();
        paraIn = null;
        paraBracket = false;
    }

    private boolean finish() {
        if (codeStart > 0) {
            endCode();
        }
        return flush();
    }
}
