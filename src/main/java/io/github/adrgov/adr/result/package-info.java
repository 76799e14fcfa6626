/**
 * The one result model of validation: {@link io.github.adrgov.adr.result.Finding} and
 * {@link io.github.adrgov.adr.result.ValidationResult}. Every output (console, JSON, SARIF, JUnit XML, site report)
 * is written from it.
 */
package io.github.adrgov.adr.result;
