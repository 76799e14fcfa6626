package io.github.adrgov.adr.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a browser could run in a page, found by parsing the HTML as a browser would (jsoup), not by looking for
 * substrings: script and other active elements, event-handler attributes, and URLs with a script scheme.
 */
public final class HtmlSafety {

    private static final List<String> ACTIVE = List.of("script", "iframe", "frame", "object", "embed", "applet", "form",
            "base", "meta", "link", "style");
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "action", "formaction", "xlink:href",
            "data", "poster", "background", "srcset");

    private HtmlSafety() {
    }

    /**
     * Everything live in {@code html}, one line each; empty when nothing could run. {@code allowed} names elements
     * that the page itself may hold (the site skin's own {@code link}/{@code meta}, say).
     */
    public static List<String> live(String html, String... allowed) {
        Document doc = Jsoup.parse(html);
        List<String> out = new ArrayList<>();
        List<String> ok = List.of(allowed);
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            boolean inHead = !e.parents().isEmpty() && e.parents().stream().anyMatch(p -> p.normalName().equals("head"));
            boolean headOnly = tag.equals("meta") || tag.equals("link") || tag.equals("style");
            if (ACTIVE.contains(tag) && !ok.contains(tag) && !(headOnly && inHead)) {
                out.add("element <" + tag + ">");
            }
            if (tag.equals("meta") && e.attr("http-equiv").equalsIgnoreCase("refresh")) {
                out.add("refresh <meta>");
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    out.add("handler " + name + " on <" + tag + ">");
                }
                if (URL_ATTRIBUTES.contains(name) || name.equals("style") && a.getValue().toLowerCase(Locale.ROOT)
                        .contains("url(")) {
                    String v = a.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
                    if (v.startsWith("javascript:") || v.startsWith("vbscript:") || v.startsWith("data:text/html")
                            || v.contains("url(javascript:")) {
                        out.add("script URL " + name + "=" + a.getValue() + " on <" + tag + ">");
                    }
                }
            }
        }
        return out;
    }
}
