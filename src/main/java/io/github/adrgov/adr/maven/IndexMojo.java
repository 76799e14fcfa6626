package io.github.adrgov.adr.maven;

import io.github.adrgov.adr.index.AdrsJsonWriter;
import io.github.adrgov.adr.index.IndexFile;
import io.github.adrgov.adr.index.IndexFileException;
import io.github.adrgov.adr.index.IndexRenderer;
import io.github.adrgov.adr.index.IndexSettings;
import io.github.adrgov.adr.model.AdrLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the index of the ADR log: the Markdown index ({@code adr.index.file}, default {@code README.md} in the ADR
 * directory) and {@code target/adr/adrs.json}, the model of the log for other tools.
 *
 * <p>In the Markdown file the goal owns only the text between {@code <!-- adr-index:start -->} and
 * {@code <!-- adr-index:end -->}: it creates the file when absent, appends a marked block to a file without markers,
 * and never changes text outside the markers. The output depends only on the ADR files, so a second run changes
 * nothing; {@code adr:validate} fails through the {@code stale-index} rule when the committed block is out of date.
 * A missing ADR directory is one warning (most modules of a multi-module build have none), and nothing is written.
 */
@Mojo(name = "index", defaultPhase = LifecyclePhase.NONE, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class IndexMojo extends AbstractAdrMojo {

    /** Skips this goal. */
    @Parameter(property = AdrProperties.INDEX_SKIP, defaultValue = "false")
    protected boolean indexSkip;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip || indexSkip) {
            getLog().info("Skipping adr:index (" + (skip ? AdrProperties.SKIP : AdrProperties.INDEX_SKIP) + "=true)");
            return;
        }
        if (Files.exists(adrDirectory()) && !Files.isDirectory(adrDirectory())) {
            throw new MojoExecutionException("The ADR directory " + relativeDirectory()
                    + " is a file, not a directory; set " + AdrProperties.DIRECTORY + " to the folder of the ADR log.");
        }
        if (!Files.isDirectory(adrDirectory())) {
            // a warning, not a failure: in a multi-module build most modules have no ADR log
            getLog().warn("No ADR directory at " + relativeDirectory() + "; set " + AdrProperties.DIRECTORY
                    + " to the folder of the ADR log. No index was written.");
            return;
        }
        IndexSettings settings = indexSettings();
        AdrLog log = readLog();
        String indexName = relativeIndexFile();
        if (log.byFile(indexName).isPresent()) {
            throw new MojoExecutionException("The index file " + indexName + " is read as an ADR; add its name to "
                    + AdrProperties.EXCLUDES + " or choose another " + AdrProperties.INDEX_FILE + ".");
        }
        Path json = outputDirectory().resolve(AdrProperties.ADRS_JSON);
        IndexFile.Outcome outcome;
        try {
            List<String> body = new IndexRenderer(settings).render(log, indexName);
            outcome = IndexFile.update(indexFilePath(), indexName, body, baseDirectory());
            AdrsJsonWriter.write(log, json);
        } catch (IndexFileException e) {
            throw new MojoExecutionException(e.getMessage() + " The file was left unchanged.", e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the ADR index " + indexName + ": " + e, e);
        }
        String adrs = log.size() == 1 ? "1 ADR" : log.size() + " ADRs";
        String done;
        switch (outcome) {
            case CREATED: done = "created"; break;
            case APPENDED: done = "written (index block appended)"; break;
            case REPLACED: done = "written"; break;
            default: done = "up to date"; break;
        }
        getLog().info("ADR index " + indexName + " " + done + " (" + adrs + "); model in " + relative(json));
        if (!log.unreadable().isEmpty()) {
            getLog().warn(log.unreadable().size() + " file(s) under " + relativeDirectory()
                    + " could not be read and are not in the index; run mvn adr:validate for details.");
        }
    }

    private String relative(Path p) {
        Path base = baseDirectory();
        return p.startsWith(base) ? base.relativize(p).toString().replace(java.io.File.separatorChar, '/')
                : p.toString();
    }
}
