package io.github.adrgov.adr.baseline;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the same ADR in another version of the log: by file path first, then by id (the same file under a moved ADR
 * directory), then a rename: the same number and the same title.
 */
public final class AdrMatcher {

    private AdrMatcher() {
    }

    /** The ADR of {@code other} that is {@code adr} in another commit, if any. */
    public static Optional<Adr> counterpart(Adr adr, AdrLog other) {
        Optional<Adr> byFile = other.byFile(adr.file());
        if (byFile.isPresent()) {
            return byFile;
        }
        Optional<Adr> byId = other.byId(adr.id());
        if (byId.isPresent()) {
            return byId;
        }
        if (adr.number() != null && adr.title() != null) {
            for (Adr candidate : other.byNumber(adr.number())) {
                if (candidate.title() != null && sameTitle(candidate.title(), adr.title())) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the log still has the file in some form: read, unreadable or skipped. */
    public static boolean hasFile(AdrLog log, String file) {
        return log.byFile(file).isPresent()
                || log.unreadable().stream().anyMatch(u -> u.file().equals(file))
                || log.skipped().contains(file);
    }

    private static boolean sameTitle(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String s) {
        return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
