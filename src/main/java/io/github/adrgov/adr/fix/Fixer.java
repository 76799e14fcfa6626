package io.github.adrgov.adr.fix;

import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.edit.AdrEditor;
import io.github.adrgov.adr.edit.ChangeSet;
import io.github.adrgov.adr.edit.EditException;
import io.github.adrgov.adr.edit.FileChange;
import io.github.adrgov.adr.edit.LinePatch;
import io.github.adrgov.adr.edit.LineText;
import io.github.adrgov.adr.index.HandKeptIndex;
import io.github.adrgov.adr.index.IndexFile;
import io.github.adrgov.adr.index.IndexFileException;
import io.github.adrgov.adr.index.IndexRenderer;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.parse.DateReader;
import io.github.adrgov.adr.model.AdrLink;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.StatusCategory;
import io.github.adrgov.adr.model.Supersessions;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.ValidationResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plans the fixes that need no judgement, each answering a finding of a rule:
 * <ul>
 *   <li>{@code invalid-date}: a date whose reading is unambiguous ({@link DateReader}, the parser's own reader, with
 *       the day-month order the log's own dates settle) is written as ISO; only the
 *       date itself changes, a note after it stays;</li>
 *   <li>{@code superseded-still-active}: the older ADR's status becomes {@code Superseded by <the newer>};</li>
 *   <li>{@code one-sided-supersession}: the missing side is written in that ADR's own dialect ("Supersedes ..." where
 *       the dialect writes links, or the status of an older ADR that reads only "Superseded");</li>
 *   <li>{@value #SPELLING} (no rule: the reader already understands it): {@code Superceded}/{@code Supercedes}
 *       spelled right, case kept;</li>
 *   <li>{@code stale-index}: the marked block of the index is written again;</li>
 *   <li>{@code unlisted-adr}: the hand-kept list of the index is replaced by a marked block; the text around it
 *       stays.</li>
 * </ul>
 * Every other finding is left for a person. The ADR files are planned first ({@link #planAdrs}); the index, which
 * shows their statuses, is planned from the log as it is after them ({@link #planIndex}). Only the lines fixed change:
 * the editing core keeps the BOM, every line ending and the trailing newline as they are.
 */
public final class Fixer {

    /** The fix of the misspelled {@code Superceded}/{@code Supercedes}, which no rule reports. */
    public static final String SPELLING = "superseded-spelling";

    /** Every fix id, in the order fixes are made; also the values {@code adr.fix.rules} accepts. */
    public static final List<String> FIXES = List.of("invalid-date", "superseded-still-active",
            "one-sided-supersession", SPELLING, "stale-index", "unlisted-adr");

    private static final Pattern MISSPELLED = Pattern.compile("(?i)\\b(superced)(ed|es|e|ing)\\b");
    /** The key of a date line: {@code Date:}, {@code **Last Modified**:}, ... */
    private static final Pattern DATE_KEY = Pattern.compile("(?i)^[\\s>*_+-]*(?:date|last modified|introduced|created"
            + "|decision date|last updated|updated)[*_\\s]*:[*_\\s]*");
    /** A key in another language before the first colon (ASCII or full-width). */
    /**
     * What may stand between a date key and a date written plainly: space, markup, a quote or bracket, the bullet of
     * a changelog entry ({@code - 2022/11/14: Initial draft}).
     */
    private static final String PLAIN_LEAD = " \t*_\"'[(>-+";
    private static final Pattern OTHER_KEY = Pattern.compile("^[^:\uFF1A\\d]{1,20}[:\uFF1A][*_\\s]*");

    private final ValidationConfig config;
    private final Path baseDir;
    private final Set<String> only;

    /**
     * @param config  the configuration the log was validated with
     * @param baseDir the project base directory
     * @param only    the fix ids to make (see {@link #FIXES}); empty for all
     */
    public Fixer(ValidationConfig config, Path baseDir, Set<String> only) {
        this.config = config;
        this.baseDir = baseDir;
        this.only = Set.copyOf(only);
        for (String id : only) {
            if (!FIXES.contains(id)) {
                throw new IllegalArgumentException("adr.fix.rules names '" + id + "', which adr:fix does not fix;"
                        + " use " + String.join(", ", FIXES));
            }
        }
    }

    private boolean on(String id) {
        return only.isEmpty() || only.contains(id);
    }

    /** One ADR file being fixed: its text as read, the editor for model-based edits, and the fixes planned. */
    private final class FileFix {
        final Adr adr;
        final LineText original;
        final AdrEditor editor;
        final List<Fix> fixes = new ArrayList<>();
        boolean statusSet;

        FileFix(Adr adr) throws EditException {
            this.adr = adr;
            this.original = LineText.read(baseDir.resolve(adr.file()));
            this.editor = AdrEditor.of(adr, original, config.today().toString());
        }
    }

    /** Plans the fixes of the ADR files. */
    public FixPlan planAdrs(ValidationResult result) {
        AdrLog log = result.log();
        Map<String, List<Finding>> byRule = byRule(result);
        Map<String, FileFix> files = new TreeMap<>();
        List<String> refused = new ArrayList<>();
        Set<Finding> answered = new HashSet<>();

        if (on("superseded-still-active")) {
            for (Finding f : byRule.getOrDefault("superseded-still-active", List.of())) {
                Optional<Adr> older = log.byFile(f.file());
                Adr newer = older.flatMap(o -> successor(log, o)).orElse(null);
                if (newer == null) {
                    continue;
                }
                edit(files, older.get(), refused, ff -> {
                    String ref = AdrEditor.reference(ff.adr.dialect(), newer, link(ff.adr, newer));
                    describe(ff, "superseded-still-active", e -> e.supersededBy(ref));
                    ff.editor.supersededBy(ref);
                    ff.statusSet = true;
                });
                answered.add(f);
            }
        }
        if (on("one-sided-supersession")) {
            Set<String> reported = new HashSet<>();
            for (Finding f : byRule.getOrDefault("one-sided-supersession", List.of())) {
                reported.add(f.file());
            }
            for (Supersessions.Pair p : log.supersessions().pairs()) {
                Adr older = p.older();
                Adr newer = p.newer();
                if (p.byOlder() != null && p.byNewer() == null && reported.contains(older.file())
                        && resolvesToOne(log, older, p.byOlder())) {
                    edit(files, newer, refused, ff -> {
                        String path = link(newer, older);
                        String ref = AdrEditor.reference(newer.dialect(), older, path);
                        describe(ff, "one-sided-supersession", e -> e.supersedes(ref, older.number(), path));
                        ff.editor.supersedes(ref, older.number(), path);
                    });
                    markAnswered(byRule, older.file(), answered);
                } else if (p.byNewer() != null && p.byOlder() == null && reported.contains(newer.file())
                        && resolvesToOne(log, newer, p.byNewer())
                        && older.statusCategory() == StatusCategory.SUPERSEDED
                        && older.status().get().text().strip().replaceFirst("\\.$", "").matches("(?i)super[sc]eded")) {
                    edit(files, older, refused, ff -> {
                        if (ff.statusSet) {
                            return;
                        }
                        String ref = AdrEditor.reference(older.dialect(), newer, link(older, newer));
                        describe(ff, "one-sided-supersession", e -> e.supersededBy(ref));
                        ff.editor.supersededBy(ref);
                        ff.statusSet = true;
                    });
                    markAnswered(byRule, newer.file(), answered);
                }
            }
        }
        ChangeSet changes = new ChangeSet();
        List<Fix> fixes = new ArrayList<>();
        boolean dates = on("invalid-date");
        Map<String, Finding> dateFindings = new LinkedHashMap<>();
        for (Finding f : byRule.getOrDefault("invalid-date", List.of())) {
            dateFindings.put(f.file(), f);
        }
        Set<String> candidates = new java.util.TreeSet<>(files.keySet());
        if (dates) {
            candidates.addAll(dateFindings.keySet());
        }
        if (on(SPELLING)) {
            for (Adr a : log.adrs()) {
                for (String l : supersessionLines(a)) {
                    if (MISSPELLED.matcher(l).find()) {
                        candidates.add(a.file());
                        break;
                    }
                }
            }
        }
        for (String file : candidates) {
            Optional<Adr> adr = log.byFile(file);
            if (adr.isEmpty()) {
                continue;
            }
            try {
                FileFix ff = files.containsKey(file) ? files.get(file) : new FileFix(adr.get());
                LineText text = ff.editor.result();
                List<Fix> here = new ArrayList<>(ff.fixes);
                if (dates && dateFindings.containsKey(file)) {
                    LineText dated = fixDate(ff, text, here);
                    if (dated != text) {
                        answered.add(dateFindings.get(file));
                    }
                    text = dated;
                }
                if (on(SPELLING)) {
                    text = fixSpelling(file, text, supersessionLines(adr.get()), here);
                }
                FileChange change = new FileChange(baseDir.resolve(file), file, ff.original, text);
                if (change.changes()) {
                    changes.add(change);
                    fixes.addAll(here);
                }
            } catch (EditException | RuntimeException e) {
                refused.add(file + ": " + message(e));
            }
        }
        List<Finding> judgement = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (!answered.contains(f) && !(f.rule().equals("stale-index") || f.rule().equals("unlisted-adr"))) {
                judgement.add(f);
            }
        }
        return new FixPlan(fixes, changes, judgement, refused);
    }

    /**
     * Plans the fix of the index: the marked block written again ({@code stale-index}), or a hand-kept list taken
     * over ({@code unlisted-adr}). Call it with the log as it is once the ADR fixes are written.
     */
    public FixPlan planIndex(ValidationResult result) {
        String indexFile = config.indexFile();
        List<Fix> fixes = new ArrayList<>();
        ChangeSet changes = new ChangeSet();
        List<String> refused = new ArrayList<>();
        List<Finding> judgement = new ArrayList<>();
        if (indexFile == null) {
            return new FixPlan(fixes, changes, judgement, refused);
        }
        List<Finding> stale = findings(result, "stale-index", indexFile);
        List<Finding> unlisted = findings(result, "unlisted-adr", indexFile);
        Path file = baseDir.resolve(indexFile);
        try {
            List<String> body = new IndexRenderer(config.indexSettings()).render(result.log(), indexFile);
            if (!stale.isEmpty() && on("stale-index")) {
                Optional<String> text = IndexFile.read(file, indexFile);
                if (text.isPresent()) {
                    String merged = IndexFile.merge(text.get(), body, indexFile);
                    LineText before = LineText.read(file);
                    LineText after = LineText.ofText(before.bom(), merged.startsWith("\uFEFF") ? merged.substring(1)
                            : merged);
                    FileChange change = new FileChange(file, indexFile, before, after);
                    if (change.changes()) {
                        changes.add(change);
                        Integer line = stale.get(0).line();
                        fixes.add(new Fix(indexFile, line == null ? 0 : line, "stale-index",
                                "the marked index block is written again from the ADR files"));
                    }
                }
            } else if (!unlisted.isEmpty() && on("unlisted-adr")) {
                LineText before = LineText.read(file);
                Optional<HandKeptIndex> index = HandKeptIndex.read(before.content(), indexFile, result.log(),
                        config.statuses());
                if (index.isPresent()) {
                    int first = index.get().firstLine();
                    int last = index.get().lastLine();
                    LinePatch patch = LinePatch.create().replace(first, IndexRenderer.START_MARKER);
                    List<String> block = new ArrayList<>(body);
                    block.add(IndexRenderer.END_MARKER);
                    patch.insertAfter(first, block);
                    for (int n = first + 1; n <= last; n++) {
                        patch.delete(n);
                    }
                    changes.add(new FileChange(file, indexFile, before, patch.apply(before)));
                    fixes.add(new Fix(indexFile, first, "unlisted-adr", "the hand-kept list (lines " + first + "-"
                            + last + ") is replaced by a marked index block that mvn adr:index keeps up to date;"
                            + " the text around it stays, and stale-index guards the block from now on"));
                }
            }
        } catch (IOException | IndexFileException | RuntimeException e) {
            refused.add(indexFile + ": " + message(e));
        }
        return new FixPlan(fixes, changes, judgement, refused);
    }

    // ---- the fixes

    /** Writes the date in ISO form when its reading is unambiguous; gives the same text when it cannot. */
    private LineText fixDate(FileFix ff, LineText text, List<Fix> fixes) throws EditException {
        Adr adr = ff.adr;
        int n = adr.dateLine();
        if (n <= 0 || n > ff.original.size()) {
            return text;
        }
        String originalLine = ff.original.text(n);
        int at = lineNow(text, originalLine, n);
        if (at == 0) {
            return text;
        }
        String line = text.text(at);
        int from = n < adr.bodyStartLine() ? Math.max(0, line.indexOf(':') + 1) : valueStart(line);
        int start = from;
        while (start < line.length() && PLAIN_LEAD.indexOf(line.charAt(start)) >= 0) {
            start++;
        }
        DateReader.Found d = DateReader.at(line, start, null);
        if (d == null && adr.date() != null && adr.dateText() != null) {
            // the reader made a date of it further on (e.g. after a word): found where the model says it is
            int i = line.indexOf(adr.dateText(), from);
            if (i >= 0) {
                d = DateReader.at(line, i, null);
            }
        }
        if (d == null) {
            return text;
        }
        // the date as the model read it: an order the log's own dates settled (04/09/2018) counts, the line's own
        // reading first
        LocalDate date = d.date() != null ? d.date() : adr.date();
        if (date == null) {
            return text;
        }
        if (!line.substring(from, d.start()).chars().allMatch(c -> PLAIN_LEAD.indexOf(c) >= 0)) {
            return text; // something stands before the date (an entity, a word): not a date written plainly
        }
        String old = line.substring(d.start(), d.end());
        String iso = date.toString();
        if (old.equals(iso)) {
            return text;
        }
        String fixed = line.substring(0, d.start()) + iso + line.substring(d.end());
        fixes.add(new Fix(adr.file(), at, "invalid-date", old + " -> " + iso));
        return LinePatch.create().replace(at, fixed).apply(text);
    }

    /** Where the value of a {@code Date: ...} line begins (after its key), else 0. */
    private static int valueStart(String line) {
        Matcher m = DATE_KEY.matcher(line);
        if (m.find()) {
            return m.end();
        }
        int bar = line.toLowerCase(java.util.Locale.ROOT).indexOf("date**:");
        if (bar >= 0) {
            return bar + "date**:".length();
        }
        // a key in another language (the parser took this line for the date): the value follows the first colon
        Matcher other = OTHER_KEY.matcher(line);
        return other.find() ? other.end() : 0;
    }

    /** The line number of {@code original} in {@code text}: the same number when unchanged, else where it moved. */
    private static int lineNow(LineText text, String original, int n) {
        if (n <= text.size() && text.text(n).equals(original)) {
            return n;
        }
        for (int i = 1; i <= text.size(); i++) {
            if (text.text(i).equals(original)) {
                return i;
            }
        }
        return 0;
    }

    /** The lines that state the status or a supersession link, as written. */
    private static Set<String> supersessionLines(Adr adr) {
        Set<String> out = new HashSet<>();
        List<String> lines = adr.lines();
        adr.status().ifPresent(s -> {
            if (s.line() > 0 && s.line() <= lines.size()) {
                out.add(lines.get(s.line() - 1));
            }
        });
        for (AdrLink l : adr.links()) {
            if ((l.kind() == io.github.adrgov.adr.model.LinkKind.SUPERSEDES
                    || l.kind() == io.github.adrgov.adr.model.LinkKind.SUPERSEDED_BY)
                    && l.line() > 0 && l.line() <= lines.size()) {
                out.add(lines.get(l.line() - 1));
            }
        }
        return out;
    }

    /**
     * Spells {@code Superceded}/{@code Supercedes} right on the lines that state the status or a supersession link,
     * keeping the case of each letter.
     */
    private static LineText fixSpelling(String file, LineText text, Set<String> targets, List<Fix> fixes)
            throws EditException {
        LinePatch patch = LinePatch.create();
        for (int n = 1; n <= text.size(); n++) {
            String line = text.text(n);
            Matcher m = MISSPELLED.matcher(line);
            if (!targets.contains(line) || !m.find()) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            List<String> words = new ArrayList<>();
            m.reset();
            while (m.find()) {
                String word = m.group();
                String right = word.substring(0, 5) + (Character.isUpperCase(word.charAt(5)) ? "S" : "s")
                        + word.substring(6);
                words.add(word + " -> " + right);
                m.appendReplacement(sb, Matcher.quoteReplacement(right));
            }
            m.appendTail(sb);
            patch.replace(n, sb.toString());
            fixes.add(new Fix(file, n, SPELLING, String.join(", ", new java.util.LinkedHashSet<>(words))));
        }
        return patch.isEmpty() ? text : patch.apply(text);
    }

    // ---- helpers

    private interface Edit {
        void apply(FileFix ff) throws EditException;
    }

    private interface Op {
        void apply(AdrEditor e) throws EditException;
    }

    private void edit(Map<String, FileFix> files, Adr adr, List<String> refused, Edit edit) {
        try {
            FileFix ff = files.get(adr.file());
            if (ff == null) {
                ff = new FileFix(adr);
            }
            edit.apply(ff);
            files.put(adr.file(), ff);
        } catch (EditException | RuntimeException e) {
            refused.add(adr.file() + ": " + message(e));
        }
    }

    /** Describes one editor operation by applying it alone: the line it changes, old text -> new text. */
    private void describe(FileFix ff, String rule, Op op) throws EditException {
        AdrEditor alone = AdrEditor.of(ff.adr, ff.original, config.today().toString());
        op.apply(alone);
        LineText after = alone.result();
        List<String> a = ff.original.texts();
        List<String> b = after.texts();
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
            i++;
        }
        if (i == a.size() && i == b.size()) {
            return;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > i && endB > i && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<String> removed = a.subList(i, endA);
        List<String> added = new ArrayList<>(b.subList(i, endB));
        added.removeIf(String::isBlank);
        String change = removed.size() == 1 && added.size() == 1
                ? removed.get(0).strip() + " -> " + added.get(0).strip()
                : "adds \"" + String.join(" / ", added.stream().map(String::strip).toList()) + "\"";
        ff.fixes.add(new Fix(ff.adr.file(), i + 1, rule, change));
    }

    /** The successor that makes an active ADR superseded: the first newer ADR of a pair that stands. */
    private static Optional<Adr> successor(AdrLog log, Adr older) {
        for (Supersessions.Pair p : log.supersessions().pairs()) {
            StatusCategory c = p.newer().statusCategory();
            if (p.older() == older && c != StatusCategory.PROPOSED && c != StatusCategory.DRAFT
                    && c != StatusCategory.REJECTED) {
                return Optional.of(p.newer());
            }
        }
        return Optional.empty();
    }

    private static boolean resolvesToOne(AdrLog log, Adr from, AdrLink link) {
        return new HashSet<>(log.resolve(from, link)).size() == 1;
    }

    private static void markAnswered(Map<String, List<Finding>> byRule, String file, Set<Finding> answered) {
        for (Finding f : byRule.getOrDefault("one-sided-supersession", List.of())) {
            if (f.file().equals(file)) {
                answered.add(f);
            }
        }
    }

    /** The path of {@code to}'s file as a link from {@code from}'s file. */
    static String link(Adr from, Adr to) {
        Path dir = Path.of(from.file()).getParent();
        Path target = Path.of(to.file());
        String rel = (dir == null ? target : dir.relativize(target)).toString().replace('\\', '/');
        return rel.replace(" ", "%20");
    }

    private static Map<String, List<Finding>> byRule(ValidationResult result) {
        Map<String, List<Finding>> out = new LinkedHashMap<>();
        List<Finding> all = new ArrayList<>(result.findings());
        all.addAll(result.known());
        all.sort(Finding.ORDER);
        for (Finding f : all) {
            out.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
        }
        return out;
    }

    private static List<Finding> findings(ValidationResult result, String rule, String file) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (f.rule().equals(rule) && f.file().equals(file)) {
                out.add(f);
            }
        }
        for (Finding f : result.known()) {
            if (f.rule().equals(rule) && f.file().equals(file)) {
                out.add(f);
            }
        }
        return out;
    }

    private static String message(Exception e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.endsWith(".") ? m : m + "; left as it is.";
    }
}
