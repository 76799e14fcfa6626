package io.github.adrgov.adr.output;

import io.github.adrgov.adr.result.Severity;
import io.github.adrgov.adr.result.ValidationResult;
import java.util.Optional;

/**
 * Decides whether a validation fails the build, and says why in one sentence. The rules only report; this is the
 * one place that turns severities into pass or fail.
 *
 * @param failOnViolation whether findings may fail the build at all (errors do by default)
 * @param failOnWarning   whether warnings fail the build too (only when {@code failOnViolation} is true)
 */
public record FailurePolicy(boolean failOnViolation, boolean failOnWarning) {

    /**
     * Why the build fails, or empty when it passes.
     *
     * @param result    the validation result
     * @param directory the ADR directory as shown to the user, e.g. {@code docs/adr}
     * @param jsonFile  where the findings were written, as shown to the user
     */
    public Optional<String> failure(ValidationResult result, String directory, String jsonFile) {
        if (!failOnViolation) {
            return Optional.empty();
        }
        int errors = result.count(Severity.ERROR);
        int warnings = result.count(Severity.WARNING);
        String where = " (" + result.summary() + "); the findings are listed above and in " + jsonFile + ".";
        if (errors > 0) {
            return Optional.of("ADR log " + directory + " has " + plural(errors, "error") + where);
        }
        if (failOnWarning && warnings > 0) {
            return Optional.of("ADR log " + directory + " has " + plural(warnings, "warning")
                    + " and adr.failOnWarning is true" + where);
        }
        return Optional.empty();
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
