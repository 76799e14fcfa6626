package io.github.adrgov.adr.parse;

import io.github.adrgov.adr.model.Adr;

/**
 * Work done on each ADR while its text is at hand, such as the checks that look at one file only. Its result is kept
 * beside the ADR's model in the parse cache, so that a build over an unchanged file neither parses it nor redoes the
 * work. Implementations are thread-safe: files are read in parallel.
 */
public interface FileWork {

    /**
     * What the result depends on besides the file's bytes and this plugin's code, such as the configuration: a result
     * cached under another fingerprint is never used.
     */
    String fingerprint();

    /** The result for one ADR, which still holds its lines; never null. */
    byte[] apply(Adr adr);
}
