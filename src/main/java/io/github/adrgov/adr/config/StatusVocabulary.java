package io.github.adrgov.adr.config;

import io.github.adrgov.adr.model.StatusCategory;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The statuses a log may use, each mapped to its lifecycle category. Matching is case-insensitive.
 * The default holds Proposed, Accepted, Rejected, Deprecated, Superseded (and adr-tools' spelling Superceded), Draft.
 */
public final class StatusVocabulary {

    private final Map<String, StatusCategory> words;

    private StatusVocabulary(Map<String, StatusCategory> words) {
        this.words = Collections.unmodifiableMap(new LinkedHashMap<>(words));
    }

    /** The default vocabulary. */
    public static StatusVocabulary defaults() {
        Map<String, StatusCategory> m = new LinkedHashMap<>();
        m.put("proposed", StatusCategory.PROPOSED);
        m.put("accepted", StatusCategory.ACCEPTED);
        m.put("rejected", StatusCategory.REJECTED);
        m.put("deprecated", StatusCategory.DEPRECATED);
        m.put("superseded", StatusCategory.SUPERSEDED);
        m.put("superceded", StatusCategory.SUPERSEDED);
        m.put("draft", StatusCategory.DRAFT);
        return new StatusVocabulary(m);
    }

    /**
     * A vocabulary from words to categories, e.g. {@code approved -> accepted}. Words are lower-cased.
     */
    public static StatusVocabulary of(Map<String, StatusCategory> words) {
        Map<String, StatusCategory> m = new LinkedHashMap<>();
        words.forEach((k, v) -> m.put(k.trim().toLowerCase(Locale.ROOT), Objects.requireNonNull(v)));
        return new StatusVocabulary(m);
    }

    /** This vocabulary with more words added (an added word replaces the same word). */
    public StatusVocabulary with(Map<String, StatusCategory> more) {
        Map<String, StatusCategory> m = new LinkedHashMap<>(words);
        more.forEach((k, v) -> m.put(k.trim().toLowerCase(Locale.ROOT), Objects.requireNonNull(v)));
        return new StatusVocabulary(m);
    }

    /** The category of a status word, or null when the word is not in the vocabulary. */
    public StatusCategory categoryOf(String word) {
        return word == null ? null : words.get(word.trim().toLowerCase(Locale.ROOT));
    }

    /** Every word, in the order configured, lower-case. */
    public Map<String, StatusCategory> words() {
        return words;
    }

    /** The allowed words for a message, e.g. {@code proposed, accepted, rejected, deprecated, superseded, draft}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (String w : words.keySet()) {
            if (w.equals("superceded")) {
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
