package io.github.adrgov.adr.report;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.Field;
import io.github.adrgov.adr.model.Section;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * An ADR's Markdown body as HTML that is safe to put into a page: rendered by flexmark (tables included), then
 * cleaned by jsoup against an allow-list, so raw HTML can add no script, event handler, style, frame or form, and a
 * link can only be relative, {@code http(s)}, {@code mailto} or {@code ftp} (a {@code javascript:} link loses its
 * target). Links to other ADRs of the log ({@code 0003-x.md}) lead to their pages ({@code 0003-x.html}); heading ids
 * get an {@code adr-} prefix so they cannot clash with the ids of the site skin.
 *
 * <p>The title and the metadata lines that the page header already shows are left out of the body. Stateless and
 * thread-safe.
 */
public final class MarkdownBody {

    /** Any URI will do: it only lets jsoup tell relative links (kept) from script ones (dropped). */
    private static final String BASE = "https://adr.invalid/";

    /** Only read once built, so one instance serves every page and thread. */
    private static final Safelist SAFELIST = safelist();

    private static final Parser PARSER;
    private static final HtmlRenderer RENDERER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        PARSER = io.github.adrgov.adr.parse.FastInlineParser.configure(Parser.builder(options)).build();
        RENDERER = HtmlRenderer.builder(options).build();
    }

    private MarkdownBody() {
    }

    /** What may stay in the HTML. */
    static Safelist safelist() {
        return Safelist.relaxed()
                .addTags("hr", "del", "s", "ins", "mark", "abbr", "details", "summary", "kbd", "samp", "var")
                .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
                .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
                .addAttributes("code", "class").addAttributes("th", "align").addAttributes("td", "align")
                .addAttributes("abbr", "title").addAttributes("details", "open")
                .preserveRelativeLinks(true);
    }

    /** Where copies of the images that ADRs show go, beside the pages. */
    public static final String IMAGES = "images/";

    private static final Set<String> IMAGE_TYPES = Set.of("png", "jpg", "jpeg", "gif", "webp", "bmp", "ico");

    /** The sanitised HTML of {@code adr}'s body; links to ADRs of {@code log} lead to their pages. */
    public static String html(AdrLog log, Adr adr, PageNames pages) {
        return html(log, adr, pages, new java.util.TreeSet<>());
    }

    /**
     * The sanitised HTML of {@code adr}'s body. A relative image inside the project ({@code ../img/x.png}) is shown
     * from {@code images/<path from the base directory>}; its path is added to {@code images} so that the caller can
     * copy the file there. SVG files are never shown this way: opened on their own they could run script.
     */
    public static String html(AdrLog log, Adr adr, PageNames pages, Set<String> images) {
        String markdown = bodyMarkdown(adr);
        if (markdown.isBlank()) {
            return "";
        }
        // bounded like the parser's outline: no quadratic paragraph, no nesting deep enough to exhaust the stack
        String raw = RENDERER.render(PARSER.parse(io.github.adrgov.adr.parse.MarkdownBounds.bounded(markdown)));
        Document dirty = Jsoup.parseBodyFragment(raw, BASE);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        for (Element h : clean.select("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]")) {
            h.attr("id", "adr-" + h.attr("id"));
        }
        for (Element img : clean.select("img[src]")) {
            String path = image(adr, img.attr("src"));
            if (path != null) {
                img.attr("src", IMAGES + path);
                images.add(path);
            }
        }
        for (Element t : clean.select("table")) {
            // the classes the site's own tables carry (Doxia 2 with the fluido skin; bodyTable for older skins):
            // without them a skin that resets tables shows the ADR's tables without rules or padding
            t.attr("class", "bodyTable table table-striped");
        }
        for (Element a : clean.select("a[href]")) {
            a.attr("href", rewrite(log, adr, pages, a.attr("href")));
        }
        return clean.body().html();
    }

    /** The path from the base directory of a relative image inside the project, or null. */
    static String image(Adr from, String src) {
        String s = src.trim();
        int cut = s.length();
        for (char c : new char[] {'?', '#'}) {
            int i = s.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        s = s.substring(0, cut);
        if (s.isEmpty() || s.startsWith("/") || s.matches("(?s)^[A-Za-z][A-Za-z0-9+.-]*:.*") || s.contains("%")
                || s.contains("\\")) {
            return null;
        }
        int slash = from.file().lastIndexOf('/');
        String path = AdrLog.normalize((slash < 0 ? "" : from.file().substring(0, slash + 1)) + s);
        if (path.isEmpty() || path.equals("..") || path.startsWith("../")) {
            return null; // outside the project: not ours to copy
        }
        int dot = path.lastIndexOf('.');
        String ext = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        return IMAGE_TYPES.contains(ext) ? path : null;
    }

    /** A link as it should read on the page. */
    static String rewrite(AdrLog log, Adr from, PageNames pages, String href) {
        String h = href.trim();
        if (h.startsWith("#")) {
            return h.length() > 1 ? "#adr-" + h.substring(1) : h;
        }
        if (h.isEmpty() || h.startsWith("/") || h.matches("(?s)^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return href; // absolute or another scheme: not ours to change
        }
        int hash = h.indexOf('#');
        String fragment = hash < 0 ? "" : h.substring(hash);
        List<Adr> targets = log.resolvePath(from, h);
        if (targets.isEmpty()) {
            return href;
        }
        return pages.of(targets.get(0)) + (fragment.length() > 1 ? "#adr-" + fragment.substring(1) : "");
    }

    /**
     * The Markdown after front matter, without the title line and without the metadata lines written before the
     * first section (status, date, fields such as Deciders), which the page header shows. Metadata inside a section
     * (an adr-tools {@code ## Status}) stays, so the section keeps its text.
     */
    static String bodyMarkdown(Adr adr) {
        List<String> lines = adr.lines();
        if (lines.isEmpty()) {
            return "";
        }
        int firstSection = Integer.MAX_VALUE;
        for (Section s : adr.sections()) {
            firstSection = Math.min(firstSection, s.line());
        }
        Set<Integer> drop = new HashSet<>();
        if (adr.titleLine() > 0) {
            drop.add(adr.titleLine());
            int next = adr.titleLine() + 1;
            if (next <= lines.size() && lines.get(next - 1).matches("^\\s{0,3}=+\\s*$")) {
                drop.add(next); // setext underline
            }
        }
        int finalFirstSection = firstSection;
        adr.status().ifPresent(s -> dropIfBefore(drop, s.line(), finalFirstSection));
        dropIfBefore(drop, adr.dateLine(), firstSection);
        for (Field f : adr.fields().values()) {
            dropIfBefore(drop, f.line(), firstSection);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(1, adr.bodyStartLine()); i <= lines.size(); i++) {
            if (!drop.contains(i)) {
                sb.append(lines.get(i - 1)).append('\n');
            }
        }
        return sb.toString();
    }

    private static void dropIfBefore(Set<Integer> drop, int line, int firstSection) {
        if (line > 0 && line < firstSection) {
            drop.add(line);
        }
    }
}
