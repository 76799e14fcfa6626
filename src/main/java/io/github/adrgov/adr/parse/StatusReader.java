package io.github.adrgov.adr.parse;

import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.model.Section;
import io.github.adrgov.adr.model.Status;
import io.github.adrgov.adr.model.StatusCategory;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

    /** Two status words offered as a choice: {@code Accepted or Rejected}, {@code proposed | accepted}. */
    private static final Pattern CHOICE =
            Pattern.compile("^([\\p{L}-]+)\\s*(?:\\s(?:or|and)\\s|[|/,])\\s*([\\p{L}-]+)", Pattern.CASE_INSENSITIVE);
    /** A dated history line in a status section: {@code 2017-11-22 Proposed}. */
    private static final Pattern DATED =
            Pattern.compile("^(?:[-*+]\\s+)?\\**(\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})\\**\\s*[:\\-\\u2013\\u2014]?\\s+(\\S.*)$");
    /** A later line of a status section that records the supersession. */
    private static final Pattern SUPERSEDED_LINE =
            Pattern.compile("^(?:[>\\s]*+)(?:[-*+]\\s+)?[^\\p{L}\\[]*(?:super[sc]eded|replaced)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A later sentence of an active status that records the supersession: {@code Implemented. Superseded by ADR-013},
     * {@code Accepted, replaced by [ADR 9](...)}.
     */
    private static final Pattern LATER_SUPERSEDED = Pattern.compile(
            "[.;,\\u2013\\u2014-]\\s*(?:and\\s+|but\\s+|now\\s+|later\\s+)?(?:super[sc]eded|replaced)\\s+by\\b",
            Pattern.CASE_INSENSITIVE);

    private final StatusVocabulary vocabulary;

    StatusReader(StatusVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    private static final Pattern QUOTE_MARKS = Pattern.compile("^(?:>\\s?)+");
    private static final Pattern BULLET = Pattern.compile("^[-*+]\\s+");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    /**
     * The status words as written, without markup: no bold, blockquote, list marker, emoji, link targets, braces of an
     * unfilled template, or trailing full stop. A line that is only a status badge gives the badge's status word.
     */
    static String clean(String raw) {
        String t = Markup.withoutComments(Markup.capped(raw)).strip();
        if (t.startsWith(">")) {
            t = QUOTE_MARKS.matcher(t).replaceFirst("");
        }
        if (!t.isEmpty() && "-*+".indexOf(t.charAt(0)) >= 0) {
            t = BULLET.matcher(t).replaceFirst("");
        }
        t = t.strip();
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
        return Markup.plainSpaces(t) ? t.strip() : BLANKS.matcher(t).replaceAll(" ").strip();
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

    /** A status from raw text, or null when nothing is left after cleaning. */
    Status status(String raw, int line) {
        String text = clean(raw);
        return text.isEmpty() ? null : new Status(classify(text), text, line);
    }

    /**
     * The status written in a Status section: the heading's own value ({@code ## Status: Accepted}), else the last line
     * of a dated history ({@code 2017-11-26 Done}), else the first meaningful line; an active first line followed by a
     * line that records the supersession ({@code * Superseded by [ADR 8](...)}) gives that line.
     */
    Status fromSection(Section section, List<TextLine> lines) {
        String h = section.heading();
        int colon = Math.max(h.indexOf(':'), h.indexOf('\uFF1A'));
        if (colon > 0 && !h.substring(colon + 1).isBlank()) {
            return status(h.substring(colon + 1), section.line());
        }
        List<TextLine> body = new ArrayList<>();
        for (TextLine l : lines) {
            if (!l.text().stripLeading().startsWith("#")) {
                body.add(l);
            }
        }
        TextLine dated = null;
        for (TextLine l : body) {
            Matcher m = DATED.matcher(l.text().strip());
            if (m.matches()) {
                dated = new TextLine(l.line(), m.group(2));
            }
        }
        if (dated != null) {
            return status(dated.text(), dated.line());
        }
        Status first = null;
        for (TextLine l : body) {
            if (first == null) {
                String value = l.text();
                List<MetadataLine> kv = MetadataLine.read(value, l.line());
                if (!kv.isEmpty() && kv.get(0).name().equals("status")) {
                    value = kv.get(0).value();
                }
                first = status(value, l.line());
            } else if (first.category().isActive() && SUPERSEDED_LINE.matcher(l.text()).find()) {
                Status later = status(l.text(), l.line());
                if (later != null && later.category() == StatusCategory.SUPERSEDED) {
                    return later;
                }
            }
        }
        return first;
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
        Matcher choice = CHOICE.matcher(text);
        if (choice.find() && vocabulary.categoryOf(choice.group(1)) != null
                && vocabulary.categoryOf(choice.group(2)) != null
                && vocabulary.categoryOf(choice.group(1)) != vocabulary.categoryOf(choice.group(2))) {
            // "Accepted or Rejected", "proposed | accepted | ...": the template's choices, left unfilled
            // ("Accepted, Implemented" names one state twice and is no choice)
            return StatusCategory.OTHER;
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
        if (cat.isActive() && LATER_SUPERSEDED.matcher(text).find()
                && vocabulary.categoryOf("superseded") == StatusCategory.SUPERSEDED) {
            return StatusCategory.SUPERSEDED;
        }
        return cat;
    }
}
