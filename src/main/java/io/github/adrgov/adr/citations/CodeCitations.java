package io.github.adrgov.adr.citations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The citations found in a project's sources, sorted by file and line, with what the scan cost: the files read, the
 * bytes read, and the files passed over (binary, or larger than the scanner's limit).
 */
public final class CodeCitations {

    private static final CodeCitations NONE = new CodeCitations(List.of(), 0, 0, 0, false);

    private final List<Citation> citations;
    private final int filesScanned;
    private final long bytesScanned;
    private final int filesSkipped;
    private final boolean scanned;

    CodeCitations(List<Citation> citations, int filesScanned, long bytesScanned, int filesSkipped, boolean scanned) {
        List<Citation> sorted = new ArrayList<>(citations);
        sorted.sort(Citation.ORDER);
        this.citations = Collections.unmodifiableList(sorted);
        this.filesScanned = filesScanned;
        this.bytesScanned = bytesScanned;
        this.filesSkipped = filesSkipped;
        this.scanned = scanned;
    }

    /** No scan took place (citations switched off, or no log to resolve them against). */
    public static CodeCitations none() {
        return NONE;
    }

    /** Citations from elsewhere (tests, another scanner), counted as scanned. */
    public static CodeCitations of(List<Citation> citations) {
        return new CodeCitations(citations, 0, 0, 0, true);
    }

    /** Every citation, by file and line. */
    public List<Citation> citations() { return citations; }

    /** Whether the sources were scanned at all. */
    public boolean scanned() { return scanned; }

    /** Files read. */
    public int filesScanned() { return filesScanned; }

    /** Bytes read. */
    public long bytesScanned() { return bytesScanned; }

    /** Files of a scanned type passed over because they are binary or too large. */
    public int filesSkipped() { return filesSkipped; }

    /**
     * Everything this holds as one text (the counts, then each citation on a line): what the caches key findings and
     * reports by, so that other citations are never served the findings of these.
     */
    public String fingerprint() {
        StringBuilder sb = new StringBuilder().append(scanned).append(' ').append(filesScanned).append(' ')
                .append(bytesScanned).append(' ').append(filesSkipped);
        for (Citation c : citations) {
            sb.append('\n').append(c);
        }
        return sb.toString();
    }
}
