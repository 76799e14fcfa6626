package io.github.adrgov.adr.maven;

import io.github.adrgov.adr.citations.CitationScanner;
import io.github.adrgov.adr.citations.CodeCitations;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * Turns a project's model into the roots the citation scanner reads (compile and test source roots, resource and
 * test resource directories, plus {@code adr.citationRoots}) and runs it. Adapter code only.
 */
final class CitationSupport {

    private CitationSupport() {
    }

    /**
     * Scans the project's sources for citations of the ADRs of the log in {@code adrDirectory} (shown as
     * {@code relativeDirectory}), passing over the log's own files.
     *
     * @param types file types, or null/empty for the default
     */
    static CodeCitations scan(Log log, MavenProject project, Path baseDir, Path adrDirectory, String relativeDirectory,
                              List<File> extraRoots, List<String> types) throws MojoExecutionException {
        List<Path> roots = new ArrayList<>();
        if (project != null) {
            addAll(roots, baseDir, project.getCompileSourceRoots());
            addAll(roots, baseDir, project.getTestCompileSourceRoots());
            addResources(roots, baseDir, project.getResources());
            addResources(roots, baseDir, project.getTestResources());
        }
        if (extraRoots != null) {
            for (File f : extraRoots) {
                if (f != null) {
                    roots.add(f.toPath());
                }
            }
        }
        List<String> fileTypes = types == null || types.isEmpty() ? CitationScanner.DEFAULT_FILE_TYPES
                : AbstractAdrMojo.splitList(String.join(",", types));
        long start = System.nanoTime();
        try {
            CodeCitations found = new CitationScanner(fileTypes, List.of(relativeDirectory),
                    CitationScanner.DEFAULT_MAX_BYTES).scan(baseDir, roots, List.of(adrDirectory));
            if (log.isDebugEnabled()) {
                log.debug("ADR citations: " + found.citations().size() + " in " + found.filesScanned() + " files ("
                        + found.bytesScanned() + " bytes; " + found.filesSkipped()
                        + " binary or large files passed over) in " + (System.nanoTime() - start) / 1_000_000
                        + " ms.");
            }
            return found;
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the sources for citations of ADRs: " + e.getMessage()
                    + " (switch the check off with " + AdrProperties.CITATIONS + "=false).", e);
        }
    }

    private static void addResources(List<Path> roots, Path base, List<Resource> resources) {
        if (resources != null) {
            for (Resource r : resources) {
                add(roots, base, r.getDirectory());
            }
        }
    }

    private static void addAll(List<Path> roots, Path base, List<String> dirs) {
        if (dirs != null) {
            for (String d : dirs) {
                add(roots, base, d);
            }
        }
    }

    private static void add(List<Path> roots, Path base, String dir) {
        if (dir != null && !dir.isBlank()) {
            Path p = Path.of(dir);
            roots.add(p.isAbsolute() ? p : base.resolve(p));
        }
    }
}
