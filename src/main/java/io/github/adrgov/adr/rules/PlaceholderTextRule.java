package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.result.Severity;
import java.util.List;

/**
 * {@code placeholder-text}: template text left unfilled in the body of an ADR (see {@link Placeholders}). Fenced code
 * blocks, inline code and HTML comments are skipped, and so are the status and date lines, which
 * {@code unknown-status} and {@code invalid-date} speak for. At most one finding per line.
 */
public final class PlaceholderTextRule implements Rule {

    @Override public String id() { return "placeholder-text"; }

    @Override public Severity defaultSeverity() { return Severity.WARNING; }

    @Override public String description() {
        return "Template text is left unfilled ([Describe ...], {...}, YYYY-MM-DD, TODO).";
    }

    @Override public String example() {
        return """
                ==> docs/adr/0001-use-postgresql.md <==
                # 1. Use PostgreSQL

                Date: 2025-01-15

                ## Status

                Accepted

                ## Context

                The orders service needs a place to keep orders.

                ## Decision

                We will use PostgreSQL.

                ## Consequences

                [Describe the resulting context, after applying the decision.]
                """;
    }

    @Override public String fix() {
        return """
                Replace the template's instruction with the real content, or remove it. Code blocks, inline code and HTML
                comments are never reported.""";
    }

    @Override
    public void check(RuleContext ctx) {
        for (Adr adr : ctx.log().adrs()) {
            check(ctx, adr);
        }
    }

    private static void check(RuleContext ctx, Adr adr) {
        List<String> lines = adr.lines();
        int statusLine = adr.status().map(s -> s.line()).orElse(0);
        String fence = null;
        boolean inComment = false;
        for (int i = Math.max(0, adr.bodyStartLine() - 1); i < lines.size(); i++) {
            String line = lines.get(i);
            if (!inComment) {
                String trimmed = line.stripLeading();
                if (fence != null) {
                    if (trimmed.startsWith(fence) && trimmed.substring(fence.length()).isBlank()) {
                        fence = null;
                    }
                    continue;
                }
                String opened = fenceOpening(trimmed);
                if (opened != null) {
                    fence = opened;
                    continue;
                }
            }
            int lineNo = i + 1;
            if (!inComment && line.indexOf("<!--") < 0) {
                if (lineNo != statusLine && lineNo != adr.dateLine()) {
                    report(ctx, adr, lineNo, line);
                }
                continue;
            }
            // drop comments (they may span lines), then inline code
            StringBuilder text = new StringBuilder();
            int pos = 0;
            while (pos < line.length()) {
                if (inComment) {
                    int end = line.indexOf("-->", pos);
                    if (end < 0) {
                        pos = line.length();
                    } else {
                        inComment = false;
                        pos = end + 3;
                    }
                } else {
                    int start = line.indexOf("<!--", pos);
                    if (start < 0) {
                        text.append(line, pos, line.length());
                        pos = line.length();
                    } else {
                        text.append(line, pos, start).append(' ');
                        inComment = true;
                        pos = start + 4;
                    }
                }
            }
            if (lineNo != statusLine && lineNo != adr.dateLine()) {
                report(ctx, adr, lineNo, text.toString());
            }
        }
    }

    private static void report(RuleContext ctx, Adr adr, int lineNo, String text) {
        String found = Placeholders.find(withoutCode(text));
        if (found != null) {
            ctx.report(adr, lineNo, "Template text \"" + found
                    + "\" is left unfilled; replace it with the real content or remove it.");
        }
    }

    /** The fence marker when the line opens a fenced code block ({@code ```} or {@code ~~~}, 3 or more), else null. */
    private static String fenceOpening(String trimmed) {
        if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
            char c = trimmed.charAt(0);
            int n = 0;
            while (n < trimmed.length() && trimmed.charAt(n) == c) {
                n++;
            }
            return trimmed.substring(0, n);
        }
        return null;
    }

    /** The line with inline code spans (backtick runs and their content) removed. */
    static String withoutCode(String line) {
        if (line.indexOf('`') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c != '`') {
                out.append(c);
                i++;
                continue;
            }
            int run = 0;
            while (i + run < line.length() && line.charAt(i + run) == '`') {
                run++;
            }
            String ticks = line.substring(i, i + run);
            int close = line.indexOf(ticks, i + run);
            if (close < 0) {
                out.append(ticks);
                i += run;
            } else {
                out.append(' ');
                i = close + run;
            }
        }
        return out.toString();
    }
}
