package io.github.adrgov.adr.maven;

import io.github.adrgov.adr.author.AuthorException;
import io.github.adrgov.adr.author.Authoring;
import io.github.adrgov.adr.config.StatusTransitions;
import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.edit.AtomicWriter;
import io.github.adrgov.adr.edit.EditException;
import io.github.adrgov.adr.edit.FileChange;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.BaselineSnapshot;
import io.github.adrgov.adr.result.Finding;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the authoring goals ({@code new}, {@code supersede}, {@code status}) share: reading the log and the baseline,
 * handing the request to the core ({@link Authoring}), then printing the plan (dry run) or writing it and saying what
 * was written and what {@code adr:validate} would newly report about it. A refused request fails the build with the
 * core's message and writes nothing.
 */
public abstract class AbstractAuthorMojo extends AbstractAdrMojo {

    /** Prints the changes as a unified diff instead of writing them. */
    @Parameter(property = AdrProperties.DRY_RUN, defaultValue = "false")
    protected boolean dryRun;

    /** The date written into new and changed ADRs, ISO {@code YYYY-MM-DD}. Default: today. */
    @Parameter(property = AdrProperties.DATE)
    protected String date;

    /**
     * A git ref whose ADR numbers count as taken (e.g. {@code origin/main}), so that a new ADR does not take a number
     * the target branch already has.
     */
    @Parameter(property = AdrProperties.BASELINE)
    protected String baseline;

    /** What to do when the baseline ref is not in the clone: {@code fail} or {@code warn}. */
    @Parameter(property = AdrProperties.BASELINE_MISSING, defaultValue = "fail")
    protected String baselineMissing;

    /** The status changes allowed, as for {@code illegal-status-transition}: {@code from->to,to;...}. */
    @Parameter(property = AdrProperties.STATUS_TRANSITIONS)
    protected String statusTransitions;

    /** The clock that gives today's date; tests fix it. */
    Clock clock = Clock.systemDefaultZone();

    /** The goal's name for log lines, e.g. {@code adr:new}. */
    protected abstract String goal();

    /** Whether this goal's own skip flag is set. */
    protected abstract boolean goalSkipped();

    /** The name of this goal's own skip property. */
    protected abstract String skipProperty();

    /** Whether the goal can run without an ADR directory (only {@code new} can: it creates it). */
    protected boolean createsDirectory() {
        return false;
    }

    /** Plans the request. */
    protected abstract Authoring.Plan plan(Authoring authoring) throws AuthorException, MojoExecutionException;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || goalSkipped()) {
            getLog().info("Skipping " + goal() + " (" + (skip ? AdrProperties.SKIP : skipProperty()) + "=true)");
            return;
        }
        if (Files.exists(adrDirectory()) && !Files.isDirectory(adrDirectory())) {
            throw new MojoExecutionException("The ADR directory " + relativeDirectory()
                    + " is a file, not a directory; set " + AdrProperties.DIRECTORY + " to the folder of the ADR log.");
        }
        AdrLog log;
        if (Files.isDirectory(adrDirectory())) {
            log = readLog();
        } else if (createsDirectory()) {
            log = new AdrLog(relativeDirectory(), List.of(), List.of(), List.of());
        } else {
            throw new MojoFailureException("No ADR directory at " + relativeDirectory() + "; set "
                    + AdrProperties.DIRECTORY + " to the folder of the ADR log. Nothing was written.");
        }
        ValidationConfig config = validationConfig().statusTransitions(transitions()).today(today()).build();
        BaselineSnapshot snapshot = baseline == null || baseline.isBlank() ? null
                : PreMergeSupport.baseline(getLog(), readOptions(), baseDirectory(), adrDirectory(), baseline,
                        baselineMissing, log, System.getenv());
        Authoring.Plan plan;
        try {
            plan = plan(new Authoring(new Authoring.Setup(baseDirectory(), adrDirectory(), log, config, snapshot,
                    indexFilePath())));
        } catch (AuthorException e) {
            throw new MojoFailureException(e.getMessage());
        }
        plan.notes().forEach(getLog()::info);
        List<FileChange> effective = plan.changes().effective();
        if (dryRun) {
            for (String line : plan.changes().diff().split("\n", -1)) {
                if (!line.isEmpty()) {
                    getLog().info(line);
                }
            }
            getLog().info("Dry run (" + AdrProperties.DRY_RUN + "=true): " + effective.size()
                    + " file(s) would be written; nothing was written.");
            return;
        }
        try {
            plan.changes().writeAll(new AtomicWriter(baseDirectory()));
        } catch (EditException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        for (FileChange c : effective) {
            getLog().info((c.isNew() ? "Wrote " : "Updated ") + c.path());
        }
        if (effective.isEmpty()) {
            getLog().info("Nothing to change.");
        }
        for (Finding f : plan.newFindings()) {
            getLog().warn(f.format());
        }
        if (!effective.isEmpty() && plan.newFindings().isEmpty()) {
            getLog().info("adr:validate finds nothing new in the files written.");
        }
    }

    private LocalDate today() throws MojoExecutionException {
        if (date == null || date.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException(AdrProperties.DATE + " is '" + date + "'; write it as YYYY-MM-DD.");
        }
    }

    private StatusTransitions transitions() throws MojoExecutionException {
        if (statusTransitions == null || statusTransitions.isBlank()) {
            return StatusTransitions.defaults();
        }
        try {
            return StatusTransitions.parse(statusTransitions);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("In " + AdrProperties.STATUS_TRANSITIONS + ": " + e.getMessage());
        }
    }
}
