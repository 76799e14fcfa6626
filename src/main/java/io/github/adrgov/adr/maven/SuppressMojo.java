package io.github.adrgov.adr.maven;

import io.github.adrgov.adr.index.IndexFile;
import io.github.adrgov.adr.known.KnownFindings;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.result.ValidationResult;
import io.github.adrgov.adr.validate.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Records today's findings as known, for adopting the plugin on a log that already has debt: validates the log and
 * writes every finding to the known-findings file ({@code adr.knownFindings}, default
 * {@code .adr-known-findings.json} in the ADR directory), per file and rule with the count and the messages, never
 * line numbers. Commit the file: {@code adr:validate} then reports the known findings in one line and fails only on
 * findings beyond them. Run it again after fixing some, to drop them from the file. Not bound to a phase.
 */
@Mojo(name = "suppress", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class SuppressMojo extends AbstractAdrMojo {

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Skipping adr:suppress (" + AdrProperties.SKIP + "=true).");
            return;
        }
        if (!Files.isDirectory(adrDirectory())) {
            throw new MojoExecutionException("No ADR directory at " + relativeDirectory() + "; set "
                    + AdrProperties.DIRECTORY + " to the folder of the ADR log.");
        }
        AdrLog log = readLog();
        ValidationResult result = new Validator().validate(log, validationConfig().build(), baseDirectory(), null);
        Path file = knownFindingsPath();
        String shown = shown(file);
        KnownFindings known = KnownFindings.record(result);
        try {
            if (known.entries().isEmpty()) {
                if (Files.deleteIfExists(file)) {
                    getLog().info("The ADR log " + relativeDirectory() + " has no findings; removed " + shown
                            + ".");
                } else {
                    getLog().info("The ADR log " + relativeDirectory() + " has no findings; nothing to record.");
                }
                return;
            }
            byte[] bytes = known.toJson().getBytes(StandardCharsets.UTF_8);
            if (Files.isRegularFile(file) && java.util.Arrays.equals(bytes, Files.readAllBytes(file))) {
                getLog().info(shown + " is up to date: " + count(known) + ".");
                return;
            }
            IndexFile.writeAtomically(file, bytes);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the known-findings file " + shown + ": "
                    + e.getMessage(), e);
        }
        getLog().info("Recorded " + count(known) + " in " + shown + "; commit it. adr:validate now fails only on"
                + " findings beyond these.");
    }

    private static String count(KnownFindings known) {
        int n = known.count();
        int files = known.entries().size();
        return n + " known finding" + (n == 1 ? "" : "s") + " in " + files + " file" + (files == 1 ? "" : "s");
    }

    private String shown(Path path) {
        Path base = baseDirectory();
        Path p = path.toAbsolutePath().normalize();
        return p.startsWith(base) ? base.relativize(p).toString().replace(java.io.File.separatorChar, '/')
                : p.toString();
    }
}
