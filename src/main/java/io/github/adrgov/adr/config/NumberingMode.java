package io.github.adrgov.adr.config;

/** Whether the log numbers its ADRs. */
public enum NumberingMode {
    /** Numbered when most ADRs carry a number (file name or title); unnumbered otherwise (e.g. log4brains slugs). */
    AUTO,
    /** Every ADR must carry a number. */
    NUMBERED,
    /** ADRs are identified by slug; number rules stay quiet. */
    UNNUMBERED
}
