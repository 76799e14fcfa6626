package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.index.HandKeptIndex;
import io.github.adrgov.adr.index.IndexFile;
import io.github.adrgov.adr.index.IndexFileException;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.StatusCategory;
import io.github.adrgov.adr.result.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code unlisted-adr}: the index file is kept by hand (it has no markers of ours, but links ADR files) and misses an
 * ADR of the log, or lists one under a status its file contradicts. One finding per ADR missing, one per
 * contradiction. An index with markers is guarded by {@code stale-index} instead.
 */
public final class UnlistedAdrRule implements Rule {

    private static final String TAKE_OVER = "run mvn adr:fix to replace the hand-kept list by a block that"
            + " mvn adr:index keeps up to date";

    @Override
    public String id() {
        return "unlisted-adr";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "A hand-kept index (an index file without markers that links ADR files) misses an ADR or"
                + " contradicts its status.";
    }

    @Override
    public void check(RuleContext context) {
        String indexFile = context.config().indexFile();
        Optional<Path> baseDir = context.baseDir();
        if (indexFile == null || baseDir.isEmpty()) {
            return;
        }
        Optional<String> text;
        try {
            text = IndexFile.read(baseDir.get().resolve(indexFile), indexFile, context.files());
            if (text.isEmpty() || IndexFile.find(text.get(), indexFile).isPresent()) {
                return;
            }
        } catch (IOException | IndexFileException e) {
            return; // stale-index speaks for an index it cannot read or whose markers are broken
        }
        Optional<HandKeptIndex> index = HandKeptIndex.read(text.get(), indexFile, context.log(),
                context.config().statuses());
        if (index.isEmpty()) {
            return;
        }
        Set<Adr> linked = index.get().linked();
        for (Adr adr : context.log().adrs()) {
            if (!linked.contains(adr)) {
                context.report(indexFile, index.get().lastLine(), "The hand-kept ADR index does not list "
                        + RuleSupport.fileName(adr.file()) + describe(adr) + "; add it, or " + TAKE_OVER + ".");
            }
        }
        for (HandKeptIndex.Entry e : index.get().entries()) {
            StatusCategory actual = e.adr().statusCategory();
            if (e.listedAs() == null || actual == StatusCategory.OTHER || actual == e.listedAs()) {
                continue;
            }
            context.report(indexFile, e.line(), "The hand-kept ADR index lists "
                    + RuleSupport.fileName(e.adr().file()) + " as " + e.listedText() + ", but the file says "
                    + e.adr().status().get().text() + "; correct the index, or " + TAKE_OVER + ".");
        }
    }

    /** {@code  ("Use X", Accepted)}: the title and status as written, those the file has. */
    private static String describe(Adr adr) {
        List<String> parts = new ArrayList<>();
        if (adr.title() != null && !adr.title().isBlank()) {
            parts.add("\"" + adr.title() + "\"");
        }
        adr.status().ifPresent(s -> parts.add(s.text()));
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }
}
