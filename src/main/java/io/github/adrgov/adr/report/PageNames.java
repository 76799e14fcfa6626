package io.github.adrgov.adr.report;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The file name of each ADR's page, beside the index page: the ADR id made safe for file names and URLs
 * ({@code 0003-use-x} gives {@code 0003-use-x.html}, {@code decisions/a b} gives {@code decisions-a-b.html}). Names
 * are unique even on case-insensitive file systems: when two ids clean to the same name, the later one in log order
 * gets {@code -2}, {@code -3}... The name {@code index} is kept for the index page.
 */
public final class PageNames {

    private final Map<String, String> byFile;

    private PageNames(Map<String, String> byFile) {
        this.byFile = byFile;
    }

    /** Names for every ADR of the log, assigned in log order so that they never depend on file order. */
    public static PageNames of(AdrLog log) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        taken.add("index");
        for (Adr adr : log.adrs()) {
            if (names.containsKey(adr.file())) {
                continue;
            }
            String base = clean(adr.id());
            String name = base;
            for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + "-" + n;
            }
            taken.add(name.toLowerCase(Locale.ROOT));
            names.put(adr.file(), name + ".html");
        }
        return new PageNames(Collections.unmodifiableMap(names));
    }

    /** Page names given by file, e.g. {@code orders/0003-use-x.html} for pages in a module's folder. */
    static PageNames of(Map<String, String> byFile) {
        return new PageNames(Collections.unmodifiableMap(new LinkedHashMap<>(byFile)));
    }

    /** The page file name of this ADR, e.g. {@code 0003-use-x.html}. */
    public String of(Adr adr) {
        String name = byFile.get(adr.file());
        if (name == null) {
            throw new IllegalArgumentException("Not an ADR of this log: " + adr.file());
        }
        return name;
    }

    /** Every page name by ADR file, in log order. */
    public Map<String, String> all() {
        return byFile;
    }

    /** ASCII letters, digits, dot and underscore kept; runs of anything else (dashes too) become one dash. */
    static String clean(String id) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_');
            if (ok) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-'); // "0005-使用-adr" gives "0005-adr": one dash for any run of other characters
            }
        }
        String s = sb.toString().replaceAll("^[-.]+|[-.]+$", "");
        return s.isEmpty() ? "adr" : s;
    }
}
