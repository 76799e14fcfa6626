package io.github.adrgov.adr.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.swing.text.AttributeSet;
import org.apache.maven.doxia.sink.Sink;

/**
 * A Sink that writes one plain HTML page, for {@code mvn adr:report} run on its own (no site plugin, so no site
 * renderer or skin): the same Sink events as under {@code mvn site}, turned into HTML elements with a small style
 * sheet. Every text is HTML-escaped; attributes are limited to {@code id}, {@code class}, {@code title}, {@code alt},
 * {@code lang}, {@code width} and {@code height}, and link targets are written only when they are not
 * {@code javascript:} or {@code data:} URLs. Raw text is passed through, as Doxia's sinks do: the renderers give it
 * only markup they built and escaped themselves (the SVG graph). The page is written when the sink is closed.
 */
public final class StandaloneHtml implements InvocationHandler {

    private static final Map<String, String> TAGS = Map.ofEntries(
            Map.entry("paragraph", "p"), Map.entry("list", "ul"), Map.entry("listItem", "li"),
            Map.entry("numberedList", "ol"), Map.entry("numberedListItem", "li"), Map.entry("definitionList", "dl"),
            Map.entry("definedTerm", "dt"), Map.entry("definition", "dd"), Map.entry("table", "table"),
            Map.entry("tableRow", "tr"), Map.entry("tableCell", "td"), Map.entry("tableHeaderCell", "th"),
            Map.entry("tableCaption", "caption"), Map.entry("bold", "b"), Map.entry("italic", "i"),
            Map.entry("monospaced", "code"), Map.entry("verbatim", "pre"), Map.entry("blockquote", "blockquote"),
            Map.entry("division", "div"), Map.entry("inline", "span"), Map.entry("figure", "figure"),
            Map.entry("figureCaption", "figcaption"), Map.entry("header", "header"), Map.entry("footer", "footer"),
            Map.entry("content", "main"), Map.entry("article", "article"), Map.entry("navigation", "nav"),
            Map.entry("sidebar", "aside"), Map.entry("address", "address"), Map.entry("emphasis", "em"),
            Map.entry("strong", "strong"), Map.entry("code", "code"), Map.entry("small", "small"),
            Map.entry("superscript", "sup"), Map.entry("subscript", "sub"), Map.entry("delete", "del"),
            Map.entry("inserted", "ins"), Map.entry("section", "section"));
    private static final Set<String> ATTRIBUTES = Set.of("id", "class", "title", "alt", "lang", "width", "height");
    /**
     * The page's only style: readable type and width, ruled tables with a shaded header and striped rows, the
     * findings' foldable groups as boxes, code on a grey ground. No script, no web font, no external file.
     */
    private static final String STYLE = String.join("",
            "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;",
            "color:#222;background:#fff;max-width:72em;margin:0 auto;padding:1em 1.5em 3em;line-height:1.5}",
            "h1{font-size:1.8em;margin:.4em 0 .3em;padding-bottom:.2em;border-bottom:2px solid #ddd}",
            "h2{font-size:1.35em;margin:1.6em 0 .4em;padding-bottom:.15em;border-bottom:1px solid #e5e5e5}",
            "h3{font-size:1.1em;margin:1.2em 0 .3em}",
            "a{color:#0a58ca;text-decoration:none}a:hover,a:focus{text-decoration:underline}",
            "table{border-collapse:collapse;margin:.5em 0 1em}",
            "td,th{border:1px solid #d5d5d5;padding:.3em .6em;text-align:left;vertical-align:top}",
            "th{background:#f0f2f4;font-weight:600}tr:nth-child(even) td{background:#fafbfc}",
            "code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;",
            "background:#f3f4f6;padding:.05em .3em;border-radius:3px}",
            "pre{background:#f6f8fa;border:1px solid #e5e5e5;padding:.6em .8em;overflow:auto;border-radius:4px}",
            "pre code{background:none;padding:0}blockquote{margin:.5em 0;padding:0 1em;color:#555;",
            "border-left:3px solid #ddd}img{max-width:100%}",
            "details{border:1px solid #d5d5d5;border-radius:4px;margin:.5em 0;padding:.2em .8em}",
            "details[open]{padding-bottom:.5em}summary{cursor:pointer;font-weight:600;padding:.2em 0}",
            "details table{width:100%}.adr-graph{overflow:auto;max-height:80em;border:1px solid #e5e5e5}",
            ".adr-nowrap{white-space:nowrap}");

    private final Path file;
    private final Locale locale;
    private final StringBuilder body = new StringBuilder(4096);
    private final StringBuilder title = new StringBuilder();
    private final Deque<Integer> headings = new ArrayDeque<>();
    private boolean inTitle;
    private boolean closed;

    private StandaloneHtml(Path file, Locale locale) {
        this.file = file;
        this.locale = locale;
    }

    /** A sink that writes the page {@code file} (UTF-8) when it is closed. */
    public static Sink open(Path file, Locale locale) {
        return (Sink) Proxy.newProxyInstance(Sink.class.getClassLoader(), new Class<?>[] {Sink.class},
                new StandaloneHtml(file, locale));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
        String name = method.getName();
        Object[] a = args == null ? new Object[0] : args;
        switch (name) {
            case "toString" -> {
                return "StandaloneHtml[" + file + "]";
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            case "equals" -> {
                return proxy == a[0];
            }
            case "getDocumentLocator" -> {
                return null;
            }
            case "title" -> inTitle = true;
            case "title_" -> inTitle = false;
            case "text" -> (inTitle ? title : body).append(escape(String.valueOf(a[0])));
            case "rawText" -> body.append(a[0]);
            case "comment" -> body.append("<!-- ").append(escape(String.valueOf(a[0])).replace("--", "- -"))
                    .append(" -->");
            case "sectionTitle" -> heading(a.length > 0 && a[0] instanceof Integer l ? l : 1, attributes(a));
            case "sectionTitle_" -> body.append("</h").append(headings.isEmpty() ? 1 : headings.pop()).append('>');
            case "link" -> body.append("<a").append(href("href", String.valueOf(a[0]))).append(attributes(a))
                    .append('>');
            case "anchor" -> body.append("<a").append(" id=\"").append(escape(String.valueOf(a[0]))).append('"')
                    .append('>');
            case "link_", "anchor_" -> body.append("</a>");
            case "lineBreak" -> body.append("<br>");
            case "horizontalRule" -> body.append("<hr>");
            case "figureGraphics" -> body.append("<img").append(href("src", String.valueOf(a[0])))
                    .append(attributes(a)).append('>');
            case "close" -> write();
            default -> element(name, a);
        }
        return null;
    }

    private void element(String name, Object[] a) {
        if (name.matches("sectionTitle[1-6]")) {
            heading(name.charAt(name.length() - 1) - '0', attributes(a));
            return;
        }
        if (name.matches("sectionTitle[1-6]_")) {
            body.append("</h").append(headings.isEmpty() ? 1 : headings.pop()).append('>');
            return;
        }
        boolean end = name.endsWith("_");
        String base = end ? name.substring(0, name.length() - 1) : name;
        if (base.matches("section[1-6]")) {
            base = "section";
        }
        String tag = TAGS.get(base);
        if (tag == null) {
            return; // head, body, tableRows, flush and the like shape nothing in this page
        }
        if (end) {
            body.append("</").append(tag).append('>');
        } else {
            body.append('<').append(tag).append(attributes(a)).append('>');
        }
    }

    private void heading(int level, String attributes) {
        int l = Math.max(1, Math.min(6, level));
        headings.push(l);
        body.append("<h").append(l).append(attributes).append('>');
    }

    /** The allowed attributes of the event's last argument, when it is an attribute set. */
    private static String attributes(Object[] a) {
        if (a.length == 0 || !(a[a.length - 1] instanceof AttributeSet set)) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        Enumeration<?> names = set.getAttributeNames();
        while (names.hasMoreElements()) {
            Object n = names.nextElement();
            String key = String.valueOf(n).toLowerCase(Locale.ROOT);
            Object v = set.getAttribute(n);
            if (ATTRIBUTES.contains(key) && v != null) {
                sb.append(' ').append(key).append("=\"").append(escape(String.valueOf(v))).append('"');
            }
        }
        return sb.toString();
    }

    private static String href(String attribute, String url) {
        String u = url.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
        if (u.startsWith("javascript:") || u.startsWith("data:") || u.startsWith("vbscript:")) {
            return "";
        }
        return " " + attribute + "=\"" + escape(url) + "\"";
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private void write() {
        if (closed) {
            return;
        }
        closed = true;
        String lang = locale == null || locale.getLanguage().isEmpty() ? "en" : locale.toLanguageTag();
        String page = "<!DOCTYPE html>\n<html lang=\"" + escape(lang) + "\">\n<head>\n<meta charset=\"UTF-8\">\n"
                + "<title>" + title + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n" + body
                + "\n</body>\n</html>\n";
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
