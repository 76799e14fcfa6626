package io.github.adrgov.adr.report;

import io.github.adrgov.adr.citations.Citation;
import io.github.adrgov.adr.citations.CitationTargets;
import io.github.adrgov.adr.citations.CodeCitations;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLink;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.LinkKind;
import io.github.adrgov.adr.model.Supersessions;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.ValidationResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the report shows, computed once: the log, its findings, the page name of each ADR and the supersessions.
 *
 * @param result    the validated log
 * @param directory the ADR directory as the user knows it (relative to the base directory), for the summary
 * @param pages     page file names
 * @param sup       who superseded whom
 * @param citations the places in the code that cite each ADR, by ADR file (empty when the sources were not scanned)
 * @param scanned   whether the sources were scanned for citations
 * @param scmUrl    the project's {@code scm.url}, through which each ADR page links its source file, or null
 */
public record ReportData(ValidationResult result, String directory, PageNames pages, Supersessions sup,
                         Map<String, List<Citation>> citations, boolean scanned, String scmUrl) {

    private static final Pattern ADR_REF = Pattern.compile("(?i)\\badr[-_ ]?\\d+");

    /** Computes the report data of a validated log. */
    public static ReportData of(ValidationResult result, String directory) {
        return of(result, directory, CodeCitations.none(), null);
    }

    /**
     * Computes the report data of a validated log and the citations of its ADRs in the code; the ADR pages link their
     * files through {@code scmUrl} (null: no links).
     */
    public static ReportData of(ValidationResult result, String directory, CodeCitations cited, String scmUrl) {
        AdrLog log = result.log();
        Map<String, List<Citation>> byAdr = cited.scanned() ? new CitationTargets(log).byAdr(cited) : Map.of();
        return new ReportData(result, directory, PageNames.of(log), log.supersessions(), byAdr, cited.scanned(), scmUrl);
    }

    /** The places in the code that cite this ADR, by file and line. */
    public List<Citation> citationsOf(Adr adr) {
        return citations.getOrDefault(adr.file(), List.of());
    }

    /** Where the repository browser shows an ADR's file, or null when the project names no {@code scm.url}. */
    public String sourceUrl(Adr adr) {
        return SourceLinks.of(scmUrl, adr.file());
    }

    /** The ADR before this one in the log's order (the index's order), if any. */
    public java.util.Optional<Adr> previous(Adr adr) {
        int i = position(adr);
        return i > 0 ? java.util.Optional.of(log().adrs().get(i - 1)) : java.util.Optional.empty();
    }

    /** The ADR after this one in the log's order, if any. */
    public java.util.Optional<Adr> next(Adr adr) {
        int i = position(adr);
        return i >= 0 && i + 1 < log().adrs().size() ? java.util.Optional.of(log().adrs().get(i + 1))
                : java.util.Optional.empty();
    }

    private int position(Adr adr) {
        List<Adr> adrs = log().adrs();
        for (int i = 0; i < adrs.size(); i++) {
            if (adrs.get(i) == adr) {
                return i;
            }
        }
        return -1;
    }

    /** The log. */
    public AdrLog log() {
        return result.log();
    }

    /** The findings about one ADR's file, sorted. */
    public List<Finding> findingsOf(Adr adr) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (f.file().equals(adr.file())) {
                out.add(f);
            }
        }
        return out;
    }

    /** "Superseded by" targets of this ADR that name no ADR of the log, as written (e.g. {@code ADR-9}), once each. */
    public List<String> unresolvedSupersededBy(Adr adr) {
        return shown(sup.unresolved(adr, LinkKind.SUPERSEDED_BY));
    }

    /** "Supersedes" targets of this ADR that name no ADR of the log, as written, once each. */
    public List<String> unresolvedSupersedes(Adr adr) {
        return shown(sup.unresolved(adr, LinkKind.SUPERSEDES));
    }

    private static List<String> shown(List<AdrLink> links) {
        List<String> out = new ArrayList<>();
        for (AdrLink link : links) {
            String s = describe(link);
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** How a missing target reads: the reference as written ({@code ADR-2097}), else the file linked, else its number. */
    private static String describe(AdrLink link) {
        Matcher m = ADR_REF.matcher(link.text() == null ? "" : link.text());
        if (m.find()) {
            return m.group(); // "ADR-2097 (missing)" rather than "2097-missing.md (missing)"
        }
        if (link.targetPath() != null && !link.targetPath().isBlank()) {
            return link.targetPath();
        }
        if (link.targetNumber() != null) {
            return "ADR-" + link.targetNumber();
        }
        return link.text();
    }
}
