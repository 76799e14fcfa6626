package io.github.adrgov.adr.model;

/**
 * The ADR log as it stands on a git baseline, for the pre-merge rules.
 *
 * @param ref       the baseline ref as the user named it (e.g. {@code origin/main})
 * @param tip       the log at the tip of the baseline: numbers there belong to other ADRs
 * @param mergeBase the log at the merge base of HEAD and the baseline: what this branch changed is measured from here
 */
public record BaselineSnapshot(String ref, AdrLog tip, AdrLog mergeBase) {
}
