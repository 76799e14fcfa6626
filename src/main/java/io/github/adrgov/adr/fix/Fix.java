package io.github.adrgov.adr.fix;

/**
 * One change {@code adr:fix} makes, as shown to the user:
 * {@code docs/adr/0004-x.md:3: [invalid-date] 05/02/2018 -> 2018-02-05}.
 *
 * @param file   the file changed, relative to the base directory with forward slashes
 * @param line   the 1-based line changed (in the file as it was), or 0 when lines are added at the end
 * @param rule   the rule whose finding the change answers (or {@link Fixer#SPELLING})
 * @param change what changes, e.g. {@code 05/02/2018 -> 2018-02-05}
 */
public record Fix(String file, int line, String rule, String change) {

    /** The console line. */
    public String format() {
        return file + (line > 0 ? ":" + line : "") + ": [" + rule + "] " + change;
    }
}
