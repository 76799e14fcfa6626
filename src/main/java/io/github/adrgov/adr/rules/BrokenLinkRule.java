package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLink;
import io.github.adrgov.adr.model.LinkKind;
import io.github.adrgov.adr.result.Severity;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code broken-link}: a relative Markdown link whose file does not exist, resolved against the linking ADR's folder
 * ({@code #anchor} and {@code ?query} removed, percent-escapes decoded). URLs and site-absolute paths are not checked,
 * and nothing is checked without a base directory. When the link leaves out {@code .md} or writes the file name in
 * another case than the file on disk, the message names the file it most likely meant. A link that is also read as an ADR reference or supersession is
 * left to {@code broken-reference} and {@code broken-supersession}.
 */
public final class BrokenLinkRule implements Rule {

    @Override public String id() { return "broken-link"; }

    @Override public Severity defaultSeverity() { return Severity.WARNING; }

    @Override public String description() {
        return "A relative Markdown link points to a file that does not exist.";
    }

    @Override public String example() {
        return """
                ==> docs/adr/0001-use-postgresql.md <==
                # 1. Use PostgreSQL

                Date: 2025-01-15

                ## Status

                Accepted

                ## Context

                The orders flow is drawn in [the diagram](images/orders.png).

                ## Decision

                We will use PostgreSQL.

                ## Consequences

                We run one more database.
                """;
    }

    @Override public String fix() {
        return """
                Fix the path (relative to the ADR file) or add the missing file.""";
    }

    @Override
    public void check(RuleContext ctx) {
        if (ctx.baseDir().isEmpty()) {
            return;
        }
        Map<String, Boolean> exists = new HashMap<>();
        for (Adr adr : ctx.log().adrs()) {
            Set<String> adrLinks = null;
            for (AdrLink link : adr.links()) {
                if (link.kind() != LinkKind.FILE_LINK || link.targetPath() == null) {
                    continue;
                }
                String path = LinkTargets.projectPath(adr, link.targetPath());
                if (path == null) {
                    continue;
                }
                if (adrLinks == null) {
                    adrLinks = adrLinkKeys(adr);
                }
                if (adrLinks.contains(link.line() + "\n" + link.targetPath())) {
                    continue;
                }
                boolean found = ctx.log().byFile(path).isPresent()
                        || exists.computeIfAbsent(path, p -> LinkTargets.exists(ctx, p).orElse(true));
                if (!found) {
                    String meant = LinkTargets.nearMiss(ctx, path);
                    ctx.report(adr, link.line(), "Link \"" + link.targetPath() + "\" points to " + path
                            + ", which does not exist; " + (meant == null ? "fix the path or remove the link."
                                    : meant + " does, so link to it by that name."));
                }
            }
        }
    }

    /** line + target of the links read as ADR references or supersessions, which other rules check. */
    private static Set<String> adrLinkKeys(Adr adr) {
        Set<String> keys = new HashSet<>();
        for (AdrLink l : adr.links()) {
            if (l.kind() != LinkKind.FILE_LINK && l.targetPath() != null) {
                keys.add(l.line() + "\n" + l.targetPath());
            }
        }
        return keys;
    }
}
