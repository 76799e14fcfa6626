package io.github.adrgov.adr.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The whole ADR log: every ADR read, every file that could not be read, and indexes by number, id and file so that
 * log-wide checks never rescan the log per ADR.
 */
public final class AdrLog {

    /** Order of ADRs in every output: by number (unnumbered last), then by id. */
    public static final Comparator<Adr> ORDER = Comparator
            .comparing(Adr::number, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Adr::id);

    private final String directory;
    private final List<Adr> adrs;
    private final List<UnreadableFile> unreadable;
    private final List<String> skipped;
    private final Map<String, Adr> byId;
    private final Map<String, Adr> byFile;
    private final Map<String, List<Adr>> byFileName;
    private final TreeMap<Integer, List<Adr>> byNumber;
    private volatile Supersessions supersessions;

    /**
     * @param directory  the ADR directory relative to the base directory, forward slashes (e.g. {@code docs/adr})
     * @param adrs       the ADRs, any order
     * @param unreadable files that could not be read
     * @param skipped    files skipped as non-ADRs (README.md, templates...), relative to the base directory
     */
    public AdrLog(String directory, List<Adr> adrs, List<UnreadableFile> unreadable, List<String> skipped) {
        this.directory = directory;
        List<Adr> sorted = new ArrayList<>(adrs);
        sorted.sort(ORDER);
        this.adrs = Collections.unmodifiableList(sorted);
        List<UnreadableFile> u = new ArrayList<>(unreadable);
        u.sort(Comparator.comparing(UnreadableFile::file));
        this.unreadable = Collections.unmodifiableList(u);
        List<String> s = new ArrayList<>(skipped);
        Collections.sort(s);
        this.skipped = Collections.unmodifiableList(s);
        Map<String, Adr> ids = new LinkedHashMap<>();
        Map<String, Adr> files = new HashMap<>();
        Map<String, List<Adr>> names = new HashMap<>();
        TreeMap<Integer, List<Adr>> numbers = new TreeMap<>();
        for (Adr a : sorted) {
            ids.putIfAbsent(a.id(), a);
            files.put(a.file(), a);
            names.computeIfAbsent(fileName(a.file()).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(a);
            if (a.number() != null) {
                numbers.computeIfAbsent(a.number(), k -> new ArrayList<>()).add(a);
            }
        }
        this.byId = Collections.unmodifiableMap(ids);
        this.byFile = Collections.unmodifiableMap(files);
        this.byFileName = names;
        this.byNumber = numbers;
    }

    /** The ADR directory relative to the base directory, forward slashes. */
    public String directory() { return directory; }

    /** The ADRs ordered by number, then id. */
    public List<Adr> adrs() { return adrs; }

    /** Files that could not be read, by path. */
    public List<UnreadableFile> unreadable() { return unreadable; }

    /** Files skipped as not being ADRs, by path. */
    public List<String> skipped() { return skipped; }

    /** Number of ADRs read. */
    public int size() { return adrs.size(); }

    /** The ADR with this id. */
    public Optional<Adr> byId(String id) { return Optional.ofNullable(byId.get(id)); }

    /** The ADR in this file (relative to the base directory, forward slashes). */
    public Optional<Adr> byFile(String file) { return Optional.ofNullable(byFile.get(file)); }

    /** The ADRs that carry this number (more than one when the number is duplicated). */
    public List<Adr> byNumber(int number) {
        return byNumber.getOrDefault(number, List.of());
    }

    /** Every number used, ascending, with the ADRs that carry it. */
    public NavigableMap<Integer, List<Adr>> numbers() { return Collections.unmodifiableNavigableMap(byNumber); }

    /** Who superseded whom, read from both sides of the links; built on first use, then kept. */
    public Supersessions supersessions() {
        Supersessions s = supersessions;
        if (s == null) {
            s = Supersessions.of(this);
            supersessions = s;
        }
        return s;
    }

    /** How many ADRs carry a number. */
    public int numberedCount() {
        int n = 0;
        for (List<Adr> l : byNumber.values()) {
            n += l.size();
        }
        return n;
    }

    /**
     * The ADRs a link points to: by the file it names (relative to the linking ADR, or by file name when the path is
     * an absolute URL or leads elsewhere), else by the number it names. Empty when it names no ADR of this log.
     * A destination that names a Markdown file which is not in the log is broken, whatever number its text shows
     * (the number may since belong to another ADR); other destinations, such as site links {@code /adr/7}, fall back
     * to the number.
     */
    public List<Adr> resolve(Adr from, AdrLink link) {
        if (link.targetPath() != null) {
            List<Adr> byPath = resolvePath(from, link.targetPath());
            if (!byPath.isEmpty()) {
                return byPath;
            }
            String path = stripQueryAndFragment(link.targetPath().trim()).toLowerCase(Locale.ROOT);
            if (path.endsWith(".md") || path.endsWith(".markdown")) {
                return List.of();
            }
        }
        if (link.targetNumber() != null) {
            return byNumber(link.targetNumber());
        }
        return List.of();
    }

    /** Resolves a link destination as written in {@code from} to ADRs of this log, if it names one. */
    public List<Adr> resolvePath(Adr from, String destination) {
        String path = stripQueryAndFragment(destination.trim());
        if (path.isEmpty()) {
            return List.of();
        }
        path = decode(path);
        boolean absolute = path.contains("://") || path.startsWith("/");
        if (!absolute) {
            String joined = normalize(parentOf(from.file()) + path);
            Adr exact = byFile.get(joined);
            if (exact != null) {
                return List.of(exact);
            }
            Adr asFolder = byFile.get(joined.endsWith("/") ? joined + "README.md" : joined + "/README.md");
            if (asFolder != null) {
                return List.of(asFolder);
            }
        }
        String name = fileName(path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
        List<Adr> named = byFileName.get(name.toLowerCase(Locale.ROOT));
        if (named == null && !name.toLowerCase(Locale.ROOT).endsWith(".md")) {
            named = byFileName.get(name.toLowerCase(Locale.ROOT) + ".md");
        }
        if (named != null) {
            return List.copyOf(named);
        }
        Adr id = byId.get(name.replaceFirst("(?i)\\.md$", ""));
        return id == null ? List.of() : List.of(id);
    }

    private static String stripQueryAndFragment(String s) {
        int cut = s.length();
        int hash = s.indexOf('#');
        if (hash >= 0) {
            cut = hash;
        }
        int q = s.indexOf('?');
        if (q >= 0 && q < cut) {
            cut = q;
        }
        return s.substring(0, cut);
    }

    private static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static String parentOf(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash + 1);
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Normalises {@code a/./b/../c} to {@code a/c}; a path that climbs above the root keeps its leading {@code ..}. */
    public static String normalize(String path) {
        List<String> out = new ArrayList<>();
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..") && !out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
                out.remove(out.size() - 1);
            } else {
                out.add(part);
            }
        }
        return String.join("/", out);
    }
}
