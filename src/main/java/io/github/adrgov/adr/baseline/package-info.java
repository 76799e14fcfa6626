/**
 * The git baseline for pre-merge checks: reads the ADR log as it stands on a ref (the tip of the target branch) and on
 * the merge base of that ref and {@code HEAD}, with JGit, so no {@code git} binary is needed. Plain Java, no Maven types.
 */
package io.github.adrgov.adr.baseline;
