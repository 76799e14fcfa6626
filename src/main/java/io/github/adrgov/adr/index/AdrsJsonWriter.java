package io.github.adrgov.adr.index;

import io.github.adrgov.adr.citations.Citation;
import io.github.adrgov.adr.citations.CitationTargets;
import io.github.adrgov.adr.citations.CodeCitations;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.json.JsonText;
import io.github.adrgov.adr.model.AdrLink;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.LinkKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes {@code adrs.json}, the model of the log for CI and other tools:
 *
 * <pre>{@code
 * {
 *   "adrCount": 2,
 *   "adrs": [
 *     {
 *       "file": "docs/adr/0001-record-decisions.md",
 *       "id": "0001-record-decisions",
 *       "number": 1,
 *       "title": "Record decisions",
 *       "status": "superseded",
 *       "statusText": "Superseded by ADR-0002",
 *       "date": "2025-01-15",
 *       "dateText": "2025-01-15",
 *       "supersededBy": [ "0002-use-madr" ],
 *       "supersedes": [ ],
 *       "dialect": "nygard"
 *     }, ...
 *   ]
 * }
 * }</pre>
 *
 * <p>One object per ADR, ordered by number, then id. {@code file} is relative to the base directory with forward
 * slashes; {@code number} is an integer or null; {@code title} has no number prefix; {@code status} is one of
 * proposed, accepted, rejected, deprecated, superseded, draft or other (other also when the file states no status,
 * in which case {@code statusText} is null); {@code date} is ISO {@code YYYY-MM-DD} or null when absent, impossible or of an open day-month order
 * ({@code 21.07.2017} and {@code Jan 29, 2021} are read); {@code dateText} is the date as written, or null;
 * {@code supersededBy} and {@code supersedes} list the ids of the ADRs this ADR itself names in that role, resolved in
 * the log, sorted and without duplicates (a name that resolves to no ADR is left out: {@code broken-supersession}
 * reports it). When {@code adr:validate} scanned the sources for citations, each object also holds
 * {@code "citations": [{"file": "src/main/java/x/Retry.java", "line": 12, "text": "ADR-0012"}]}, the places in the
 * code that cite the ADR, by file and line. Pretty-printed, UTF-8, {@code \n} line endings, so the same log gives the same bytes.
 */
public final class AdrsJsonWriter {

    private AdrsJsonWriter() {
    }

    /** The JSON text, ending with {@code \n}. */
    public static String render(AdrLog log) {
        return render(log, CodeCitations.none());
    }

    /** The JSON text with each ADR's citations in the code (when {@code cited} was scanned), ending with {@code \n}. */
    public static String render(AdrLog log, CodeCitations cited) {
        JsonText g = new JsonText(JsonText.Style.SPACED_EMPTY);
        g.beginObject();
        g.name("adrCount").value(log.size());
        g.name("adrs").beginArray();
        Map<String, List<Citation>> byAdr = cited.scanned() ? new CitationTargets(log).byAdr(cited) : null;
        for (Adr a : log.adrs()) {
            g.beginObject();
            object(g, a, log);
            if (byAdr != null) {
                g.name("citations").beginArray();
                for (Citation c : byAdr.getOrDefault(a.file(), List.of())) {
                    g.beginObject();
                    g.field("file", c.file());
                    g.name("line").value(c.line());
                    g.field("text", c.text());
                    g.endObject();
                }
                g.endArray();
            }
            g.endObject();
        }
        g.endArray();
        g.endObject();
        return g.toString("\n");
    }

    /** Writes {@link #render} to a file (parent directories created), replacing it atomically. */
    public static void write(AdrLog log, Path file) throws IOException {
        write(log, CodeCitations.none(), file);
    }

    /** Writes {@link #render(AdrLog, CodeCitations)} to a file (parent directories created), atomically. */
    public static void write(AdrLog log, CodeCitations cited, Path file) throws IOException {
        IndexFile.writeAtomically(file, render(log, cited).getBytes(StandardCharsets.UTF_8));
    }

    private static void object(JsonText g, Adr a, AdrLog log) {
        g.field("file", a.file());
        g.field("id", a.id());
        g.field("number", a.number());
        g.field("title", a.title());
        g.field("status", a.statusCategory().id());
        g.field("statusText", a.status().map(s -> s.text()).orElse(null));
        g.field("date", a.date() == null ? null : a.date().toString());
        g.field("dateText", a.dateText());
        strings(g, "supersededBy", targets(a, LinkKind.SUPERSEDED_BY, log));
        strings(g, "supersedes", targets(a, LinkKind.SUPERSEDES, log));
        g.field("dialect", a.dialect().id());
    }

    private static void strings(JsonText g, String name, Iterable<String> values) {
        g.name(name).beginArray();
        for (String v : values) {
            g.value(v);
        }
        g.endArray();
    }

    private static TreeSet<String> targets(Adr a, LinkKind kind, AdrLog log) {
        TreeSet<String> ids = new TreeSet<>();
        for (AdrLink l : a.links(kind)) {
            for (Adr t : log.resolve(a, l)) {
                ids.add(t.id());
            }
        }
        return ids;
    }
}
