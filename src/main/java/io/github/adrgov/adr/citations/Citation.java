package io.github.adrgov.adr.citations;

import java.util.Comparator;
import java.util.Objects;

/**
 * One citation of an ADR in a source or resource file.
 *
 * @param file     the citing file, relative to the project base directory with forward slashes
 * @param line     1-based line of the citation
 * @param text     the citation as written, e.g. {@code ADR-0012} or {@code docs/adr/0012-retries.md}
 * @param number   the number cited by a number form ({@code ADR-0012} gives 12), or null for a path
 * @param fileName the file name cited by a path form (e.g. {@code 0012-retries.md}), or null for a number
 */
public record Citation(String file, int line, String text, Integer number, String fileName) {

    /** By file, line, then text. */
    public static final Comparator<Citation> ORDER = Comparator.comparing(Citation::file)
            .thenComparingInt(Citation::line).thenComparing(Citation::text);

    public Citation {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        if ((number == null) == (fileName == null)) {
            throw new IllegalArgumentException("a citation names either a number or a file name");
        }
    }

    /** {@code src/main/java/x/Retry.java:12}. */
    public String location() {
        return file + ":" + line;
    }
}
