package io.github.adrgov.adr.index;

/**
 * The index file cannot be updated safely (its markers are broken, or it is not UTF-8). The file is left untouched.
 * {@link #getMessage()} names the file and line; {@link #problem()} says what is wrong without the file name.
 */
public final class IndexFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final Integer line;
    private final String problem;

    public IndexFileException(String file, Integer line, String problem) {
        super(file + (line == null ? "" : ":" + line) + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** The index file as named to the user (relative to the base directory, forward slashes). */
    public String file() {
        return file;
    }

    /** 1-based line of the offending marker, or null. */
    public Integer line() {
        return line;
    }

    /** What is wrong and what to do, without the file name. */
    public String problem() {
        return problem;
    }
}
