package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Problem;
import io.github.adrgov.adr.model.UnreadableFile;
import io.github.adrgov.adr.result.Severity;

/**
 * {@code unreadable-file}: a file under the ADR directory that could not be read or decoded, or that the parser could
 * make no sense of (a problem of the ADR that does not concern its front matter, which {@code invalid-front-matter}
 * reports).
 */
public final class UnreadableFileRule implements Rule {

    @Override public String id() { return "unreadable-file"; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "A file in the ADR directory cannot be read or decoded (I/O error, not UTF-8, binary).";
    }

    @Override public String example() {
        return """
                A file `docs/adr/0002-cache-prices.md` saved in Latin-1 (the `é` of "Décision" is the single byte 0xE9, which is
                not UTF-8), or a binary file such as a Word document or an image placed in the ADR folder.""";
    }

    @Override public String fix() {
        return """
                Save the file as UTF-8. A file that is not an ADR (a diagram, an exported PDF) belongs in another folder, or in
                `<excludes>`.""";
    }

    @Override public String configuration() {
        return """
                `<includes>` and `<excludes>` (glob patterns relative to the ADR folder) choose the files that are read.""";
    }

    @Override
    public void check(RuleContext ctx) {
        for (UnreadableFile f : ctx.log().unreadable()) {
            ctx.report(f.file(), null, "The file cannot be read (" + f.problem()
                    + "); save it as UTF-8 text, or exclude it from the ADR directory.");
        }
        for (Adr adr : ctx.log().adrs()) {
            for (Problem p : adr.problems()) {
                if (!InvalidFrontMatterRule.isFrontMatter(adr, p)) {
                    ctx.report(adr.file(), p.line() != null && p.line() > 0 ? p.line() : null, p.message());
                }
            }
        }
    }
}
