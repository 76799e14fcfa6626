package io.github.adrgov.adr.maven;

import io.github.adrgov.adr.author.AuthorException;
import io.github.adrgov.adr.author.Authoring;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Moves an ADR along its lifecycle: {@code mvn adr:status -Dadr.id=12 -Dadr.status=accepted}. The change is checked
 * against the same transition table as the {@code illegal-status-transition} rule ({@code adr.statusTransitions}),
 * and the status is written in the file's own way; only that line changes. Superseding is {@code adr:supersede}.
 */
@Mojo(name = "status", defaultPhase = LifecyclePhase.NONE, threadSafe = true, requiresProject = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class StatusMojo extends AbstractAuthorMojo {

    /** The ADR: its number ({@code 12}, {@code 0012}, {@code ADR-012}) or id (file name without {@code .md}). */
    @Parameter(property = AdrProperties.ID)
    protected String id;

    /** The new status, a word of the status vocabulary (e.g. {@code accepted}, {@code deprecated}). */
    @Parameter(property = AdrProperties.STATUS)
    protected String status;

    /** Skips this goal. */
    @Parameter(property = AdrProperties.STATUS_SKIP, defaultValue = "false")
    protected boolean statusSkip;

    @Override
    protected String goal() {
        return "adr:status";
    }

    @Override
    protected boolean goalSkipped() {
        return statusSkip;
    }

    @Override
    protected String skipProperty() {
        return AdrProperties.STATUS_SKIP;
    }

    @Override
    protected Authoring.Plan plan(Authoring authoring) throws AuthorException {
        return authoring.planStatus(id, status);
    }
}
