package io.github.adrgov.adr.parse;

import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLink;
import io.github.adrgov.adr.model.LinkKind;
import io.github.adrgov.adr.model.Memo;
import io.github.adrgov.adr.model.Section;
import io.github.adrgov.adr.model.Status;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one ADR file's text into the model: detects the dialect and reads title, number, status, date, fields,
 * sections and links. Never throws on bad input: what it cannot read becomes a {@link io.github.adrgov.adr.model.Problem}
 * or an absent value. Thread-safe.
 */
public final class AdrParser {

    private static final Pattern TRAILING_COLONS = Pattern.compile("[:\\s]+$");
    private static final Pattern STATUS_WITH_TEXT = Pattern.compile("status\\s*[:\\uFF1A-].+");

    /** Front matter keys naming the successor or the predecessor. */
    private static final Map<String, LinkKind> SUPERSESSION_KEYS = Map.of(
            "superseded-by", LinkKind.SUPERSEDED_BY, "superseded_by", LinkKind.SUPERSEDED_BY,
            "supersededby", LinkKind.SUPERSEDED_BY, "superseded by", LinkKind.SUPERSEDED_BY,
            "supersedes", LinkKind.SUPERSEDES);
    /** Metadata names read as fields when written as plain {@code Key: value} lines in the header. */
    private static final Set<String> FIELD_NAMES = Set.of("deciders", "decision makers", "decision maker",
            "technical story", "consulted", "informed", "author", "authors", "contact", "owner", "owners",
            "proposed by", "approved by", "reviewers", "drivers", "tags", "related issue", "related issues", "issue",
            "supersedes", "superseded by", "amends", "amended by", "last modified", "created", "updated",
            "introduced", "decision date", "rfc");
    private static final Set<String> STATUS_HEADINGS = Set.of("status", "\u72B6\u6001", "\u72C0\u614B", "statut",
            "estado", "stato", "decision status", "adr status", "current status");

    /** Sections whose bullets name related ADRs. */
    private static final Pattern LINK_SECTIONS = Pattern.compile(
            "related.*|links?|see also|references?|supersedes|superseded by|supersession.*|.*related (decisions|adrs|records)");
    /** Whether a heading names a link section, memoised: headings repeat from ADR to ADR, asked of twice a file. */
    private static final Memo<Boolean> LINK_SECTION = new Memo<>(4096,
            h -> LINK_SECTIONS.matcher(h.toLowerCase(Locale.ROOT)).matches());
    /** Whether a heading names the Status section, memoised as {@link #LINK_SECTION}. */
    private static final Memo<Boolean> STATUS_HEADING = new Memo<>(4096, h -> {
        String t = TRAILING_COLONS.matcher(h.toLowerCase(Locale.ROOT)).replaceAll("");
        return STATUS_HEADINGS.contains(t) || STATUS_WITH_TEXT.matcher(t).matches();
    });
    /** A supersession field that names only a part of the ADR: {@code ADR 0053 §7}, {@code section 3 of ADR-2}. */
    private static final Pattern PARTIAL_VALUE = Pattern.compile(
            "(?i)\u00A7|\\bsections?\\s+\\d|\\b(?:parts?|aspects?|portions?)\\s+of\\b|\\b(?:partly|partially)\\b");
    /** A URL scheme such as {@code https:} or {@code mailto:}. */
    private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final StatusVocabulary statuses;
    private final StatusReader statusReader;

    public AdrParser(StatusVocabulary statuses) {
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.statusReader = new StatusReader(statuses);
    }

    /** The vocabulary this parser classifies statuses with. */
    public StatusVocabulary statuses() {
        return statuses;
    }

    /**
     * Parses one file.
     *
     * @param file path relative to the base directory, forward slashes
     * @param id   the ADR's id (path relative to the ADR directory without {@code .md}, see {@link Adr#id()})
     * @param text the decoded file text (a leading BOM is allowed)
     */
    public Adr parse(String file, String id, String text) {
        return parse(file, id, SourceText.of(text == null ? "" : text));
    }

    /** As {@link #parse(String, String, String)}, on the file's lines. */
    Adr parse(String file, String id, SourceText src) {
        try {
            return read(file, id, src);
        } catch (RuntimeException | StackOverflowError e) {
            // never let one odd file stop the build: keep what we know and say what went wrong
            return Adr.builder(file).id(id).lines(src.lines())
                    .problem("Could not read the file as an ADR: " + e, null).build();
        }
    }

    private Adr read(String file, String id, SourceText src) {
        Adr.Builder b = Adr.builder(file).id(id).lines(src.lines());
        FrontMatter fm = FrontMatterReader.read(src);
        int bodyStart = fm.present() ? fm.endLine() + 1 : 1;
        b.bodyStartLine(bodyStart);
        if (fm.problem() != null) {
            b.problem(fm.problem(), fm.problemLine());
        }
        MarkdownOutline outline = MarkdownOutline.parse(src.lines(), bodyStart);
        String stem = id.substring(id.lastIndexOf('/') + 1);
        String fileNumber = NumberReader.fileNumber(stem);
        b.fileNumber(fileNumber);
        TitleReader.Title title = TitleReader.read(b, fm, outline, fileNumber == null ? null : Integer.valueOf(fileNumber),
                src.lines(), bodyStart);
        List<Section> sections = SectionReader.read(src, outline, title.headingLine());
        sections.forEach(b::section);
        LinkReader linkReader = new LinkReader(outline);
        List<AdrLink> links = new ArrayList<>();

        List<MetadataLine> header = HeaderReader.read(src, outline, bodyStart, sections);
        Section statusSection = statusSection(sections);

        Status status = readStatus(b, fm, header, statusSection, src, outline, linkReader, links);
        int headerEnd = sections.isEmpty() ? src.size() : sections.get(0).line() - 1;
        DateReader.read(b, fm, header, TextLine.meaningful(src, outline, bodyStart, headerEnd), sections, src.lines(),
                status, stem);
        readFields(b, fm, header, linkReader, links);
        readSectionLinks(sections, src, outline, linkReader, links);
        readProseLinks(sections, statusSection, title.headingLine(), bodyStart, src, outline, linkReader, links);
        readFileLinks(outline, links);

        List<AdrLink> unique = new ArrayList<>(new LinkedHashSet<>(links));
        unique.sort((x, y) -> Integer.compare(x.line(), y.line()));
        unique.forEach(b::link);

        List<String> headings = new ArrayList<>();
        sections.forEach(s -> headings.add(s.heading()));
        String h1 = null;
        for (MarkdownOutline.HeadingInfo h : outline.headings()) {
            if (h.line() == title.headingLine()) {
                h1 = Markup.heading(h.rawText());
            }
        }
        DialectDetector.Detection dialect = DialectDetector.detect(new DialectDetector.Signals(stem, fm, header,
                statusSection != null, title.numbered(), TitleReader.adrPrefixed(outline), headings, h1));
        b.dialect(dialect.dialect(), dialect.reason());
        Adr adr = b.build();
        int dl = adr.dateLine();
        if (dl >= bodyStart && dl <= src.size() && DateReader.colonless(src.lines().get(dl - 1))) {
            // kept in the model, so that invalid-date never reads the file's text again
            adr = b.dateWithoutColon(true).build();
        }
        return adr;
    }

    private static Section statusSection(List<Section> sections) {
        for (Section s : sections) {
            if (STATUS_HEADING.get(s.heading())) {
                return s;
            }
        }
        return null;
    }

    private Status readStatus(Adr.Builder b, FrontMatter fm, List<MetadataLine> header, Section statusSection,
            SourceText src, MarkdownOutline outline, LinkReader linkReader, List<AdrLink> links) {
        Status status = null;
        String fmStatus = fm.text("status");
        if (fmStatus != null) {
            int line = fm.lineOf("status");
            links.addAll(linkReader.supersessions(fmStatus, line));
            status = statusReader.status(fmStatus, line);
        }
        for (MetadataLine m : header) {
            if (m.name().equals("status")) {
                links.addAll(linkReader.supersessions(m.value(), m.line()));
                if (status == null) {
                    status = statusReader.status(m.value(), m.line());
                }
            }
        }
        if (statusSection != null) {
            List<TextLine> lines = TextLine.meaningful(src, outline, statusSection.line() + 1, statusSection.endLine());
            for (TextLine l : lines) {
                addSectionLineLinks(linkReader, l, links);
            }
            if (status == null) {
                status = statusReader.fromSection(statusSection, lines);
            }
        }
        if (status != null) {
            b.status(status);
        }
        return status;
    }

    private static void readFields(Adr.Builder b, FrontMatter fm, List<MetadataLine> header, LinkReader linkReader,
            List<AdrLink> links) {
        for (Map.Entry<String, Object> e : fm.values().entrySet()) {
            String key = e.getKey();
            if (key.equals("status") || key.equals("date") || key.equals("title")) {
                continue;
            }
            String value = FrontMatter.asText(e.getValue());
            b.field(key, value, fm.lineOf(key));
            LinkKind kind = SUPERSESSION_KEYS.get(key);
            if (kind != null) {
                for (LinkReader.Target t : linkReader.valueTargets(value)) {
                    links.add(new AdrLink(kind, key + ": " + t.text(), t.path(), t.number(), fm.lineOf(key)));
                }
            }
        }
        for (MetadataLine m : header) {
            if (m.name().equals("status") || m.name().equals("date")) {
                continue;
            }
            if (FIELD_NAMES.contains(m.name()) || m.bold()) {
                b.field(m.name(), Markup.plain(m.value()), m.line());
            }
            LinkKind kind = SUPERSESSION_KEYS.get(m.name());
            if (kind != null && PARTIAL_VALUE.matcher(m.value()).find()) {
                kind = LinkKind.REFERENCE; // "Supersedes: ADR 0053 §7": a part of it, so the older ADR stands
            }
            if (kind != null) {
                for (LinkReader.Target t : linkReader.valueTargets(m.value())) {
                    links.add(new AdrLink(kind, m.key() + ": " + Markup.plain(t.text()), t.path(), t.number(),
                            m.line()));
                }
            }
        }
    }

    /** Supersession and references in Related Decisions / Links sections. */
    private static void readSectionLinks(List<Section> sections, SourceText src, MarkdownOutline outline,
            LinkReader linkReader, List<AdrLink> links) {
        for (Section s : sections) {
            if (!LINK_SECTION.get(s.heading())) {
                continue;
            }
            for (TextLine l : TextLine.meaningful(src, outline, s.line() + 1, s.endLine())) {
                addSectionLineLinks(linkReader, l, links);
            }
        }
    }

    /**
     * Supersession, amendments and ADR references written anywhere else in the body ({@code We supersede [ADR
     * 18](/adr/18) with this ADR}, {@code see ADR-0012}): every meaningful line outside the title, the Status section
     * and the link sections, skipping lines whose links were read already. Code blocks, code spans and URLs never count.
     */
    private static void readProseLinks(List<Section> sections, Section statusSection, int titleLine, int bodyStart,
            SourceText src, MarkdownOutline outline, LinkReader linkReader, List<AdrLink> links) {
        Set<Integer> done = new java.util.HashSet<>();
        for (AdrLink l : links) {
            if (l.kind() != LinkKind.FILE_LINK) {
                done.add(l.line());
            }
        }
        boolean[] skip = new boolean[src.size() + 2];
        if (titleLine > 0 && titleLine < skip.length) {
            skip[titleLine] = true;
        }
        for (Section s : sections) {
            if (s == statusSection || LINK_SECTION.get(s.heading())) {
                for (int n = s.line(); n <= Math.min(s.endLine(), src.size()); n++) {
                    skip[n] = true;
                }
            }
        }
        for (TextLine l : TextLine.meaningful(src, outline, bodyStart, src.size())) {
            if (skip[l.line()] || done.contains(l.line())) {
                continue;
            }
            List<AdrLink> sup = linkReader.proseSupersessions(l.text(), l.line());
            List<AdrLink> amends = linkReader.amendments(l.text(), l.line(), true);
            addLineLinks(sup, amends, linkReader.proseReferences(l.text(), l.line()), links);
        }
    }

    /** Adds the links of a line of the Status section or of a link section (not prose: every reference counts). */
    private static void addSectionLineLinks(LinkReader linkReader, TextLine l, List<AdrLink> links) {
        List<AdrLink> sup = linkReader.supersessions(l.text(), l.line());
        List<AdrLink> amends = linkReader.amendments(l.text(), l.line(), false);
        addLineLinks(sup, amends, linkReader.references(l.text(), l.line()), links);
    }

    /**
     * Adds the supersession and amendment links read in one line, then its references to ADRs that neither already
     * names. The readers' lists are not copied: most lines hold no link, and their lists are the same empty one.
     */
    private static void addLineLinks(List<AdrLink> sup, List<AdrLink> amends, List<AdrLink> refs,
            List<AdrLink> links) {
        links.addAll(sup);
        links.addAll(amends);
        for (int i = 0; i < refs.size(); i++) { // indexed: no iterator for the empty list of most lines
            AdrLink r = refs.get(i);
            if (!sameTarget(r, sup) && !sameTarget(r, amends)) {
                links.add(r);
            }
        }
    }

    private static boolean sameTarget(AdrLink r, List<AdrLink> others) {
        for (int i = 0; i < others.size(); i++) {
            AdrLink o = others.get(i);
            if ((r.targetPath() != null && r.targetPath().equals(o.targetPath()))
                    || (r.targetPath() == null && r.targetNumber() != null && r.targetNumber().equals(o.targetNumber()))) {
                return true;
            }
        }
        return false;
    }

    /** Every relative link or image destination to a file, for the broken-link check. */
    private static void readFileLinks(MarkdownOutline outline, List<AdrLink> links) {
        for (MarkdownOutline.LinkInfo l : outline.links()) {
            String url = l.url().strip();
            if (url.isEmpty() || url.startsWith("#") || url.startsWith("/") || url.startsWith("\\")
                    || SCHEME.matcher(url).lookingAt() || url.contains("{{") || url.contains("{%")) {
                continue;
            }
            links.add(new AdrLink(LinkKind.FILE_LINK, Markup.plain(l.text()), url, null, l.line()));
        }
    }
}
