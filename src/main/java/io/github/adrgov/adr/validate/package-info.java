/** The engine that runs the rules over a log and gives one {@link io.github.adrgov.adr.result.ValidationResult}. */
package io.github.adrgov.adr.validate;
