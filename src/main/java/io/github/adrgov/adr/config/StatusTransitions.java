package io.github.adrgov.adr.config;

import io.github.adrgov.adr.model.StatusCategory;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which status changes an ADR may make between the baseline and the branch, by lifecycle category. A category with no
 * entry may not change at all. Written as {@code proposed->accepted,rejected;accepted->deprecated,superseded}.
 *
 * <p>The default follows the seed lifecycle: draft to proposed, accepted or rejected; proposed to accepted, rejected,
 * deprecated or superseded; accepted to deprecated or superseded; deprecated to superseded; rejected and superseded
 * are final.
 */
public final class StatusTransitions {

    /** The default table in its written form. */
    public static final String DEFAULT_TEXT = "proposed->accepted,rejected,deprecated,superseded;"
            + "accepted->deprecated,superseded;"
            + "deprecated->superseded;"
            + "draft->proposed,accepted,rejected";

    private static final StatusTransitions DEFAULT = parse(DEFAULT_TEXT);

    private final Map<StatusCategory, Set<StatusCategory>> allowed;

    private StatusTransitions(Map<StatusCategory, Set<StatusCategory>> allowed) {
        Map<StatusCategory, Set<StatusCategory>> m = new EnumMap<>(StatusCategory.class);
        allowed.forEach((k, v) -> m.put(k, Collections.unmodifiableSet(EnumSet.copyOf(v))));
        this.allowed = Collections.unmodifiableMap(m);
    }

    /** The default table. */
    public static StatusTransitions defaults() {
        return DEFAULT;
    }

    /**
     * Parses a table: entries separated by {@code ;}, each {@code from->to,to}; an empty target list makes the
     * category final. Categories are case-insensitive: proposed, accepted, rejected, deprecated, superseded, draft.
     *
     * @throws IllegalArgumentException naming the entry or word that is wrong
     */
    public static StatusTransitions parse(String text) {
        Map<StatusCategory, Set<StatusCategory>> m = new EnumMap<>(StatusCategory.class);
        if (text == null) {
            return new StatusTransitions(m);
        }
        for (String raw : text.split(";")) {
            String entry = raw.trim();
            if (entry.isEmpty()) {
                continue;
            }
            int arrow = entry.indexOf("->");
            if (arrow < 0) {
                throw new IllegalArgumentException("Status transition '" + entry
                        + "' has no '->'; write it as from->to,to (e.g. accepted->deprecated,superseded)");
            }
            StatusCategory from = category(entry.substring(0, arrow));
            Set<StatusCategory> targets = m.computeIfAbsent(from, k -> EnumSet.noneOf(StatusCategory.class));
            for (String to : entry.substring(arrow + 2).split(",")) {
                if (!to.isBlank()) {
                    targets.add(category(to));
                }
            }
        }
        return new StatusTransitions(m);
    }

    private static StatusCategory category(String word) {
        String w = word.trim().toUpperCase(Locale.ROOT);
        try {
            StatusCategory c = StatusCategory.valueOf(w);
            if (c != StatusCategory.OTHER) {
                return c;
            }
        } catch (IllegalArgumentException e) {
            // fall through to the message
        }
        throw new IllegalArgumentException("'" + word.trim() + "' in a status transition is not a status category;"
                + " use proposed, accepted, rejected, deprecated, superseded or draft");
    }

    /** Whether an ADR may go from one category to another; staying in the same category is always allowed. */
    public boolean allows(StatusCategory from, StatusCategory to) {
        return from == to || allowed.getOrDefault(from, Set.of()).contains(to);
    }

    /** The categories an ADR may move to from this one, in lifecycle order. */
    public Set<StatusCategory> allowedFrom(StatusCategory from) {
        return allowed.getOrDefault(from, Set.of());
    }

    /** The table in its written form, categories in lifecycle order, e.g. {@code accepted->deprecated,superseded}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        allowed.forEach((from, tos) -> {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(from.id()).append("->");
            StringBuilder t = new StringBuilder();
            for (StatusCategory c : tos) {
                if (t.length() > 0) {
                    t.append(',');
                }
                t.append(c.id());
            }
            sb.append(t);
        });
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatusTransitions && ((StatusTransitions) o).allowed.equals(allowed);
    }

    @Override
    public int hashCode() {
        return allowed.hashCode();
    }
}
