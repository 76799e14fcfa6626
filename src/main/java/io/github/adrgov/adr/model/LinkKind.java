package io.github.adrgov.adr.model;

/** What a link found in an ADR means. */
public enum LinkKind {
    /** This ADR supersedes the target. */
    SUPERSEDES,
    /** This ADR is superseded by the target. */
    SUPERSEDED_BY,
    /** A reference to another ADR (e.g. in Related Decisions, or {@code ADR-042} in a Links bullet). */
    REFERENCE,
    /** A relative Markdown link to a file (any file, ADR or not). */
    FILE_LINK,
    /** This ADR amends the target ({@code Amends [4. X](0004-x.md)}): a reference, never a supersession. */
    AMENDS,
    /** This ADR is amended by the target ({@code Amended by ADR-0005}): a reference, never a supersession. */
    AMENDED_BY
}
