package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import java.util.regex.Pattern;

/**
 * Whether an ADR's text speaks of superseding another in some sentence of its own wording, even where that sentence
 * is not read as a supersession link ({@code The behaviour supersedes that description in [ADR-0015](...)}, {@code
 * [ADR 4] should be marked as superseded once ...}): a supersession verb and a mention of the other ADR (its file
 * name, or its number written as {@code ADR-4}, {@code adr0004}, {@code /adr/4}) in the same sentence. Code blocks do
 * not count.
 */
final class SupersessionMentions {

    private static final Pattern VERB =
            Pattern.compile("(?i)\\b(?:super[sc]ed(?:e|es|ed|ing)|replac(?:e|es|ed|ing))\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+");

    private SupersessionMentions() {
    }

    /** Whether {@code newer} says, in a sentence of any form, that {@code older} is superseded or replaced. */
    static boolean speaksOfSuperseding(Adr newer, Adr older) {
        String name = older.file().substring(older.file().lastIndexOf('/') + 1);
        String stem = name.replaceFirst("(?i)\\.(?:md|markdown)$", "");
        if (stem.equalsIgnoreCase("index") || stem.equalsIgnoreCase("readme")) {
            String dir = older.file().substring(0, Math.max(0, older.file().lastIndexOf('/')));
            stem = dir.substring(dir.lastIndexOf('/') + 1);
        }
        Pattern number = older.number() == null ? null : Pattern.compile(
                "(?i)(?:(?<![\\p{L}\\d])a?dr[-_ #]*|/(?:adrs?|decisions?|decision-records?)/)0*" + older.number()
                        + "(?!\\d)");
        boolean fenced = false;
        for (String line : newer.lines()) {
            String t = line.strip();
            if (t.startsWith("```") || t.startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (fenced || !VERB.matcher(line).find()) {
                continue;
            }
            for (String sentence : SENTENCE_END.split(line)) {
                if (VERB.matcher(sentence).find() && (!stem.isEmpty() && sentence.contains(stem)
                        || number != null && number.matcher(sentence).find())) {
                    return true;
                }
            }
        }
        return false;
    }
}
