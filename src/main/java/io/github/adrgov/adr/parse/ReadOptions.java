package io.github.adrgov.adr.parse;

import io.github.adrgov.adr.config.StatusVocabulary;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to read under the ADR directory and how to classify statuses.
 *
 * @param includes glob patterns relative to the ADR directory ({@code **}/{@code *} syntax) of files to read;
 *                 matching ignores case, {@code **}{@code /x} also matches {@code x} at the top
 * @param excludes glob patterns of files to skip as non-ADRs; skipped files are listed in the log, never dropped
 *                 silently
 * @param statuses the status vocabulary used to classify statuses
 * @param cacheDirectory where the parse cache lives (e.g. {@code target/adr/cache}), or null for no cache; see
 *                 {@link ParseCache}
 */
public record ReadOptions(List<String> includes, List<String> excludes, StatusVocabulary statuses,
        Path cacheDirectory) {

    /** Every Markdown file, at any depth (patterns match regardless of case, so this also reads {@code X.MD}). */
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.md", "**/*.markdown");

    /**
     * The non-ADR files of a typical ADR directory: the index at the top ({@code README.md}, {@code index.md},
     * {@code toc.md}) and templates at any depth ({@code template.md}, {@code adr-template.md},
     * {@code 0000-TEMPLATE.md}, {@code NNNN-adr-template.md}, {@code ADRXXX-...-template.md}, {@code adr-template-lite.md},
     * {@code adr.template.md}).
     * Patterns match regardless of case. Sub-folder README/index files are handled by {@link LogReader}.
     */
    public static final List<String> DEFAULT_EXCLUDES = List.of(
            "README.md", "index.md", "toc.md", "**/template.md", "**/*-template.md", "**/*_template.md",
            "**/adr-template*.md", "**/template-*.md", "**/*.template.md");

    public ReadOptions {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        Objects.requireNonNull(statuses, "statuses");
    }

    /** Options without a parse cache. */
    public ReadOptions(List<String> includes, List<String> excludes, StatusVocabulary statuses) {
        this(includes, excludes, statuses, null);
    }

    /** These options with the parse cache in {@code dir} (null: no cache). */
    public ReadOptions withCacheDirectory(Path dir) {
        return new ReadOptions(includes, excludes, statuses, dir);
    }

    /** The defaults: every Markdown file but the usual non-ADR files, default vocabulary. */
    public static ReadOptions defaults() {
        return new ReadOptions(DEFAULT_INCLUDES, DEFAULT_EXCLUDES, StatusVocabulary.defaults());
    }
}
