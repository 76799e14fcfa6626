/**
 * Outputs of validation written from the one {@link io.github.adrgov.adr.result.ValidationResult}: the console
 * lines, {@code target/adr/validation.json} and the pass/fail decision. Plain Java, no Maven types, so the site
 * report and the CI formats reuse the same result.
 */
package io.github.adrgov.adr.output;
