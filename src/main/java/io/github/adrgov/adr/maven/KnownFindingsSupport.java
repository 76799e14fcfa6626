package io.github.adrgov.adr.maven;

import io.github.adrgov.adr.known.KnownFindings;
import io.github.adrgov.adr.known.KnownFindingsException;
import io.github.adrgov.adr.known.KnownFindingsMatcher;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.ValidationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * The known-findings step of {@code adr:validate}, kept out of the mojo: reads the file when there is one and splits
 * the result with {@link KnownFindingsMatcher}. Adapter code only.
 */
final class KnownFindingsSupport {

    private KnownFindingsSupport() {
    }

    /**
     * The result split by the known-findings file, or the result itself when there is no such file.
     *
     * @param file    the known-findings file
     * @param shown   the file as shown to the user
     * @param baseDir the project base directory
     */
    static ValidationResult apply(Log log, ValidationResult result, Path file, String shown, Path baseDir)
            throws MojoExecutionException {
        if (!Files.isRegularFile(file)) {
            return result;
        }
        KnownFindings known;
        try {
            known = KnownFindings.read(file, shown);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the known-findings file " + shown + ": " + e.getMessage(),
                    e);
        } catch (KnownFindingsException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        KnownFindingsMatcher.Outcome outcome = new KnownFindingsMatcher(known, shown)
                .match(result, f -> Files.exists(baseDir.resolve(f)), Map.of());
        for (Map.Entry<String, String> r : outcome.renames().entrySet()) {
            log.info("Known findings of " + r.getKey() + " now belong to " + r.getValue()
                    + " (renamed: same number and title).");
        }
        if (log.isDebugEnabled()) {
            for (Finding f : outcome.result().known()) {
                log.debug("Known (" + f.severity().id() + "): " + f.format());
            }
        }
        return outcome.result();
    }
}
