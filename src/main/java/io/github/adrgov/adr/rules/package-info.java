/**
 * The rule catalogue: one small class per rule behind {@link io.github.adrgov.adr.rules.Rule}. Rules report; the
 * {@link io.github.adrgov.adr.validate.Validator} decides severities.
 */
package io.github.adrgov.adr.rules;
