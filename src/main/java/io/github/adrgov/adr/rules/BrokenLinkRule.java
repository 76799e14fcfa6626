package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLink;
import io.github.adrgov.adr.model.LinkKind;
import io.github.adrgov.adr.result.Severity;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code broken-link}: a relative Markdown link whose file does not exist, resolved against the linking ADR's folder
 * ({@code #anchor} and {@code ?query} removed, percent-escapes decoded). URLs and site-absolute paths are not checked,
 * and nothing is checked without a base directory. A link that is also read as an ADR reference or supersession
 * is left to {@code broken-reference} and {@code broken-supersession} when it names no ADR; when it names one by file
 * name but its path leads nowhere, it is reported here. When the link leaves out {@code .md} or writes the file name in
 * another case than the file on disk, the message names the file it most likely meant.
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
            Map<String, AdrLink> adrLinks = null;
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
                AdrLink asAdr = adrLinks.get(link.line() + "\n" + link.targetPath());
                boolean found = ctx.log().byFile(path).isPresent()
                        || exists.computeIfAbsent(path, p -> LinkTargets.exists(ctx, p).orElse(true));
                if (!found && asAdr != null && ctx.log().resolve(adr, asAdr).isEmpty()) {
                    continue; // the ADR rule reports it: one problem, one finding
                }
                if (!found) {
                    String meant = LinkTargets.nearMiss(ctx, path);
                    ctx.report(adr, link.line(), "Link \"" + link.targetPath() + "\" points to " + path
                            + ", which does not exist; " + (meant == null ? "fix the path or remove the link."
                                    : meant + " does, so link to it by that name."));
                }
            }
        }
    }

    /**
     * The links read as ADR references or supersessions, by line + target. Other rules report those that name no ADR;
     * one that names an ADR by its file name although its path leads nowhere ({@code ../adr/0004-x.md} from the same
     * folder, {@code ADR-004-X.md}, no {@code .md}) is still a broken link, reported here.
     */
    private static Map<String, AdrLink> adrLinkKeys(Adr adr) {
        Map<String, AdrLink> keys = new HashMap<>();
        for (AdrLink l : adr.links()) {
            if (l.kind() != LinkKind.FILE_LINK && l.targetPath() != null) {
                keys.putIfAbsent(l.line() + "\n" + l.targetPath(), l);
            }
        }
        return keys;
    }
}
