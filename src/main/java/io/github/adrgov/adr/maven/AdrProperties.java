package io.github.adrgov.adr.maven;

/**
 * Every user property and default of the plugin, in one place shared by all goals. Each property starts with
 * {@code adr.}.
 */
public final class AdrProperties {

    public static final String DIRECTORY = "adr.directory";
    public static final String DEFAULT_DIRECTORY = "${project.basedir}/docs/adr";
    public static final String INCLUDES = "adr.includes";
    public static final String EXCLUDES = "adr.excludes";
    public static final String SKIP = "adr.skip";
    public static final String STATUSES = "adr.statuses";
    public static final String NUMBERING = "adr.numbering";

    public static final String VALIDATE_SKIP = "adr.validate.skip";
    public static final String FAIL_ON_VIOLATION = "adr.failOnViolation";
    public static final String FAIL_ON_WARNING = "adr.failOnWarning";
    public static final String FAIL_IF_MISSING = "adr.failIfMissing";
    public static final String MAX_FINDINGS = "adr.maxFindings";

    public static final String INDEX_SKIP = "adr.index.skip";
    public static final String INDEX_FILE = "adr.index.file";

    public static final String REPORT_SKIP = "adr.report.skip";

    public static final String BASELINE = "adr.baseline";

    /** Where machine-readable outputs go, under the build directory. */
    public static final String OUTPUT_SUBDIR = "adr";

    private AdrProperties() {
    }
}
