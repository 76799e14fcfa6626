package io.github.adrgov.adr.reactor;

import io.github.adrgov.adr.result.ValidationResult;
import java.util.Objects;

/**
 * One module's ADR log, read and validated with the reactor's root as base directory, so that every path (ADR files,
 * findings) is relative to the root: {@code orders/docs/adr/0003-x.md}.
 *
 * @param name   the module's name as users know it, its artifactId ({@code orders})
 * @param path   the module's folder relative to the root with forward slashes, empty for the root itself
 * @param result the validated log
 */
public record ModuleLog(String name, String path, ValidationResult result) {

    public ModuleLog {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(result, "result");
    }
}
