package io.github.adrgov.adr.author;

import io.github.adrgov.adr.config.StatusTransitions;
import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.edit.AdrEditor;
import io.github.adrgov.adr.edit.ChangeSet;
import io.github.adrgov.adr.edit.EditException;
import io.github.adrgov.adr.edit.FileChange;
import io.github.adrgov.adr.edit.LineText;
import io.github.adrgov.adr.index.IndexFile;
import io.github.adrgov.adr.index.IndexFileException;
import io.github.adrgov.adr.index.IndexRenderer;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.BaselineSnapshot;
import io.github.adrgov.adr.model.Dialect;
import io.github.adrgov.adr.model.LinkKind;
import io.github.adrgov.adr.model.StatusCategory;
import io.github.adrgov.adr.parse.AdrParser;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plans the authoring requests ({@code adr:new}, {@code adr:supersede}, {@code adr:status}) as one
 * {@link ChangeSet} each: the new file, the rewritten status of the old ones, and the marked index when the log has
 * one. Every check is made while planning, so a refused request writes nothing; the plan also holds the log as it
 * will be and the findings the validator has on the touched files that were not there before. Not thread-safe; one
 * instance per request.
 */
public final class Authoring {

    /** The file that a log following adr-tools keeps its team template in, under the ADR directory. */
    public static final String TEAM_TEMPLATE = "templates/template.md";

    private static final Pattern NUMBER_REF = Pattern.compile("(?i)^(?:a?dr[-_ ]?)?#?(\\d{1,9})$");

    /**
     * What a request runs against.
     *
     * @param baseDir  the project base directory (writes stay below it)
     * @param adrDir   the ADR directory
     * @param log      the log as read
     * @param config   the validation configuration (statuses, numbering, transitions, today, index settings)
     * @param baseline the git baseline, or null (its tip's numbers are taken)
     * @param index    the index file, or null for none
     */
    public record Setup(Path baseDir, Path adrDir, AdrLog log, ValidationConfig config, BaselineSnapshot baseline,
            Path index) {
        public Setup {
            Objects.requireNonNull(baseDir, "baseDir");
            Objects.requireNonNull(adrDir, "adrDir");
            Objects.requireNonNull(log, "log");
            Objects.requireNonNull(config, "config");
        }
    }

    /**
     * A new ADR.
     *
     * @param title        the title (one line, not empty)
     * @param template     {@code full} or {@code quick} for the seed forms, or null for the log's own dialect
     * @param templateFile the team's template, or null to look for {@value #TEAM_TEMPLATE}
     * @param supersedes   the ADRs it supersedes (numbers or ids), empty for a plain new ADR
     * @param status       the status to write, or null for Proposed (Accepted when it supersedes)
     * @param deciders     who decides, or null
     */
    public record NewRequest(String title, String template, Path templateFile, List<String> supersedes, String status,
            String deciders) {
        public NewRequest {
            supersedes = supersedes == null ? List.of() : List.copyOf(supersedes);
        }
    }

    /**
     * A planned request.
     *
     * @param changes     the files to write
     * @param created     the new ADR's path relative to the base directory, or null
     * @param after       the log as it will be
     * @param newFindings the validator's findings on touched files that were not there before
     * @param notes       what the user should know about the plan, one sentence each
     */
    public record Plan(ChangeSet changes, String created, AdrLog after, List<Finding> newFindings, List<String> notes) {
    }

    private final Setup setup;
    private final AdrParser parser;
    private final String today;

    public Authoring(Setup setup) {
        this.setup = setup;
        this.parser = new AdrParser(setup.config().statuses());
        this.today = setup.config().today().toString();
    }

    /** Plans {@code adr:new} and {@code adr:supersede}. */
    public Plan planNew(NewRequest r) throws AuthorException {
        String title = r.title() == null ? "" : r.title().strip();
        if (title.isEmpty()) {
            throw new AuthorException("The title is empty; give one with -Dadr.title=\"Use Kafka for domain events\". "
                    + "Nothing was written.");
        }
        if (title.indexOf('\n') >= 0 || title.indexOf('\r') >= 0) {
            throw new AuthorException("The title must be one line. Nothing was written.");
        }
        AdrLog log = setup.log();
        List<Adr> olds = resolveAll(r.supersedes());
        for (Adr old : olds) {
            checkSupersedable(old);
        }
        boolean numbered = log.adrs().isEmpty()
                ? setup.config().numbering() != io.github.adrgov.adr.config.NumberingMode.UNNUMBERED
                : Validator.isNumbered(log, setup.config());
        LogStyle style = LogStyle.of(log, numbered, lineEnding(log));
        List<String> notes = new ArrayList<>();
        if (log.adrs().isEmpty()) {
            notes.add("The log has no ADR yet, so the new one uses the seed's "
                    + ("quick".equalsIgnoreCase(r.template()) ? "quick" : "full") + " template.");
        }
        if (r.template() != null && !r.template().isBlank()) {
            String t = r.template().strip().toLowerCase(Locale.ROOT);
            if (!t.equals("full") && !t.equals("quick")) {
                throw new AuthorException("adr.template is '" + r.template() + "'; use full or quick. Nothing was written.");
            }
            style = style.withDialect(t.equals("quick") ? Dialect.QUICK : Dialect.TEMPLATE);
        }
        Integer number = numbered ? NextNumber.of(log, setup.baseline() == null ? null : setup.baseline().tip()) : null;
        String statusWord = r.status() != null && !r.status().isBlank() ? capitalised(r.status().strip())
                : olds.isEmpty() ? "Proposed" : "Accepted";
        if (setup.config().statuses().categoryOf(statusWord) == null) {
            throw new AuthorException("Status \"" + statusWord + "\" is not in the vocabulary ("
                    + String.join(", ", setup.config().statuses().words().keySet()) + "). Nothing was written.");
        }
        String fileName = style.fileName(number, title, setup.config().today());
        String file = join(style.folder(), fileName);
        Path path = setup.baseDir().resolve(file).normalize();
        if (Files.exists(path) || log.byFile(file).isPresent()) {
            throw new AuthorException(file + " already exists. Nothing was written.");
        }
        NewAdrText.Values values = new NewAdrText.Values(number, number == null ? null : style.numberText(number),
                title, today, statusWord, r.deciders() == null || r.deciders().isBlank() ? null : r.deciders().strip());
        List<String> lines;
        Path team = teamTemplate(r.templateFile());
        if (team != null) {
            lines = NewAdrText.fromTemplate(read(team, relative(team)).texts(), values);
            notes.add("Written from the team template " + relative(team) + ".");
        } else {
            lines = NewAdrText.render(style, values);
        }
        LineText text = LineText.ofLines(lines, style.lineEnding(), true);
        String id = idOf(file);
        Adr created = parser.parse(file, id, text.content());
        Map<String, Adr> replaced = new LinkedHashMap<>();
        ChangeSet changes = new ChangeSet();
        try {
            if (!olds.isEmpty()) {
                for (Adr old : olds) {
                    // one edit at a time on a fresh parse, so that a second link joins the first one
                    String link = linkPath(file, old.file());
                    Dialect d = created.dialect() == Dialect.UNKNOWN ? style.dialect() : created.dialect();
                    text = AdrEditor.of(created, text, today)
                            .supersedes(AdrEditor.reference(d, old, link), old.number(), link).result();
                    created = parser.parse(file, id, text.content());
                }
            }
            changes.add(new FileChange(path, file, null, text));
            for (Adr old : olds) {
                Path oldPath = setup.baseDir().resolve(old.file());
                LineText before = read(oldPath, old.file());
                String link = linkPath(old.file(), file);
                LineText after = AdrEditor.of(old, before, today)
                        .supersededBy(AdrEditor.reference(old.dialect(), created, link)).result();
                changes.add(new FileChange(oldPath, old.file(), before, after));
                replaced.put(old.file(), parser.parse(old.file(), old.id(), after.content()));
            }
        } catch (EditException e) {
            throw new AuthorException(e.getMessage() + (e.getMessage().endsWith("written") ? "." : " Nothing was written."), e);
        }
        return finish(changes, file, created, replaced, notes);
    }

    /** Plans {@code adr:status}. */
    public Plan planStatus(String ref, String status) throws AuthorException {
        if (ref == null || ref.isBlank()) {
            throw new AuthorException("Name the ADR with -Dadr.id=12 (its number or id). Nothing was written.");
        }
        if (status == null || status.isBlank()) {
            throw new AuthorException("Name the new status with -Dadr.status=accepted. Nothing was written.");
        }
        Adr adr = resolve(ref.strip());
        String word = capitalised(status.strip());
        StatusCategory to = setup.config().statuses().categoryOf(word);
        if (to == null) {
            throw new AuthorException("Status \"" + status.strip() + "\" is not in the vocabulary ("
                    + String.join(", ", setup.config().statuses().words().keySet()) + "). Nothing was written.");
        }
        if (to == StatusCategory.SUPERSEDED) {
            throw new AuthorException("An ADR is superseded by a new ADR: run mvn adr:supersede -Dadr.supersedes="
                    + ref.strip() + " -Dadr.title=\"...\" instead. Nothing was written.");
        }
        StatusCategory from = adr.statusCategory();
        StatusTransitions table = setup.config().statusTransitions();
        if (from != StatusCategory.OTHER && !table.allows(from, to)) {
            throw new AuthorException(adr.file() + ": status " + from.id() + " may not become " + to.id()
                    + " (allowed: " + allowed(table, from) + "; the table of illegal-status-transition, "
                    + "adr.statusTransitions). Nothing was written.");
        }
        Path path = setup.baseDir().resolve(adr.file());
        ChangeSet changes = new ChangeSet();
        Map<String, Adr> replaced = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        try {
            LineText before = read(path, adr.file());
            LineText after = AdrEditor.of(adr, before, today).status(word).result();
            changes.add(new FileChange(path, adr.file(), before, after));
            replaced.put(adr.file(), parser.parse(adr.file(), adr.id(), after.content()));
            if (before.equals(after)) {
                notes.add(adr.file() + " already has status " + adr.status().map(s -> s.text()).orElse(word)
                        + "; nothing to change.");
            }
        } catch (EditException e) {
            throw new AuthorException(e.getMessage() + " Nothing was written.", e);
        }
        return finish(changes, null, null, replaced, notes);
    }

    // ---- shared steps

    private Plan finish(ChangeSet changes, String createdFile, Adr created, Map<String, Adr> replaced,
            List<String> notes) throws AuthorException {
        AdrLog log = setup.log();
        List<Adr> adrs = new ArrayList<>();
        for (Adr a : log.adrs()) {
            adrs.add(replaced.getOrDefault(a.file(), a));
        }
        if (created != null) {
            adrs.add(created);
        }
        AdrLog after = new AdrLog(log.directory(), adrs, log.unreadable(), log.skipped());
        Optional<FileChange> index = indexChange(after);
        index.ifPresent(changes::add);
        Set<String> touched = new LinkedHashSet<>();
        for (FileChange c : changes.effective()) {
            touched.add(c.path());
        }
        Validator validator = new Validator();
        Set<String> known = new HashSet<>();
        for (Finding f : validator.validate(log, setup.config(), setup.baseDir(), setup.baseline()).findings()) {
            known.add(f.file() + "\u0000" + f.rule() + "\u0000" + f.message());
        }
        List<Finding> fresh = new ArrayList<>();
        for (Finding f : validator.validate(after, setup.config(), setup.baseDir(), setup.baseline()).findings()) {
            // the index rule reads the index on disk, which this plan is about to rewrite
            boolean rewrittenIndex = index.isPresent() && f.rule().equals("stale-index");
            if (touched.contains(f.file()) && !rewrittenIndex
                    && !known.contains(f.file() + "\u0000" + f.rule() + "\u0000" + f.message())) {
                fresh.add(f);
            }
        }
        return new Plan(changes, createdFile, after, List.copyOf(fresh), List.copyOf(notes));
    }

    /** The rewritten index when the log has a marked one. */
    private Optional<FileChange> indexChange(AdrLog after) throws AuthorException {
        Path index = setup.index();
        if (index == null || !Files.isRegularFile(index)) {
            return Optional.empty();
        }
        String name = relative(index);
        try {
            LineText before = LineText.read(index);
            String text = before.content();
            if (IndexFile.find(text, name).isEmpty()) {
                return Optional.empty();
            }
            List<String> body = new IndexRenderer(setup.config().indexSettings()).render(after, name);
            String merged = IndexFile.merge(text, body, name);
            LineText updated = LineText.ofText(before.bom(), merged);
            return updated.equals(before) ? Optional.empty() : Optional.of(new FileChange(index, name, before, updated));
        } catch (EditException | IndexFileException e) {
            throw new AuthorException("The index " + name + " cannot be updated: " + e.getMessage()
                    + " Nothing was written.", e);
        }
    }

    private void checkSupersedable(Adr old) throws AuthorException {
        boolean byLink = !old.links(LinkKind.SUPERSEDED_BY).isEmpty()
                || !setup.log().supersessions().supersededBy(old).isEmpty();
        if (old.statusCategory() == StatusCategory.SUPERSEDED || byLink) {
            throw new AuthorException(old.file() + " is already superseded (status \""
                    + old.status().map(s -> s.text()).orElse("") + "\"); supersede its successor instead. "
                    + "Nothing was written.");
        }
        StatusCategory from = old.statusCategory();
        StatusTransitions table = setup.config().statusTransitions();
        if (from != StatusCategory.OTHER && !table.allows(from, StatusCategory.SUPERSEDED)) {
            throw new AuthorException(old.file() + ": status " + from.id() + " may not become superseded (allowed: "
                    + allowed(table, from) + "). Nothing was written.");
        }
    }

    private List<Adr> resolveAll(List<String> refs) throws AuthorException {
        List<Adr> out = new ArrayList<>();
        for (String raw : refs) {
            for (String r : raw.split(",")) {
                if (r.isBlank()) {
                    continue;
                }
                Adr a = resolve(r.strip());
                if (out.contains(a)) {
                    throw new AuthorException(a.file() + " is named twice in adr.supersedes. Nothing was written.");
                }
                out.add(a);
            }
        }
        return out;
    }

    /** The ADR a user names: by number ({@code 12}, {@code 0012}, {@code ADR-012}), id, or file name. */
    Adr resolve(String ref) throws AuthorException {
        AdrLog log = setup.log();
        Matcher m = NUMBER_REF.matcher(ref);
        if (m.matches()) {
            List<Adr> found = log.byNumber(Integer.parseInt(m.group(1)));
            if (found.size() == 1) {
                return found.get(0);
            }
            if (found.size() > 1) {
                List<String> files = new ArrayList<>();
                found.forEach(a -> files.add(a.file()));
                throw new AuthorException("ADR " + ref + " is ambiguous: " + String.join(", ", files)
                        + " share the number; name one by its id (file name without .md). Nothing was written.");
            }
        }
        Optional<Adr> byId = log.byId(ref.replaceFirst("(?i)\\.(md|markdown)$", ""));
        if (byId.isPresent()) {
            return byId.get();
        }
        for (Adr a : log.adrs()) {
            String name = a.file().substring(a.file().lastIndexOf('/') + 1);
            if (name.equalsIgnoreCase(ref) || a.file().equals(ref)) {
                return a;
            }
        }
        throw new AuthorException("There is no ADR " + ref + " in " + log.directory() + ". Nothing was written.");
    }

    private Path teamTemplate(Path configured) throws AuthorException {
        if (configured != null) {
            if (!Files.isRegularFile(configured)) {
                throw new AuthorException("The template file " + relative(configured)
                        + " (adr.templateFile) does not exist. Nothing was written.");
            }
            return configured;
        }
        Path t = setup.adrDir().resolve(TEAM_TEMPLATE);
        return Files.isRegularFile(t) ? t : null;
    }

    private LineText read(Path file, String shown) throws AuthorException {
        try {
            return LineText.of(Files.readAllBytes(file), shown);
        } catch (EditException e) {
            throw new AuthorException(e.getMessage() + " Nothing was written.", e);
        } catch (java.io.IOException e) {
            throw new AuthorException(shown + ": cannot be read (" + e.getClass().getSimpleName()
                    + "). Nothing was written.", e);
        }
    }

    /** The line ending of the latest ADR's file, so new files match the log. */
    private String lineEnding(AdrLog log) {
        for (int i = log.adrs().size() - 1; i >= 0; i--) {
            Path p = setup.baseDir().resolve(log.adrs().get(i).file());
            try {
                return LineText.of(Files.readAllBytes(p), p.toString()).dominantEnding();
            } catch (java.io.IOException e) {
                // try an older one
            }
        }
        return "\n";
    }

    private String idOf(String file) {
        String dir = setup.log().directory();
        String rel = dir.isEmpty() || dir.equals(".") ? file : file.startsWith(dir + "/") ? file.substring(dir.length() + 1) : file;
        return rel.replaceFirst("(?i)\\.(md|markdown)$", "");
    }

    private String relative(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path base = setup.baseDir().toAbsolutePath().normalize();
        return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
    }

    /** The path of {@code to} relative to the folder of {@code from}, both relative to the base directory. */
    static String linkPath(String from, String to) {
        Path fromDir = Path.of(from).getParent();
        Path target = Path.of(to);
        String rel = fromDir == null ? to : fromDir.relativize(target).toString();
        return rel.replace('\\', '/');
    }

    private static String join(String folder, String name) {
        return folder == null || folder.isEmpty() || folder.equals(".") ? name : folder + "/" + name;
    }

    private static String allowed(StatusTransitions table, StatusCategory from) {
        List<String> ids = new ArrayList<>();
        table.allowedFrom(from).forEach(c -> ids.add(c.id()));
        return ids.isEmpty() ? "none, " + from.id() + " is final" : String.join(", ", ids);
    }

    private static String capitalised(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
