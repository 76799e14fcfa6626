/**
 * {@code adr:fix}: rewrites what can be fixed without judgement, each change tied to the rule that found it, through
 * the one editing core ({@link io.github.adrgov.adr.edit}). {@link io.github.adrgov.adr.fix.Fixer} plans the changes
 * for a validated log into a {@link io.github.adrgov.adr.fix.FixPlan}: one {@link io.github.adrgov.adr.fix.Fix} per
 * changed line, the files' new text, and the findings that need a person. Plain Java, no Maven types.
 */
package io.github.adrgov.adr.fix;
