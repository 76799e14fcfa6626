package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.model.Adr;

/**
 * A rule that judges each ADR on its own: what it reports about an ADR depends only on that ADR's file (its model and
 * its text) and the configuration, never on another ADR, the log as a whole, the file system, the clock or the
 * baseline. The engine may therefore run it on each file while the file's text is at hand, and keep its findings with
 * the file's model in the parse cache, so that a build over an unchanged ADR does not check it again. A rule that
 * needs more than its file must implement {@link Rule} instead.
 *
 * <p>The contract is kept by the types: a file rule implements {@link #check(Adr, FileContext)}, which is given one
 * ADR and a {@link FileContext} that holds the configuration and the report method and nothing else (no log, no base
 * directory, no baseline), and cannot override {@link #check(RuleContext)}. What the types cannot stop, state kept
 * from one file to the next or a look at the date of today, {@code FileRuleContractTest} catches for every file rule of
 * the catalogue.
 */
public abstract class FileRule implements Rule {

    /** What a file rule sees besides its ADR: the configuration, and where to report problems. */
    public interface FileContext {

        /** The configuration; a file rule must not look at {@link ValidationConfig#today()}. */
        ValidationConfig config();

        /** Reports a problem in a file (path relative to the base directory), at a 1-based line or null. */
        void report(String file, Integer line, String message);

        /** Reports a problem in an ADR at a 1-based line; a line of 0 or less is reported as null (the whole file). */
        default void report(Adr adr, int line, String message) {
            report(adr.file(), line > 0 ? line : null, message);
        }
    }

    /** Checks one ADR and reports each problem found in it. */
    public abstract void check(Adr adr, FileContext ctx);

    /** Checks each ADR of the context's log on its own. */
    @Override
    public final void check(RuleContext ctx) {
        FileContext one = new FileContext() {
            @Override public ValidationConfig config() { return ctx.config(); }

            @Override public void report(String file, Integer line, String message) {
                ctx.report(file, line, message);
            }
        };
        for (Adr adr : ctx.log().adrs()) {
            check(adr, one);
        }
    }
}
