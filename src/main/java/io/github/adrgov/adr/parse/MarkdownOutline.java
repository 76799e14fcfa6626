package io.github.adrgov.adr.parse;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the Markdown parser tells us about a file: headings, which lines are code or raw HTML, link destinations and
 * reference definitions, all with 1-based lines of the original file. Most files are read by {@link LineOutline}, which
 * reads what flexmark would and gives the rest to flexmark.
 */
final class MarkdownOutline {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A heading: level, 1-based line, the raw heading text. */
    record HeadingInfo(int level, int line, int lastLine, String rawText) {
    }

    /** A link or image destination as written, with its text and line. */
    record LinkInfo(String url, String text, int line, boolean image) {
    }

    /** The flexmark parser, built once, when a file first needs it; thread-safe once built. */
    private static final class Flexmark {
        static final Parser PARSER = FastInlineParser.configureForLinks(Parser.builder(new MutableDataSet())).build();
    }

    private final List<HeadingInfo> headings;
    private final boolean[] code;
    private final boolean[] html;
    private final List<LinkInfo> links;
    private final Map<String, String> references;

    MarkdownOutline(List<HeadingInfo> headings, boolean[] code, boolean[] html, List<LinkInfo> links,
            Map<String, String> references) {
        this.headings = headings;
        this.code = code;
        this.html = html;
        this.links = links;
        this.references = references;
    }

    /**
     * Parses the file's lines; lines before {@code bodyStartLine} (front matter) are blanked so that they are not read
     * as Markdown while line numbers stay those of the file.
     */
    static MarkdownOutline parse(List<String> lines, int bodyStartLine) {
        MarkdownOutline outline = LineOutline.scan(lines, bodyStartLine);
        return outline != null ? outline : parseWithFlexmark(lines, bodyStartLine);
    }

    /** As {@link #parse}, always with flexmark (the reference {@link LineOutline} is compared with). */
    static MarkdownOutline parseWithFlexmark(List<String> lines, int bodyStartLine) {
        StringBuilder sb = new StringBuilder();
        int[] lineStarts = new int[lines.size() + 1];
        MarkdownBounds bounds = new MarkdownBounds();
        for (int i = 0; i < lines.size(); i++) {
            lineStarts[i] = sb.length();
            if (i + 1 >= bodyStartLine) {
                bounds.append(sb, lines.get(i));
            }
            sb.append('\n');
        }
        lineStarts[lines.size()] = sb.length();
        Document doc = Flexmark.PARSER.parse(sb.toString());
        boolean[] code = new boolean[lines.size() + 2];
        boolean[] html = new boolean[lines.size() + 2];
        List<HeadingInfo> headings = new ArrayList<>();
        List<LinkInfo> links = new ArrayList<>();
        Map<String, String> refs = new HashMap<>();
        for (Node n : doc.getDescendants()) {
            if (n instanceof Heading h) {
                int line = lineOf(lineStarts, h.getStartOffset());
                int last = lineOf(lineStarts, Math.max(h.getStartOffset(), h.getEndOffset() - 1));
                headings.add(new HeadingInfo(h.getLevel(), line, last, h.getText().toString()));
            } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
                mark(code, lineStarts, n);
            } else if (n instanceof HtmlBlock || n instanceof HtmlCommentBlock) {
                mark(html, lineStarts, n);
            } else if (n instanceof Link l) {
                links.add(new LinkInfo(l.getUrl().toString(), l.getText().toString(),
                        lineOf(lineStarts, l.getStartOffset()), false));
            } else if (n instanceof Image im) {
                links.add(new LinkInfo(im.getUrl().toString(), im.getText().toString(),
                        lineOf(lineStarts, im.getStartOffset()), true));
            } else if (n instanceof Reference r) {
                String label = normalizeLabel(r.getReference().toString());
                refs.putIfAbsent(label, r.getUrl().toString());
                links.add(new LinkInfo(r.getUrl().toString(), r.getReference().toString(),
                        lineOf(lineStarts, r.getStartOffset()), false));
            }
        }
        links.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new MarkdownOutline(List.copyOf(headings), code, html, List.copyOf(links), refs);
    }

    private static void mark(boolean[] mask, int[] lineStarts, Node n) {
        int from = lineOf(lineStarts, n.getStartOffset());
        int to = lineOf(lineStarts, Math.max(n.getStartOffset(), n.getEndOffset() - 1));
        Arrays.fill(mask, from, Math.min(mask.length, to + 1), true);
    }

    /** 1-based line of a character offset. */
    private static int lineOf(int[] lineStarts, int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        if (i < 0) {
            i = -i - 2;
        } else {
            // several empty lines may not share a start; the first line starting at this offset is the right one
            while (i > 0 && lineStarts[i - 1] == offset) {
                i--;
            }
        }
        return Math.max(1, Math.min(i + 1, lineStarts.length - 1));
    }

    static String normalizeLabel(String label) {
        return SPACES.matcher(label.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    List<HeadingInfo> headings() { return headings; }

    /** Whether a 1-based line is inside a fenced or indented code block. */
    boolean isCode(int line) { return line >= 0 && line < code.length && code[line]; }

    /** Whether a 1-based line is inside a raw HTML block (comments included). */
    boolean isHtml(int line) { return line >= 0 && line < html.length && html[line]; }

    /** Link and image destinations outside code, with reference definitions, in line order. */
    List<LinkInfo> links() { return links; }

    /** The destination of a reference definition ({@code [label]: url}), by label, or null. */
    String reference(String label) { return references.get(normalizeLabel(label)); }
}
