package io.github.adrgov.adr.config;

import io.github.adrgov.adr.model.StatusCategory;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The statuses a log may use, each mapped to its lifecycle category. Matching is case-insensitive.
 *
 * <p>The default holds the six lifecycle words (Proposed, Accepted, Rejected, Deprecated, Superseded, Draft) and the
 * {@linkplain #SYNONYMS lifecycle words real logs use} for them (Implemented, Approved, In Review, Declined, ...).
 * {@code statuses} replaces the whole table; {@code extraStatuses} adds words to it.
 */
public final class StatusVocabulary {

    /** The six lifecycle words, named in messages. */
    private static final Map<String, StatusCategory> CANONICAL = canonical();

    /**
     * The built-in synonyms: words real ADR logs write for a lifecycle state. A status is classified by its whole text,
     * else by the longest of these words it starts with ({@code Implemented in #1557}, {@code Pending review}).
     */
    public static final Map<String, StatusCategory> SYNONYMS = synonyms();

    private final Map<String, StatusCategory> words;
    /** Words not named in messages: adr-tools' spelling and the built-in synonyms. */
    private final Set<String> unlisted;

    private StatusVocabulary(Map<String, StatusCategory> words, Set<String> unlisted) {
        this.words = Collections.unmodifiableMap(new LinkedHashMap<>(words));
        this.unlisted = Collections.unmodifiableSet(new LinkedHashSet<>(unlisted));
    }

    private static Map<String, StatusCategory> canonical() {
        Map<String, StatusCategory> m = new LinkedHashMap<>();
        m.put("proposed", StatusCategory.PROPOSED);
        m.put("accepted", StatusCategory.ACCEPTED);
        m.put("rejected", StatusCategory.REJECTED);
        m.put("deprecated", StatusCategory.DEPRECATED);
        m.put("superseded", StatusCategory.SUPERSEDED);
        m.put("draft", StatusCategory.DRAFT);
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, StatusCategory> synonyms() {
        Map<String, StatusCategory> m = new LinkedHashMap<>();
        put(m, StatusCategory.ACCEPTED, "implemented", "partially implemented", "partly implemented", "approved",
                "done", "adopted", "active", "decided", "agreed", "complete", "completed", "in effect", "in force",
                "final", "finalised", "finalized", "ratified", "enacted", "in use", "valid", "current",
                "partially accepted", "partly accepted", "partially adopted", "partially superseded",
                "partly superseded", "amended", "accept", "acceptted",
                "\u901A\u8FC7", "\u5DF2\u901A\u8FC7", "\u63A5\u53D7", "\u5DF2\u63A5\u53D7", "\u5B8C\u6210",
                "\u5DF2\u5B8C\u6210", "\u5DF2\u5B9E\u65BD", "\u91C7\u7EB3", "\u5DF2\u91C7\u7EB3",
                "angenommen", "akzeptiert", "accept\u00E9", "aceptado", "aceptada", "accettato");
        put(m, StatusCategory.PROPOSED, "in review", "under review", "in-review", "review", "reviewing",
                "ready for review", "pending", "pending review", "pending approval", "awaiting review",
                "awaiting approval", "open", "rfc", "request for comments", "wip", "work in progress", "in progress",
                "in-progress", "proposal", "proposed draft", "suggested", "submitted", "under discussion",
                "in discussion", "discussion", "discussing", "under consideration", "considering", "on hold",
                "deferred", "postponed", "parked", "experimental", "exploring", "investigating", "new",
                "requested", "planned", "\u63D0\u8BAE", "\u63D0\u6848", "\u5EFA\u8BAE", "\u5F85\u5B9A",
                "\u8BA8\u8BBA\u4E2D", "\u5BA1\u6838\u4E2D", "vorgeschlagen", "propos\u00E9", "propuesto",
                "propuesta", "proposto");
        put(m, StatusCategory.REJECTED, "declined", "withdrawn", "abandoned", "refused", "not accepted",
                "not adopted", "cancelled", "canceled", "dropped", "discarded", "vetoed", "denied", "wont do",
                "won't do", "\u62D2\u7EDD", "\u5DF2\u62D2\u7EDD", "\u5426\u51B3", "\u5DF2\u5426\u51B3",
                "abgelehnt", "rejet\u00E9", "rechazado", "rifiutato");
        put(m, StatusCategory.DEPRECATED, "obsolete", "obsoleted", "retired", "outdated", "sunset", "sunsetted",
                "archived", "no longer relevant", "no longer valid", "no longer applies", "revoked", "expired",
                "\u5E9F\u5F03", "\u5DF2\u5E9F\u5F03", "\u5F03\u7528", "\u5DF2\u5F03\u7528", "\u8FC7\u65F6",
                "veraltet", "obsol\u00E8te", "obsoleto");
        put(m, StatusCategory.SUPERSEDED, "superceded", "superseeded", "supersceded", "replaced", "replaced by",
                "superseded by", "superceded by", "\u88AB\u53D6\u4EE3", "\u5DF2\u53D6\u4EE3", "\u5DF2\u66FF\u4EE3",
                "\u88AB\u66FF\u4EE3", "ersetzt", "remplac\u00E9", "reemplazado", "sostituito");
        put(m, StatusCategory.DRAFT, "drafted", "drafting", "in draft", "\u8349\u7A3F", "\u8349\u6848", "entwurf",
                "brouillon", "borrador", "bozza");
        return Collections.unmodifiableMap(m);
    }

    private static void put(Map<String, StatusCategory> m, StatusCategory c, String... words) {
        for (String w : words) {
            m.put(w, c);
        }
    }

    /** The default vocabulary: the six lifecycle words and the built-in {@link #SYNONYMS}. */
    public static StatusVocabulary defaults() {
        Map<String, StatusCategory> m = new LinkedHashMap<>(CANONICAL);
        m.putAll(SYNONYMS);
        return new StatusVocabulary(m, SYNONYMS.keySet());
    }

    /**
     * A vocabulary of exactly these words, each mapped to its category, e.g. {@code approved -> accepted}; it replaces
     * the defaults and their synonyms. Words are lower-cased.
     */
    public static StatusVocabulary of(Map<String, StatusCategory> words) {
        Map<String, StatusCategory> m = new LinkedHashMap<>();
        words.forEach((k, v) -> m.put(k.trim().toLowerCase(Locale.ROOT), Objects.requireNonNull(v)));
        return new StatusVocabulary(m, Set.of());
    }

    /** This vocabulary with more words added (an added word replaces the same word and is named in messages). */
    public StatusVocabulary with(Map<String, StatusCategory> more) {
        Map<String, StatusCategory> m = new LinkedHashMap<>(words);
        Set<String> hidden = new LinkedHashSet<>(unlisted);
        more.forEach((k, v) -> {
            String w = k.trim().toLowerCase(Locale.ROOT);
            m.put(w, Objects.requireNonNull(v));
            hidden.remove(w);
        });
        return new StatusVocabulary(m, hidden);
    }

    /** The category of a status word, or null when the word is not in the vocabulary. */
    public StatusCategory categoryOf(String word) {
        return word == null ? null : words.get(word.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * The category an unknown status most likely means, for the example in a message, judged by this table and the
     * built-in one: the category of the longest word of the tables that the status contains, else of the longest
     * word whose stem (its first six letters, {@code withdr} of Withdrawn) starts one of the status's words
     * ({@code Withdrawal}, {@code Deprecating}); accepted when nothing matches.
     */
    public StatusCategory likelyCategory(String status) {
        String text = status == null ? "" : status.toLowerCase(Locale.ROOT);
        String[] words = text.split("[^\\p{L}]+");
        StatusCategory best = null;
        int bestLength = 0;
        boolean bestWhole = false;
        for (Map<String, StatusCategory> table : List.of(words(), defaults().words())) {
            for (Map.Entry<String, StatusCategory> e : table.entrySet()) {
                String w = e.getKey();
                boolean whole = w.length() >= 3 && containsWord(text, w);
                boolean stem = !whole && w.length() >= STEM && startsAWord(words, w.substring(0, STEM));
                if ((whole && (!bestWhole || w.length() > bestLength)) || (stem && !bestWhole && w.length() > bestLength)) {
                    best = e.getValue();
                    bestLength = w.length();
                    bestWhole = whole;
                }
            }
        }
        return best == null ? StatusCategory.ACCEPTED : best;
    }

    /** The letters of a table word that an unknown word must start with to count as the same word. */
    private static final int STEM = 6;

    private static boolean containsWord(String text, String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            boolean before = i == 0 || !Character.isLetter(text.charAt(i - 1));
            if (before) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAWord(String[] words, String stem) {
        for (String w : words) {
            if (w.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** Every word, in the order configured, lower-case. */
    public Map<String, StatusCategory> words() {
        return words;
    }

    /**
     * The allowed words for a message, e.g. {@code proposed, accepted, rejected, deprecated, superseded, draft}: the
     * configured words, without the built-in synonyms (the README lists those).
     */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (String w : words.keySet()) {
            if (unlisted.contains(w) || (w.equals("superceded") && words.containsKey("superseded"))) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(w);
        }
        return sb.toString();
    }
}
