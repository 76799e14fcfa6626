package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import java.util.regex.Pattern;

/**
 * Whether an ADR's own text names another ADR, in whatever words: a link to its file (relative, or a URL to the same
 * file name), its file name, or its number written as {@code ADR-4}, {@code ADR007}, {@code DR002}, {@code adr0004}
 * or {@code /adr/4}. Code blocks do not count. {@code one-sided-supersession} asks a newer ADR to name what it
 * replaced so that its reader finds it; a newer ADR that names the older one in any form
 * ({@code In [ADR002 Use Notify](ADR002-use-notify.md) we recognised that ...}, {@code The behaviour supersedes that
 * description in ADR-0015}, {@code [ADR 4] should be marked as superseded once ...}) already does.
 */
final class SupersessionMentions {

    private SupersessionMentions() {
    }

    /** Whether {@code newer}'s text names {@code older} by file name or by number. */
    static boolean names(Adr newer, Adr older) {
        String name = older.file().substring(older.file().lastIndexOf('/') + 1);
        String stem = name.replaceFirst("(?i)\\.(?:md|markdown)$", "");
        if (stem.equalsIgnoreCase("index") || stem.equalsIgnoreCase("readme")) {
            String dir = older.file().substring(0, Math.max(0, older.file().lastIndexOf('/')));
            stem = dir.substring(dir.lastIndexOf('/') + 1);
        }
        Pattern file = stem.isEmpty() ? null
                : Pattern.compile("(?<![\\w-])" + Pattern.quote(stem) + "(?![\\w-])", Pattern.CASE_INSENSITIVE);
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
            if (!fenced && (file != null && file.matcher(line).find()
                    || number != null && number.matcher(line).find())) {
                return true;
            }
        }
        return false;
    }
}
