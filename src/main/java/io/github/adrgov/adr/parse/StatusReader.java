package io.github.adrgov.adr.parse;

import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.model.StatusCategory;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cleans a status as written and classifies it with the configured vocabulary. */
final class StatusReader {

    private static final Pattern SHORTCUT_LINK = Pattern.compile("\\[([^\\]]+)](?![(\\[:])");
    /** A status badge such as {@code https://badgen.net/badge/ADR/approved/green/} or shields.io {@code badge/ADR-approved-green}. */
    private static final Pattern BADGEN = Pattern.compile("badgen\\.net/badge/[^/]+/([^/)\\s]+)");
    private static final Pattern SHIELDS = Pattern.compile("shields\\.io/badge/[^-/)\\s]+-([^-/)\\s]+)-");
    private static final Pattern BADGE_IMAGE = Pattern.compile("!\\[[^\\]]*]\\(([^)]*)\\)");

    private final StatusVocabulary vocabulary;

    StatusReader(StatusVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * The status words as written, without markup: no bold, blockquote, list marker, emoji, link targets, braces of an
     * unfilled template, or trailing full stop. A line that is only a status badge gives the badge's status word.
     */
    static String clean(String raw) {
        String t = Markup.withoutComments(raw).strip();
        t = t.replaceFirst("^(?:>\\s?)+", "").replaceFirst("^[-*+]\\s+", "").strip();
        String badge = badge(t);
        if (badge != null) {
            return badge;
        }
        t = Markup.plain(t);
        t = SHORTCUT_LINK.matcher(t).replaceAll("$1");
        t = Markup.withoutEmoji(t);
        if (t.startsWith("{") && t.endsWith("}") && !t.contains("|")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        while (t.endsWith(".") || t.endsWith("\\")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t.replaceAll("\\s+", " ").strip();
    }

    /** The status word of a line that holds nothing but badge images, or null. */
    private static String badge(String line) {
        Matcher img = BADGE_IMAGE.matcher(line);
        if (!img.find()) {
            return null;
        }
        String rest = Markup.plain(BADGE_IMAGE.matcher(line).replaceAll("")).replaceAll("[\\[\\]()]", "").strip();
        for (Pattern p : new Pattern[] {BADGEN, SHIELDS}) {
            Matcher m = p.matcher(img.group(1));
            if (m.find() && rest.isEmpty()) {
                try {
                    return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8).strip();
                } catch (IllegalArgumentException e) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    /**
     * The category of a cleaned status: the whole text if it is a vocabulary word, else the longest vocabulary word the
     * text starts with ({@code Superseded by ADR-004}, {@code Proposed - 30/04/2025}); {@link StatusCategory#OTHER}
     * otherwise.
     */
    StatusCategory classify(String text) {
        StatusCategory exact = vocabulary.categoryOf(text);
        if (exact != null) {
            return exact;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String best = null;
        StatusCategory cat = StatusCategory.OTHER;
        for (Map.Entry<String, StatusCategory> e : vocabulary.words().entrySet()) {
            String w = e.getKey();
            if (lower.startsWith(w) && (lower.length() == w.length() || !Character.isLetterOrDigit(lower.charAt(w.length())))
                    && (best == null || w.length() > best.length())) {
                best = w;
                cat = e.getValue();
            }
        }
        return cat;
    }
}
