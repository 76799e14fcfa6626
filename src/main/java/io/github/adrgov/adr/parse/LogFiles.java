package io.github.adrgov.adr.parse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which files of an ADR directory are ADRs: the include and exclude globs, and the folder-style layout
 * ({@code 2024-01-15-slug/README.md}, {@code 003-release/index.md}: a numbered or dated folder whose README or index is
 * one ADR, the folder its id; other files in it are attachments). Works on paths relative to the ADR directory, so the
 * reader of the log on disk and the reader of a git baseline choose the same files. Immutable and thread-safe.
 */
public final class LogFiles {

    private final List<Glob> includes;
    private final List<Glob> excludes;

    /** The file selection of these read options. */
    public LogFiles(ReadOptions options) {
        this.includes = globs(options.includes());
        this.excludes = globs(options.excludes());
    }

    /** Whether a path (relative to the ADR directory, forward slashes) is a file we look at. */
    public boolean included(String relative) {
        return Glob.any(includes, relative);
    }

    /** Whether an included path is skipped as not being an ADR (README, index, templates...). */
    public boolean excluded(String relative) {
        return Glob.any(excludes, relative);
    }

    /**
     * The ADRs among included, not excluded files (paths relative to the ADR directory), each with its id, ordered by
     * path. The others (attachments of folder-style ADRs, the index of a sub-folder) are added to {@code notAdrs}.
     */
    public static Map<String, String> classify(Collection<String> files, List<String> notAdrs) {
        List<String> sorted = new ArrayList<>(files);
        sorted.sort(null);
        Map<String, String> folderAdrs = new HashMap<>();
        for (String rel : sorted) {
            int slash = rel.lastIndexOf('/');
            if (slash > 0 && isIndexName(rel.substring(slash + 1))) {
                String folder = rel.substring(0, slash);
                String folderName = folder.substring(folder.lastIndexOf('/') + 1);
                if (NumberReader.fileNumber(folderName) != null || NumberReader.isDateNamed(folderName)) {
                    folderAdrs.putIfAbsent(folder, rel);
                }
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String rel : sorted) {
            String owner = folderOwner(rel, folderAdrs);
            if (owner != null) {
                if (folderAdrs.get(owner).equals(rel)) {
                    out.put(rel, owner);
                } else {
                    notAdrs.add(rel);
                }
                continue;
            }
            int slash = rel.lastIndexOf('/');
            if (slash > 0 && isIndexName(rel.substring(slash + 1))) {
                notAdrs.add(rel); // the index of a sub-folder of ADRs, not an ADR
                continue;
            }
            out.put(rel, withoutMarkdownSuffix(rel));
        }
        return out;
    }

    /** The path without a final {@code .md} or {@code .markdown} (ASCII letters of any case). */
    static String withoutMarkdownSuffix(String rel) {
        if (endsWithAscii(rel, ".md")) {
            return rel.substring(0, rel.length() - 3);
        }
        if (endsWithAscii(rel, ".markdown")) {
            return rel.substring(0, rel.length() - 9);
        }
        return rel;
    }

    /** Whether {@code s} ends with {@code lowerSuffix}, ASCII letters compared without case. */
    private static boolean endsWithAscii(String s, String lowerSuffix) {
        int from = s.length() - lowerSuffix.length();
        if (from < 0) {
            return false;
        }
        for (int i = 0; i < lowerSuffix.length(); i++) {
            char c = s.charAt(from + i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != lowerSuffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIndexName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("readme.md") || n.equals("index.md");
    }

    /** The folder-style ADR folder that holds this file, or null. */
    private static String folderOwner(String rel, Map<String, String> folderAdrs) {
        String p = rel;
        int slash;
        while ((slash = p.lastIndexOf('/')) > 0) {
            p = p.substring(0, slash);
            if (folderAdrs.containsKey(p)) {
                return p;
            }
        }
        return null;
    }

    private static List<Glob> globs(List<String> patterns) {
        List<Glob> out = new ArrayList<>();
        for (String p : patterns) {
            out.add(Glob.of(p));
        }
        return out;
    }
}
