package io.github.adrgov.adr.maven;

import io.github.adrgov.adr.config.NumberingMode;
import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.index.IndexSettings;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.Dialect;
import io.github.adrgov.adr.model.StatusCategory;
import io.github.adrgov.adr.parse.LogReader;
import io.github.adrgov.adr.parse.FileWork;
import io.github.adrgov.adr.parse.ReadOptions;
import io.github.adrgov.adr.result.Severity;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters every goal shares, and their translation into the core's {@link ReadOptions} and
 * {@link ValidationConfig}. Nothing else lives here: goals call the core.
 */
public abstract class AbstractAdrMojo extends AbstractMojo {

    /** The project base directory; every path in the output is relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File basedir;

    /** The build directory; machine-readable output goes to its {@code adr/} folder. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    protected File buildDirectory;

    /**
     * The project's {@code project.build.outputTimestamp} (reproducible builds): when set, its date in UTC is the day
     * {@code future-date} compares with, instead of today in UTC.
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    protected String outputTimestamp;

    /** The directory that holds the ADR log. */
    @Parameter(property = AdrProperties.DIRECTORY, defaultValue = AdrProperties.DEFAULT_DIRECTORY)
    protected File directory;

    /**
     * Files to read under the ADR directory, as glob patterns relative to it (comma-separated on the command line).
     * Default: every Markdown file at any depth.
     */
    @Parameter(property = AdrProperties.INCLUDES)
    protected List<String> includes;

    /**
     * Files to skip as not being ADRs, as glob patterns relative to the ADR directory. Default: {@code README.md},
     * {@code index.md}, {@code toc.md}, {@code template.md} at the top of the directory and template files
     * ({@code adr-template*.md}, {@code *-template.md}) anywhere. Skipped files are listed at debug level.
     */
    @Parameter(property = AdrProperties.EXCLUDES)
    protected List<String> excludes;

    /** Skips every goal of this plugin. */
    @Parameter(property = AdrProperties.SKIP, defaultValue = "false")
    protected boolean skip;

    /**
     * The status vocabulary, replacing the default (Proposed, Accepted, Rejected, Deprecated, Superseded, Draft).
     * Each entry is a word, or {@code word=category} to map a team's own word onto a lifecycle category (one of
     * proposed, accepted, rejected, deprecated, superseded, draft), for example {@code approved=accepted}. A plain
     * word that names a category maps to it; any other plain word counts as its own status.
     */
    @Parameter(property = AdrProperties.STATUSES)
    protected List<String> statuses;

    /**
     * Words added to the status vocabulary (default or configured), each mapped to a lifecycle category:
     * {@code <extraStatuses><approved>accepted</approved><pending>proposed</pending></extraStatuses>}.
     */
    @Parameter
    protected Map<String, String> extraStatuses;

    /**
     * Whether the log numbers its ADRs: {@code auto} (numbered when at least half the ADRs carry a number),
     * {@code numbered} or {@code unnumbered} (slug ids, e.g. log4brains).
     */
    @Parameter(property = AdrProperties.NUMBERING, defaultValue = "auto")
    protected String numbering;

    /**
     * Required sections per dialect, replacing the defaults, as a comma-separated list; alternatives are separated by
     * {@code |}. Dialects: template, quick, nygard, madr, log4brains, unknown. Example:
     * {@code <requiredSections><nygard>Status, Context, Decision</nygard></requiredSections>}.
     */
    @Parameter
    protected Map<String, String> requiredSections;

    /**
     * Required metadata fields other than status and date per dialect, replacing the defaults (template: Deciders),
     * as a comma-separated list. Example: {@code <requiredFields><madr>deciders</madr></requiredFields>}.
     */
    @Parameter
    protected Map<String, String> requiredFields;

    /**
     * Severity per rule id: {@code error}, {@code warning}, {@code info} or {@code off}. Example:
     * {@code <rules><number-gap>off</number-gap><future-date>error</future-date></rules>}.
     */
    @Parameter
    protected Map<String, String> rules;

    /**
     * The Markdown index of the ADR log, written by {@code adr:index} and checked by the {@code stale-index} rule of
     * {@code adr:validate}. Default: {@code README.md} in the ADR directory ({@code adr.directory}). The goal owns only
     * the text between {@code <!-- adr-index:start -->} and {@code <!-- adr-index:end -->}.
     */
    @Parameter(property = AdrProperties.INDEX_FILE)
    protected File indexFile;

    /**
     * How the index lays out its rows: {@code table} (one table ordered by number) or {@code by-status} (one table
     * per status: Accepted, Proposed, Draft, Deprecated, Superseded, Rejected, other).
     */
    @Parameter(property = AdrProperties.INDEX_LAYOUT, defaultValue = "table")
    protected String indexLayout;

    /**
     * The columns of the index table, in order (comma-separated on the command line), from {@code number}, {@code id},
     * {@code title}, {@code status}, {@code date}, {@code deciders}; {@code title} is required. Default:
     * {@code number,title,status,date} ({@code number} left out when no ADR carries a number).
     */
    @Parameter(property = AdrProperties.INDEX_COLUMNS)
    protected List<String> indexColumns;

    /**
     * The known-findings file that {@code adr:suppress} writes and {@code adr:validate} reads: findings it records
     * are reported in one summary line, and only findings beyond it fail the build. Commit it. Default:
     * {@code .adr-known-findings.json} in the ADR directory.
     */
    @Parameter(property = AdrProperties.KNOWN_FINDINGS)
    protected File knownFindings;

    /** The known-findings file: {@code adr.knownFindings}, else {@code .adr-known-findings.json} in the ADR folder. */
    protected Path knownFindingsPath() {
        return knownFindings != null ? knownFindings.toPath().toAbsolutePath().normalize()
                : adrDirectory().resolve(io.github.adrgov.adr.known.KnownFindings.DEFAULT_FILE_NAME);
    }

    /** The index file: {@code adr.index.file}, else {@code README.md} in the ADR directory. */
    protected Path indexFilePath() {
        return indexFile != null ? indexFile.toPath().toAbsolutePath().normalize()
                : adrDirectory().resolve(AdrProperties.DEFAULT_INDEX_NAME);
    }

    /** The index file relative to the base directory with forward slashes (absolute when outside it). */
    protected String relativeIndexFile() {
        Path base = baseDirectory();
        Path f = indexFilePath();
        return f.startsWith(base) ? base.relativize(f).toString().replace(File.separatorChar, '/') : f.toString();
    }

    /** The index layout from {@code adr.index.layout} and {@code adr.index.columns}. */
    protected IndexSettings indexSettings() throws MojoExecutionException {
        try {
            return IndexSettings.parse(indexLayout, indexColumns);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    /** The ADR directory as a path. */
    protected Path adrDirectory() {
        return directory.toPath().toAbsolutePath().normalize();
    }

    /** The base directory as a path. */
    protected Path baseDirectory() {
        return basedir.toPath().toAbsolutePath().normalize();
    }

    /** {@code target/adr}, where machine-readable outputs go. */
    protected Path outputDirectory() {
        return buildDirectory.toPath().toAbsolutePath().normalize().resolve(AdrProperties.OUTPUT_SUBDIR);
    }

    /** The ADR directory relative to the base directory with forward slashes, for messages. */
    protected String relativeDirectory() {
        Path base = baseDirectory();
        Path dir = adrDirectory();
        return dir.startsWith(base) ? base.relativize(dir).toString().replace(File.separatorChar, '/') : dir.toString();
    }

    /** The read options from the parameters. */
    protected ReadOptions readOptions() throws MojoExecutionException {
        return new ReadOptions(
                nonEmpty(includes) ? trimAll(includes) : ReadOptions.DEFAULT_INCLUDES,
                nonEmpty(excludes) ? trimAll(excludes) : ReadOptions.DEFAULT_EXCLUDES,
                statusVocabulary());
    }

    /** Reads the log; the caller has checked that the directory exists. */
    protected AdrLog readLog() throws MojoExecutionException {
        return readLog(null).log();
    }

    /** Reads the log, doing {@code work} on each ADR (see {@link LogReader#read(Path, Path, FileWork)}). */
    protected LogReader.Result readLog(FileWork work) throws MojoExecutionException {
        try {
            // parse cache under target/adr/cache: a build over an unchanged log does not parse again
            ReadOptions options = cacheDirectory() == null ? readOptions()
                    : readOptions().withCacheDirectory(cacheDirectory());
            return new LogReader(options).read(baseDirectory(), adrDirectory(), work);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the ADR directory " + relativeDirectory() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Where the parse cache and the findings memo live ({@code target/adr/cache}); null without a build directory. */
    protected Path cacheDirectory() {
        return buildDirectory == null ? null : outputDirectory().resolve("cache");
    }

    /** The core configuration from the parameters. */
    protected ValidationConfig.Builder validationConfig() throws MojoExecutionException {
        ValidationConfig.Builder b = ValidationConfig.builder().statuses(statusVocabulary()).numbering(numberingMode());
        if (requiredSections != null) {
            for (Map.Entry<String, String> e : requiredSections.entrySet()) {
                b.requiredSections(dialect(e.getKey(), "requiredSections"), splitList(e.getValue()));
            }
        }
        if (requiredFields != null) {
            for (Map.Entry<String, String> e : requiredFields.entrySet()) {
                b.requiredFields(dialect(e.getKey(), "requiredFields"), splitList(e.getValue()));
            }
        }
        b.severities(severities());
        b.indexFile(relativeIndexFile()).indexSettings(indexSettings());
        try {
            io.github.adrgov.adr.config.BuildTimestamp.date(outputTimestamp).ifPresent(b::today);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("project.build.outputTimestamp " + e.getMessage() + ".");
        }
        return b;
    }

    /** Severity overrides from {@code <rules>}, each id and value checked. */
    protected Map<String, Severity> severities() throws MojoExecutionException {
        Map<String, Severity> out = new LinkedHashMap<>();
        if (rules == null) {
            return out;
        }
        List<String> known = io.github.adrgov.adr.rules.Rules.ids();
        for (Map.Entry<String, String> e : rules.entrySet()) {
            String id = e.getKey().trim();
            if (!known.contains(id)) {
                throw new MojoExecutionException("Unknown rule '" + id + "' in <rules>; known rules: "
                        + String.join(", ", known));
            }
            try {
                out.put(id, Severity.parse(e.getValue()));
            } catch (IllegalArgumentException ex) {
                throw new MojoExecutionException("In <rules>, " + id + ": " + ex.getMessage());
            }
        }
        return out;
    }

    private NumberingMode numberingMode() throws MojoExecutionException {
        String n = numbering == null ? "auto" : numbering.trim().toUpperCase(Locale.ROOT);
        try {
            return NumberingMode.valueOf(n);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("adr.numbering is '" + numbering
                    + "'; use auto, numbered or unnumbered");
        }
    }

    private StatusVocabulary statusVocabulary() throws MojoExecutionException {
        StatusVocabulary v = StatusVocabulary.defaults();
        if (nonEmpty(statuses)) {
            Map<String, StatusCategory> words = new LinkedHashMap<>();
            for (String entry : statuses) {
                String s = entry.trim();
                if (s.isEmpty()) {
                    continue;
                }
                int eq = s.indexOf('=');
                String word = eq < 0 ? s : s.substring(0, eq).trim();
                String cat = eq < 0 ? s : s.substring(eq + 1).trim();
                StatusCategory c = category(cat, eq >= 0);
                words.put(word, c);
            }
            v = StatusVocabulary.of(words);
        }
        if (extraStatuses != null && !extraStatuses.isEmpty()) {
            Map<String, StatusCategory> more = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : extraStatuses.entrySet()) {
                more.put(e.getKey(), category(e.getValue(), true));
            }
            v = v.with(more);
        }
        return v;
    }

    private static StatusCategory category(String text, boolean strict) throws MojoExecutionException {
        try {
            return StatusCategory.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            if (!strict) {
                return StatusCategory.OTHER;
            }
            throw new MojoExecutionException("'" + text + "' is not a status category; use proposed, accepted, "
                    + "rejected, deprecated, superseded, draft or other");
        }
    }

    private static Dialect dialect(String id, String parameter) throws MojoExecutionException {
        try {
            return Dialect.fromId(id);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Unknown dialect '" + id + "' in <" + parameter
                    + ">; use template, quick, nygard, madr, log4brains or unknown");
        }
    }

    /** Splits a comma-separated list, trimming entries and dropping empty ones. */
    protected static List<String> splitList(String value) {
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (String s : value.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        return out;
    }

    private static boolean nonEmpty(List<String> l) {
        return l != null && l.stream().anyMatch(s -> s != null && !s.isBlank());
    }

    private static List<String> trimAll(List<String> l) {
        List<String> out = new ArrayList<>();
        for (String s : l) {
            if (s != null) {
                out.addAll(Arrays.asList(s.split(",")));
            }
        }
        out.replaceAll(String::trim);
        out.removeIf(String::isEmpty);
        return out;
    }
}
