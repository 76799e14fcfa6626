package io.github.adrgov.adr.parse;

import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.model.StatusCategory;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a cached model and the checks cached with it depend on besides the file itself: the cache layout, the plugin's
 * code (from the plugin jar, the CRC-32 of each of its own classes and of the bundled libraries' versions; from a
 * class directory, every class file of the plugin: any change of the parser, the model or a rule invalidates the cache
 * without anyone remembering to bump a version), the Markdown and YAML libraries, and the status vocabulary. The
 * configuration of the checks is keyed separately ({@link FileWork#fingerprint()}).
 */
final class CacheFingerprint {

    /** The plugin's code: every class below this package decides what a file parses to and what its checks find. */
    private static final String CODE_ROOT = "io/github/adrgov/adr/";
    /** Classes of the libraries the parser uses; their location names the library version. */
    private static final List<String> LIBRARY_CLASSES = List.of(
            "com/vladsch/flexmark/parser/Parser.class", "org/snakeyaml/engine/v2/api/Load.class");

    private static volatile String codeHash;

    private CacheFingerprint() {
    }

    /**
     * The fingerprint for these options, or null when the parser's code cannot be hashed (then nothing is cached).
     * The plugin jar's hash is remembered in {@code cacheDir} with the jar's size and modification time, so that a
     * later build (a new JVM) takes it from there without reading the jar's central directory (4,000 entries: 60 ms
     * of an unchanged 200-ADR build) while the jar has the size and time it had well before it was hashed (the rule
     * of the parse cache's own entries, {@link ParseCache#SETTLED_NANOS}).
     *
     * @param cacheDir the cache directory, or null to hash the jar in each JVM
     */
    static String of(StatusVocabulary statuses, Path cacheDir) {
        String code = codeHash(cacheDir);
        if (code == null) {
            return null;
        }
        MessageDigest md = CacheFiles.sha256();
        update(md, "layout " + CacheCodec.VERSION);
        update(md, "code " + code);
        for (Map.Entry<String, StatusCategory> e : new TreeMap<>(statuses.words()).entrySet()) {
            update(md, "status " + e.getKey() + "=" + e.getValue().name());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static String codeHash(Path cacheDir) {
        String h = codeHash;
        if (h == null) {
            h = computeCodeHash(cacheDir);
            codeHash = h;
        }
        return h.isEmpty() ? null : h;
    }

    /** Hash of the class files of {@link #CODE_PACKAGES} and the library locations; empty string when unknown. */
    private static String computeCodeHash(Path cacheDir) {
        try {
            MessageDigest md = CacheFiles.sha256();
            CodeSource cs = CacheFingerprint.class.getProtectionDomain().getCodeSource();
            if (cs == null || cs.getLocation() == null) {
                return "";
            }
            Path where = Path.of(cs.getLocation().toURI());
            if (Files.isDirectory(where)) {
                if (hashDirectory(md, where) == 0) {
                    return "";
                }
            } else {
                String jar = jarHash(where, cacheDir);
                if (jar == null) {
                    return "";
                }
                update(md, "jar " + jar);
            }
            ClassLoader loader = CacheFingerprint.class.getClassLoader();
            for (String lib : LIBRARY_CLASSES) {
                URL url = loader == null ? null : loader.getResource(lib);
                update(md, "lib " + lib + " " + (url == null ? "absent" : url.toExternalForm()));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "";
        }
    }

    private static int hashDirectory(MessageDigest md, Path root) throws IOException {
        Path dir = root.resolve(CODE_ROOT);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(p -> p.getFileName().toString().endsWith(".class")).forEach(files::add);
        }
        Collections.sort(files);
        for (Path f : files) {
            update(md, root.relativize(f).toString().replace('\\', '/'));
            md.update(Files.readAllBytes(f));
        }
        return files.size();
    }

    /**
     * The jar's hash ({@link #hashJar}), from the memo in the cache directory when the jar is unchanged since, else
     * computed and remembered there; null when the jar holds none of the plugin's classes.
     */
    static String jarHash(Path jar, Path cacheDir) throws IOException {
        BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
        String stamp = jar.toAbsolutePath().normalize() + "\t" + a.size() + "\t"
                + a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        Path memo = cacheDir == null ? null : cacheDir.toAbsolutePath().normalize().resolve("plugin-code.txt");
        if (memo != null) {
            try {
                List<String> lines = Files.isRegularFile(memo) ? Files.readAllLines(memo, StandardCharsets.UTF_8)
                        : List.of();
                if (lines.size() == 3 && lines.get(0).equals(stamp) && isHex64(lines.get(2))
                        && a.lastModifiedTime().to(TimeUnit.NANOSECONDS)
                                < Long.parseLong(lines.get(1)) - ParseCache.SETTLED_NANOS) {
                    return lines.get(2);
                }
            } catch (IOException | RuntimeException unreadable) {
                // hash the jar again
            }
        }
        MessageDigest md = CacheFiles.sha256();
        if (hashJar(md, jar) == 0) {
            return null;
        }
        String hash = HexFormat.of().formatHex(md.digest());
        if (memo != null) {
            String text = stamp + "\n" + ParseCache.wallClockNanos() + "\n" + hash + "\n";
            try {
                CacheFiles.replace(memo, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
            } catch (IOException | RuntimeException e) {
                // the next build hashes the jar again
            }
        }
        return hash;
    }

    private static boolean isHex64(String s) {
        if (s.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The plugin jar, from its central directory alone: the name, size and CRC-32 of every entry of the plugin's own
     * code and of {@code META-INF/} (whose {@code maven/} folders carry the version of each library bundled in the
     * jar). Any other build of a class changes its CRC; reading and hashing the whole 9 MB jar instead took a good
     * part of a build over an unchanged log.
     */
    private static int hashJar(MessageDigest md, Path jar) throws IOException {
        int own = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<String> keys = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                String name = e.getName();
                if (name.startsWith(CODE_ROOT) || name.startsWith("META-INF/")) {
                    keys.add(name + " " + e.getSize() + " " + Long.toHexString(e.getCrc()));
                    own += name.startsWith(CODE_ROOT) && name.endsWith(".class") ? 1 : 0;
                }
            }
            Collections.sort(keys);
            for (String k : keys) {
                update(md, k);
            }
        }
        return own;
    }

    private static void update(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }

}
