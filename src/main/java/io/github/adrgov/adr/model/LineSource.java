package io.github.adrgov.adr.model;

import java.util.List;

/** Where an ADR's lines come from when the ADR does not keep its text: usually its file, read again. */
@FunctionalInterface
public interface LineSource {

    /** The lines of the file as stored, BOM and line terminators removed; empty when it can no longer be read. */
    List<String> lines();
}
