package io.github.adrgov.adr;

/** A text that counts how many characters are read from it, for tests that a scan reads each character a bounded number of times. */
public final class CountingText implements CharSequence {
    private final String s;
    private long reads;

    public CountingText(String s) {
        this.s = s;
    }

    /** The characters read so far. */
    public long reads() {
        return reads;
    }

    @Override public int length() {
        return s.length();
    }

    @Override public char charAt(int index) {
        reads++;
        return s.charAt(index);
    }

    @Override public CharSequence subSequence(int start, int end) {
        reads += end - start;
        return s.subSequence(start, end);
    }

    @Override public String toString() {
        reads += s.length();
        return s;
    }
}
