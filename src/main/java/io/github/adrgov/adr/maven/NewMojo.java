package io.github.adrgov.adr.maven;

import io.github.adrgov.adr.author.AuthorException;
import io.github.adrgov.adr.author.Authoring;
import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the next ADR: {@code mvn adr:new -Dadr.title="Use Kafka for domain events"}. It takes the next free number
 * (numbers of skipped files and, with {@code adr.baseline}, of the target branch count as taken), the log's own
 * file-name pattern, number width and title pattern, and the dialect most of its ADRs use, with status Proposed and
 * today's date. A team template ({@code templates/template.md} in the ADR directory, or {@code adr.templateFile}) is
 * used when present. Prints the path it wrote; a marked index is brought up to date.
 */
@Mojo(name = "new", defaultPhase = LifecyclePhase.NONE, threadSafe = true, requiresProject = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class NewMojo extends AbstractAuthorMojo {

    /** The title of the new ADR. */
    @Parameter(property = AdrProperties.TITLE)
    protected String title;

    /**
     * For the seed format: {@code full} (Context, Decision Drivers, Considered Options, Decision, Rationale,
     * Consequences) or {@code quick} (one status line; Context, Decision, Consequences). Default: the log's dialect.
     */
    @Parameter(property = AdrProperties.TEMPLATE)
    protected String template;

    /**
     * The team's own template, with {@code {{number}}}, {@code {{title}}}, {@code {{date}}} and {@code {{status}}}.
     * Default: {@code templates/template.md} in the ADR directory when it exists.
     */
    @Parameter(property = AdrProperties.TEMPLATE_FILE)
    protected File templateFile;

    /** Who decides, written where the dialect has a deciders field. */
    @Parameter(property = AdrProperties.DECIDERS)
    protected String deciders;

    /** Skips this goal. */
    @Parameter(property = AdrProperties.NEW_SKIP, defaultValue = "false")
    protected boolean newSkip;

    @Override
    protected String goal() {
        return "adr:new";
    }

    @Override
    protected boolean goalSkipped() {
        return newSkip;
    }

    @Override
    protected String skipProperty() {
        return AdrProperties.NEW_SKIP;
    }

    @Override
    protected boolean createsDirectory() {
        return true;
    }

    @Override
    protected Authoring.Plan plan(Authoring authoring) throws AuthorException {
        return authoring.planNew(new Authoring.NewRequest(title, template,
                templateFile == null ? null : templateFile.toPath(), List.of(), null, deciders));
    }
}
