package io.github.adrgov.adr.maven;

import io.github.adrgov.adr.citations.CodeCitations;
import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.parse.LogReader;
import io.github.adrgov.adr.parse.ReadOptions;
import io.github.adrgov.adr.reactor.ModuleLog;
import io.github.adrgov.adr.validate.Validator;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.ReportPlugin;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Finds the ADR logs of a reactor for the goals that look at more than one module ({@code report-aggregate} and
 * {@code validate} with {@code adr.numberScope=reactor}). Each module's ADR directory is the {@code directory} it
 * configures for this plugin (in its build plugins, an execution, or its reporting plugins), else its
 * {@code docs/adr}. Adapter code only: reading and validating is the core's.
 */
final class ReactorSupport {

    static final String PLUGIN_KEY = "io.github.adrgov:adr-maven-plugin";

    /** A module of the reactor and where its ADR log is. */
    record Module(String name, String path, Path adrDirectory, MavenProject project) {
    }

    private ReactorSupport() {
    }

    /** The projects at or below {@code root}'s folder, in reactor order, with their ADR directories. */
    static List<Module> modules(MavenProject root, List<MavenProject> reactor) {
        Path base = root.getBasedir().toPath().toAbsolutePath().normalize();
        List<Module> out = new ArrayList<>();
        for (MavenProject p : reactor) {
            if (p.getBasedir() == null) {
                continue;
            }
            Path dir = p.getBasedir().toPath().toAbsolutePath().normalize();
            if (!dir.startsWith(base)) {
                continue;
            }
            String path = base.relativize(dir).toString().replace(File.separatorChar, '/');
            out.add(new Module(p.getArtifactId(), path, adrDirectory(p, dir), p));
        }
        return out;
    }

    /** Whether any other project of the reactor lies below this one's folder. */
    static boolean hasModulesBelow(MavenProject root, List<MavenProject> reactor) {
        return reactor != null && root != null && root.getBasedir() != null
                && modules(root, reactor).stream().anyMatch(m -> !m.path().isEmpty());
    }

    private static Path adrDirectory(MavenProject p, Path basedir) {
        String configured = null;
        Plugin plugin = p.getBuild() == null ? null : p.getBuild().getPluginsAsMap().get(PLUGIN_KEY);
        if (plugin != null) {
            configured = directoryIn(plugin.getConfiguration());
            for (PluginExecution e : plugin.getExecutions()) {
                String inExecution = directoryIn(e.getConfiguration());
                configured = inExecution != null ? inExecution : configured;
            }
        }
        if (configured == null && p.getReporting() != null) {
            ReportPlugin r = p.getReporting().getReportPluginsAsMap().get(PLUGIN_KEY);
            configured = r == null ? null : directoryIn(r.getConfiguration());
        }
        if (configured == null || configured.isBlank() || configured.contains("${")) {
            return basedir.resolve("docs/adr").normalize();
        }
        Path d = Path.of(configured.trim());
        return (d.isAbsolute() ? d : basedir.resolve(d)).normalize();
    }

    private static String directoryIn(Object configuration) {
        if (configuration instanceof Xpp3Dom dom) {
            Xpp3Dom d = dom.getChild("directory");
            return d == null ? null : d.getValue();
        }
        return null;
    }

    /**
     * Reads and validates every module's log that exists, with the root as base directory (so paths name the module's
     * folder), each with its own index file for {@code stale-index}.
     */
    static List<ModuleLog> read(List<Module> modules, Path root, ReadOptions options,
                                ValidationConfig.Builder config) throws MojoExecutionException {
        return read(modules, root, options, config, null, null);
    }

    /**
     * As {@link #read(List, Path, ReadOptions, ValidationConfig.Builder)}, and with {@code log} given, also checks
     * the citations in each module's sources (files named from the root).
     */
    static List<ModuleLog> read(List<Module> modules, Path root, ReadOptions options, ValidationConfig.Builder config,
                                org.apache.maven.plugin.logging.Log log, List<String> citationFileTypes)
            throws MojoExecutionException {
        List<ModuleLog> out = new ArrayList<>();
        for (Module m : modules) {
            if (!Files.isDirectory(m.adrDirectory())) {
                continue;
            }
            try {
                AdrLog adrs = new LogReader(options).read(root, m.adrDirectory());
                ValidationConfig c = config.indexFile(shown(root, m.adrDirectory().resolve(
                        AdrProperties.DEFAULT_INDEX_NAME))).build();
                CodeCitations cited = log == null || adrs.size() == 0 ? CodeCitations.none()
                        : CitationSupport.scan(log, m.project(), root, m.adrDirectory(),
                                shown(m.project().getBasedir().toPath().toAbsolutePath().normalize(), m.adrDirectory()),
                                null, citationFileTypes);
                out.add(new ModuleLog(m.name(), m.path(), new Validator().validate(adrs, c, root, null, cited)));
            } catch (IOException e) {
                throw new MojoExecutionException("Cannot read the ADR directory " + shown(root, m.adrDirectory())
                        + " of module " + m.name() + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    static String shown(Path base, Path p) {
        Path a = p.toAbsolutePath().normalize();
        return a.startsWith(base) ? base.relativize(a).toString().replace(File.separatorChar, '/') : a.toString();
    }
}
