package io.github.adrgov.adr.maven;

import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.maven.archiver.MavenArchiver;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.doxia.site.SiteModel;
import org.apache.maven.doxia.siterenderer.DocumentRenderingContext;
import org.apache.maven.doxia.siterenderer.Renderer;
import org.apache.maven.doxia.siterenderer.RendererException;
import org.apache.maven.doxia.siterenderer.SiteRenderingContext;
import org.apache.maven.doxia.siterenderer.sink.SiteRendererSink;
import org.apache.maven.doxia.tools.SiteTool;
import org.apache.maven.doxia.tools.SiteToolException;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * The ADR pages of {@code mvn adr:report} run on its own, when no site plugin hands the report a sink factory:
 * collects one Doxia site sink per page, then merges each into the project's site skin, as the site plugin does for
 * the pages of a multi-page report. The index page itself is written by {@code AbstractMavenReport}.
 */
final class StandalonePages {

    /** What the skin needs to know, taken from the report mojo. */
    record Site(MavenProject project, List<MavenProject> reactorProjects, File siteDirectory, SiteTool siteTool,
                Renderer renderer, RepositorySystemSession repoSession, List<RemoteRepository> remoteRepositories,
                String inputEncoding, String outputEncoding, String generator) {
    }

    private final Site site;
    private final File outputDirectory;
    private final List<SiteRendererSink> sinks = new ArrayList<>();

    StandalonePages(Site site, File outputDirectory) {
        this.site = site;
        this.outputDirectory = outputDirectory;
    }

    /** A sink for the page {@code adr/<name>}; rendered when {@link #write(Locale)} runs. */
    SiteRendererSink open(String pathUnderOutput) {
        String document = pathUnderOutput.replaceFirst("\\.html$", "");
        SiteRendererSink sink = new SiteRendererSink(
                new DocumentRenderingContext(outputDirectory, document, site.generator()));
        sinks.add(sink);
        return sink;
    }

    /** Merges every page opened into the skin and writes it. */
    void write(Locale locale) throws IOException, RendererException, SiteToolException {
        if (sinks.isEmpty()) {
            return;
        }
        SiteRenderingContext context = context(locale);
        for (SiteRendererSink sink : sinks) {
            File file = new File(outputDirectory, sink.getRenderingContext().getOutputPath());
            Files.createDirectories(file.getParentFile().toPath());
            try (Writer w = new OutputStreamWriter(Files.newOutputStream(file.toPath()), site.outputEncoding())) {
                site.renderer().mergeDocumentIntoSite(w, sink, context);
            }
        }
    }

    private SiteRenderingContext context(Locale locale) throws IOException, RendererException, SiteToolException {
        MavenProject project = site.project();
        SiteModel model = site.siteTool().getSiteModel(site.siteDirectory(), locale, project, site.reactorProjects(),
                site.repoSession(), site.remoteRepositories());
        Map<String, Object> props = new HashMap<>();
        props.put("standalone", Boolean.TRUE);
        props.put("project", project);
        props.put("inputEncoding", site.inputEncoding());
        props.put("outputEncoding", site.outputEncoding());
        for (Map.Entry<Object, Object> e : project.getProperties().entrySet()) {
            props.put(String.valueOf(e.getKey()), e.getValue());
        }
        Artifact skin = site.siteTool().getSkinArtifactFromRepository(site.repoSession(), site.remoteRepositories(),
                model.getSkin());
        SiteRenderingContext context = site.renderer().createContextForSkin(skin, props, model, project.getName(),
                locale);
        String timestamp = project.getProperties().getProperty("project.build.outputTimestamp");
        MavenArchiver.parseBuildOutputTimestamp(timestamp)
                .ifPresent(t -> context.setPublishDate(java.util.Date.from(t)));
        context.setRootDirectory(project.getBasedir());
        return context;
    }
}
