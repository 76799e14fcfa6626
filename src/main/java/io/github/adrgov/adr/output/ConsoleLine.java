package io.github.adrgov.adr.output;

import io.github.adrgov.adr.result.Severity;
import java.util.Objects;

/**
 * One line for the build log, at the level it should be logged at ({@link Severity#ERROR} → error,
 * {@link Severity#WARNING} → warning, {@link Severity#INFO} → info).
 *
 * @param level the log level; never {@link Severity#OFF}
 * @param text  the text, without a level prefix (Maven adds {@code [ERROR] })
 */
public record ConsoleLine(Severity level, String text) {

    public ConsoleLine {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(text, "text");
        if (level == Severity.OFF) {
            throw new IllegalArgumentException("a console line needs a level other than off");
        }
    }
}
