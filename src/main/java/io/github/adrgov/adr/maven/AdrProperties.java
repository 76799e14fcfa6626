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
    public static final String INDEX_LAYOUT = "adr.index.layout";
    public static final String INDEX_COLUMNS = "adr.index.columns";
    /** The index file's name inside the ADR directory when {@code adr.index.file} is not set. */
    public static final String DEFAULT_INDEX_NAME = "README.md";
    /** The model of the log, under the output directory. */
    public static final String ADRS_JSON = "adrs.json";

    public static final String REPORT_SKIP = "adr.report.skip";

    /** Authoring goals: adr:new, adr:supersede, adr:status. */
    public static final String TITLE = "adr.title";
    public static final String TEMPLATE = "adr.template";
    public static final String TEMPLATE_FILE = "adr.templateFile";
    public static final String DECIDERS = "adr.deciders";
    public static final String SUPERSEDES = "adr.supersedes";
    public static final String ID = "adr.id";
    public static final String STATUS = "adr.status";
    public static final String DATE = "adr.date";
    public static final String DRY_RUN = "adr.dryRun";
    public static final String NEW_SKIP = "adr.new.skip";
    public static final String SUPERSEDE_SKIP = "adr.supersede.skip";
    public static final String STATUS_SKIP = "adr.status.skip";

    public static final String BASELINE = "adr.baseline";
    public static final String BASELINE_MISSING = "adr.baselineMissing";
    public static final String STATUS_TRANSITIONS = "adr.statusTransitions";
    public static final String SARIF = "adr.sarif";
    public static final String JUNIT = "adr.junit";
    public static final String GITHUB_ANNOTATIONS = "adr.githubAnnotations";

    public static final String KNOWN_FINDINGS = "adr.knownFindings";
    public static final String FIX_RULES = "adr.fix.rules";
    public static final String FIX_DRY_RUN = "adr.fix.dryRun";
    public static final String FIX_SKIP = "adr.fix.skip";
    public static final String CITATIONS = "adr.citations";
    public static final String CITATION_ROOTS = "adr.citationRoots";
    public static final String CITATION_FILE_TYPES = "adr.citationFileTypes";
    public static final String NUMBER_SCOPE = "adr.numberScope";

    /** Where machine-readable outputs go, under the build directory. */
    public static final String OUTPUT_SUBDIR = "adr";

    private AdrProperties() {
    }
}
