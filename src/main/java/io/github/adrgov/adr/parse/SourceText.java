package io.github.adrgov.adr.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of one file split into lines: a leading BOM removed, CRLF, CR and LF all end a line. Index 0 is line 1.
 */
final class SourceText {

    private final List<String> lines;

    private SourceText(List<String> lines) {
        this.lines = lines;
    }

    static SourceText of(String text) {
        String t = text;
        if (!t.isEmpty() && t.charAt(0) == '\uFEFF') {
            t = t.substring(1);
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = t.length();
        if (t.indexOf('\r') < 0) {
            // the common case, LF only: the JDK's indexOf finds each line end faster than a loop over the chars
            for (int end = t.indexOf('\n'); end >= 0; end = t.indexOf('\n', start)) {
                out.add(t.substring(start, end));
                start = end + 1;
            }
            if (start < n) {
                out.add(t.substring(start));
            }
            return new SourceText(List.copyOf(out));
        }
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(t.substring(start, i));
                if (c == '\r' && i + 1 < n && t.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(t.substring(start));
        }
        return new SourceText(List.copyOf(out));
    }

    List<String> lines() {
        return lines;
    }

    int size() {
        return lines.size();
    }

    /** Line {@code n} (1-based), or "" past the end. */
    String line(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }
}
