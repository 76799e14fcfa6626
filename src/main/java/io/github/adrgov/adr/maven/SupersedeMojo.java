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
 * Writes a new ADR that supersedes others, and marks them superseded, both at once:
 * {@code mvn adr:supersede -Dadr.supersedes=12 -Dadr.title="..."} ({@code 12,14} for several). The new ADR says
 * "Supersedes ..." where its dialect writes it; each old ADR's status becomes "Superseded by ..." in that file's own
 * way (status line, {@code ## Status} section, front matter). Each old ADR must exist, must not be superseded already,
 * and must be allowed to become superseded by {@code adr.statusTransitions}; otherwise nothing is written.
 */
@Mojo(name = "supersede", defaultPhase = LifecyclePhase.NONE, threadSafe = true, requiresProject = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class SupersedeMojo extends AbstractAuthorMojo {

    /** The ADRs the new one supersedes: numbers or ids, comma-separated. */
    @Parameter(property = AdrProperties.SUPERSEDES)
    protected List<String> supersedes;

    /** The title of the new ADR. */
    @Parameter(property = AdrProperties.TITLE)
    protected String title;

    /**
     * The status of the new ADR. Default: Accepted, because a record that replaces an accepted one is a decision made
     * (a successor that is only Proposed makes {@code superseded-by-inactive} warn).
     */
    @Parameter(property = AdrProperties.STATUS)
    protected String status;

    /** As for {@code adr:new}: {@code full} or {@code quick} for the seed format. */
    @Parameter(property = AdrProperties.TEMPLATE)
    protected String template;

    /** As for {@code adr:new}: the team's own template. */
    @Parameter(property = AdrProperties.TEMPLATE_FILE)
    protected File templateFile;

    /** Who decides, written where the dialect has a deciders field. */
    @Parameter(property = AdrProperties.DECIDERS)
    protected String deciders;

    /** Skips this goal. */
    @Parameter(property = AdrProperties.SUPERSEDE_SKIP, defaultValue = "false")
    protected boolean supersedeSkip;

    @Override
    protected String goal() {
        return "adr:supersede";
    }

    @Override
    protected boolean goalSkipped() {
        return supersedeSkip;
    }

    @Override
    protected String skipProperty() {
        return AdrProperties.SUPERSEDE_SKIP;
    }

    @Override
    protected Authoring.Plan plan(Authoring authoring) throws AuthorException {
        List<String> refs = supersedes == null ? List.of() : splitList(String.join(",", supersedes));
        if (refs.isEmpty()) {
            throw new AuthorException("Name the ADRs to supersede with -D" + AdrProperties.SUPERSEDES
                    + "=12 (or 12,14). Nothing was written.");
        }
        return authoring.planNew(new Authoring.NewRequest(title, template,
                templateFile == null ? null : templateFile.toPath(), refs, status, deciders));
    }
}
