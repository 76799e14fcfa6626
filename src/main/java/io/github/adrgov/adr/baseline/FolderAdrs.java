package io.github.adrgov.adr.baseline;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which included files are ADRs, and their ids, as the reader of the log on disk decides: a folder named like an ADR
 * ({@code 0007-x/}, {@code 20240115-x/}) whose {@code README.md} or {@code index.md} is the ADR (its other files are
 * attachments, skipped); a {@code README.md}/{@code index.md} of any other sub-folder is that folder's index (skipped);
 * every other file is an ADR whose id is its path without {@code .md}.
 */
final class FolderAdrs {

    private static final Pattern NUMBERED = Pattern.compile("^(?:a?dr)?[-_ ]?\\d{1,9}(?=$|[-_ .])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATED = Pattern.compile("^(?:(?:19|20)\\d{6}|\\d{4}-\\d{1,2}-\\d{1,2})(?:$|\\D)");

    private FolderAdrs() {
    }

    /**
     * The ADR files among {@code files} (paths relative to the ADR directory, sorted), each with its id; the rest are
     * added to {@code skipped} (as paths relative to the ADR directory).
     */
    static Map<String, String> classify(Collection<String> files, List<String> skipped) {
        Map<String, String> folderAdrs = new HashMap<>();
        for (String rel : files) {
            int slash = rel.lastIndexOf('/');
            if (slash > 0 && isIndexName(rel.substring(slash + 1))) {
                String folder = rel.substring(0, slash);
                String name = folder.substring(folder.lastIndexOf('/') + 1);
                if (NUMBERED.matcher(name).find() || DATED.matcher(name).find()) {
                    folderAdrs.putIfAbsent(folder, rel);
                }
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String rel : files) {
            String owner = owner(rel, folderAdrs);
            if (owner != null) {
                if (folderAdrs.get(owner).equals(rel)) {
                    out.put(rel, owner);
                } else {
                    skipped.add(rel);
                }
                continue;
            }
            int slash = rel.lastIndexOf('/');
            if (slash > 0 && isIndexName(rel.substring(slash + 1))) {
                skipped.add(rel);
                continue;
            }
            out.put(rel, rel.replaceFirst("(?i)\\.(md|markdown)$", ""));
        }
        return out;
    }

    private static boolean isIndexName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("readme.md") || n.equals("index.md");
    }

    private static String owner(String rel, Map<String, String> folderAdrs) {
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
}
