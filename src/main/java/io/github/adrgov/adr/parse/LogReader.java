package io.github.adrgov.adr.parse;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.LineSource;
import io.github.adrgov.adr.model.UnreadableFile;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an ADR directory into an {@link AdrLog}: finds the files, decodes them strictly as UTF-8, parses each.
 * A file that cannot be read becomes an {@link io.github.adrgov.adr.model.UnreadableFile}, never an exception.
 *
 * <p>Folder-style ADRs ({@code 2024-01-15-slug/README.md}, {@code 003-release/index.md}: a numbered or dated folder
 * holding a README or index) count as one ADR; other Markdown files beside them are the ADR's attachments and are
 * listed as skipped. Symbolic links that lead outside the ADR directory are skipped; cycles are never followed.
 * Files are parsed in parallel; the result does not depend on file-system order. The ADRs read keep their model, not
 * their text (see {@link Adr#lines()}), so that memory grows with the model of the log, not with its text.
 */
public final class LogReader {

    private final ReadOptions options;
    private final LogFiles selection;
    private final AdrParser parser;

    public LogReader(ReadOptions options) {
        this.options = options;
        this.selection = new LogFiles(options);
        this.parser = new AdrParser(options.statuses());
    }

    /** The options this reader was made with. */
    public ReadOptions options() {
        return options;
    }

    /**
     * Reads the log.
     *
     * @param baseDir project base directory; file paths in the model are relative to it
     * @param adrDir  the ADR directory (must exist; the caller says plainly when it does not)
     * @throws IOException when the directory itself cannot be listed
     */
    public AdrLog read(Path baseDir, Path adrDir) throws IOException {
        return read(baseDir, adrDir, null).log();
    }

    /**
     * The log read, the result of the {@link FileWork} for each ADR file (by {@link Adr#file()}), and how many files
     * were decoded and parsed in this run (the others came from the parse cache).
     */
    public record Result(AdrLog log, Map<String, byte[]> work, int parsed, String inputDigest) {

        /** A result without an input digest. */
        public Result(AdrLog log, Map<String, byte[]> work, int parsed) {
            this(log, work, parsed, null);
        }
    }

    /**
     * Reads the log and does {@code work} on each ADR while its text is at hand (or takes the work's result from the
     * parse cache when the file is unchanged). The ADRs of the log do not keep their text: {@link Adr#lines()} reads
     * the file again.
     *
     * @param work the work to do on each ADR, or null
     * @throws IOException when the directory itself cannot be listed
     */
    public Result read(Path baseDir, Path adrDir, FileWork work) throws IOException {
        Path base = baseDir.toAbsolutePath().normalize();
        Path dir = adrDir.toAbsolutePath().normalize();
        Scan scan = scan(dir);
        List<String> skipped = new ArrayList<>();
        List<UnreadableFile> unreadable = new ArrayList<>();
        for (String rel : scan.skipped) {
            skipped.add(display(base, dir, scan, rel));
        }
        for (Map.Entry<String, String> e : scan.failed.entrySet()) {
            unreadable.add(new UnreadableFile(display(base, dir, scan, e.getKey()), e.getValue()));
        }
        List<Candidate> candidates = classify(scan, skipped, base, dir);
        ParseCache cache = options.cacheDirectory() == null ? null
                : ParseCache.open(options.cacheDirectory(), display(base, dir, scan, ""), options.statuses(),
                        work == null ? null : work.fingerprint());
        ReadBuffers buffers = new ReadBuffers();
        List<ParseCache.Item> results = candidates.parallelStream().map(c -> readCached(cache, c, work, buffers))
                .toList();
        if (cache != null) {
            cache.save();
        }
        List<Adr> adrs = new ArrayList<>();
        Map<String, byte[]> done = new HashMap<>();
        for (ParseCache.Item r : results) {
            if (r.value() instanceof Adr a) {
                adrs.add(a);
                if (r.work() != null) {
                    done.put(a.file(), r.work());
                }
            } else {
                unreadable.add((UnreadableFile) r.value());
            }
        }
        return new Result(new AdrLog(display(base, dir, scan, ""), DateReader.settle(adrs), unreadable, skipped), done,
                candidates.size() - (cache == null ? 0 : cache.hits()), inputDigest(cache, results, unreadable,
                        skipped));
    }

    /**
     * A digest of everything the log read here was made of: the reading code (the cache's fingerprint), each ADR
     * file's path, id and the hash of its bytes, the files that could not be read and why, the files skipped. Two
     * reads with the same digest give the same log. Null without a cache, or when a file's hash is not known.
     */
    private static String inputDigest(ParseCache cache, List<ParseCache.Item> results, List<UnreadableFile> unreadable,
            List<String> skipped) {
        if (cache == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder("log-input 1\n").append(cache.fingerprint()).append('\n');
        for (ParseCache.Item r : results) {
            if (r.value() instanceof Adr a) {
                byte[] hash = cache.hashOf(a.file());
                if (hash == null) {
                    return null;
                }
                sb.append("adr ").append(a.file()).append('\t').append(a.id()).append('\t')
                        .append(HexFormat.of().formatHex(hash)).append('\n');
            }
        }
        for (UnreadableFile u : unreadable) {
            sb.append("unreadable ").append(u.file()).append('\t').append(u.problem()).append('\n');
        }
        for (String f : skipped) {
            sb.append("skipped ").append(f).append('\n');
        }
        return CacheFiles.sha256Hex(sb.toString());
    }

    private ParseCache.Item readCached(ParseCache cache, Candidate c, FileWork work, ReadBuffers buffers) {
        Path path = c.path;
        LineSource lines = () -> linesOf(path);
        ParseCache.Item r = cache == null ? null
                : cache.read(c.file, c.id, path, c.attrs, parser, work, lines, buffers);
        return r != null ? r : readOne(c, path, work, lines, buffers);
    }

    private ParseCache.Item readOne(Candidate c, Path path, FileWork work, LineSource lines, ReadBuffers buffers) {
        FileDecoder.Decoded d = FileDecoder.read(path, buffers);
        if (d.problem() != null) {
            return new ParseCache.Item(new UnreadableFile(c.file, d.problem()), null);
        }
        Adr adr = parser.parse(c.file, c.id, d.source());
        byte[] result = work == null ? null : work.apply(adr);
        return new ParseCache.Item(adr.withLinesFrom(lines), result);
    }

    /** The lines of a file read again, or none when it can no longer be read. */
    private static List<String> linesOf(Path path) {
        FileDecoder.Decoded d = FileDecoder.read(path);
        return d.problem() != null ? List.of() : d.source().lines();
    }

    /**
     * A file to parse: the file itself, path relative to the base directory, id. The path is the one the directory
     * listing gave, never rebuilt from its name: a name that the platform's file-name encoding cannot represent (a
     * non-ASCII name under {@code LC_ALL=C}) would not map back to the file.
     */
    private record Candidate(Path path, BasicFileAttributes attrs, String file, String id) {
    }

    /** The ADRs among the included files, with their ids; attachments of folder-style ADRs are skipped. */
    private static List<Candidate> classify(Scan scan, List<String> skipped, Path base, Path dir) {
        List<String> notAdrs = new ArrayList<>();
        List<Candidate> out = new ArrayList<>();
        LogFiles.classify(scan.files, notAdrs).forEach((rel, id) -> out.add(
                new Candidate(scan.paths.get(rel), scan.attrs.get(rel), display(base, dir, scan, rel), id)));
        for (String rel : notAdrs) {
            skipped.add(display(base, dir, scan, rel));
        }
        return out;
    }

    private static final class Scan {
        final List<String> files = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();
        final Map<String, String> failed = new HashMap<>();
        /** The listed path of each name relative to the ADR directory (folders with a trailing slash). */
        final Map<String, Path> paths = new HashMap<>();
        /** The attributes the listing gave for each file of {@link #files}: its size and time, taken before its bytes. */
        final Map<String, BasicFileAttributes> attrs = new HashMap<>();
    }

    private Scan scan(Path dir) throws IOException {
        Path realDir = dir.toRealPath();
        Scan scan = new Scan();
        Set<Path> seenDirs = new HashSet<>();
        Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                        Path real;
                        try {
                            real = d.toRealPath();
                        } catch (IOException e) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        if (!d.equals(dir) && (!real.startsWith(realDir) || !seenDirs.add(real))) {
                            String rel = rel(dir, d);
                            scan.paths.putIfAbsent(rel + "/", d);
                            if (selection.included(rel + "/x.md")) {
                                scan.skipped.add(rel + "/");
                            }
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        seenDirs.add(real);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                        String rel = rel(dir, f);
                        if (!selection.included(rel)) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (scan.paths.putIfAbsent(rel, f) != null) {
                            // two names that this platform's file-name encoding shows alike
                            scan.failed.put(rel, "its name cannot be told apart from another file's name in this"
                                    + " locale's file-name encoding (" + System.getProperty("sun.jnu.encoding", "?")
                                    + "); run with a UTF-8 locale such as LC_ALL=C.UTF-8");
                            return FileVisitResult.CONTINUE;
                        }
                        Path real;
                        try {
                            real = Files.isSymbolicLink(f) ? f.toRealPath() : null;
                        } catch (IOException | SecurityException e) {
                            scan.failed.put(rel, FileDecoder.describe(e));
                            return FileVisitResult.CONTINUE;
                        }
                        if (real != null && !real.startsWith(realDir)) {
                            scan.skipped.add(rel);
                        } else if (!attrs.isRegularFile()) {
                            scan.failed.put(rel, "not a regular file");
                        } else if (selection.excluded(rel)) {
                            scan.skipped.add(rel);
                        } else {
                            scan.files.add(rel);
                            scan.attrs.put(rel, attrs);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path f, IOException e) {
                        if (e instanceof FileSystemLoopException) {
                            return FileVisitResult.CONTINUE;
                        }
                        String rel = rel(dir, f);
                        if (selection.included(rel)) {
                            scan.paths.putIfAbsent(rel, f);
                            scan.failed.put(rel, FileDecoder.describe(e));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        return scan;
    }

    /**
     * A path below {@code dir} relative to it, forward slashes. The listing gives paths that begin with the
     * directory's own, so cutting that off is the relative path ({@link Path#relativize} did the same work at a cost
     * that showed for 10,000 files); anything else takes {@code relativize}.
     */
    static String rel(Path dir, Path p) {
        String d = dir.toString();
        String s = p.toString();
        String sep = p.getFileSystem().getSeparator();
        int cut = d.endsWith(sep) ? d.length() : d.length() + sep.length();
        if (dir.getFileSystem() == p.getFileSystem() && s.length() > cut && s.startsWith(d)
                && s.startsWith(sep, cut - sep.length()) && !d.isEmpty()) {
            String r = s.substring(cut);
            return sep.equals("/") ? r : r.replace(sep, "/");
        }
        return slashes(dir.relativize(p));
    }

    /**
     * A path with forward slashes. Only the platform's separator is replaced: on Linux a {@code \\} is a character of a
     * file name, and replacing it would name another file.
     */
    static String slashes(Path p) {
        String sep = p.getFileSystem().getSeparator();
        return sep.equals("/") ? p.toString() : p.toString().replace(sep, "/");
    }

    /**
     * {@code p} relative to {@code base} when it lies under it, else {@code p}; forward slashes. Where the separator is
     * {@code /}, a path under {@code base} with no name starting with a dot is shown as its string after
     * {@code base}'s and a {@code /}: what {@code base.relativize(p)} gives, without the Path objects it makes for
     * every file of the log.
     */
    static String shown(Path base, Path p) {
        if (p.getFileSystem().getSeparator().equals("/")) {
            String ps = p.toString();
            String bs = base.toString();
            // a name starting with '.' (".", "..", which relativize reads as steps, or a hidden file) takes the Paths
            if (bs.length() > 1 && ps.length() > bs.length() + 1 && ps.startsWith(bs) && ps.charAt(bs.length()) == '/'
                    && ps.indexOf("/.") < 0) {
                return ps.substring(bs.length() + 1);
            }
        }
        return slashes(p.startsWith(base) ? base.relativize(p) : p);
    }

    /** A path relative to the ADR directory shown relative to the base directory, forward slashes. */
    private static String display(Path base, Path dir, Scan scan, String rel) {
        Path listed = scan.paths.get(rel);
        Path p = rel.isEmpty() ? dir : listed != null ? listed : dir.resolve(rel);
        String s = shown(base, p);
        if (rel.endsWith("/") && !s.endsWith("/")) {
            s = s + "/";
        }
        return s;
    }
}
