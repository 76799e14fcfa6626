package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLink;
import io.github.adrgov.adr.model.AdrLog;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Where a link destination leads on disk, and why a link names no ADR of the log, in words. */
final class LinkTargets {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private LinkTargets() {
    }

    /** Whether a destination is a URL ({@code https:}, {@code mailto:}) or site-absolute ({@code /adr/7}). */
    static boolean isAbsolute(String destination) {
        String d = destination.trim();
        return d.startsWith("/") || d.startsWith("\\") || SCHEME.matcher(d).find();
    }

    /** The destination without {@code #fragment} and {@code ?query}, percent-decoded; may be empty. */
    static String filePart(String destination) {
        String s = destination.trim();
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1);
        }
        int cut = s.length();
        int hash = s.indexOf('#');
        if (hash >= 0) {
            cut = hash;
        }
        int q = s.indexOf('?');
        if (q >= 0 && q < cut) {
            cut = q;
        }
        s = s.substring(0, cut);
        if (s.indexOf('%') >= 0) {
            try {
                s = URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // keep as written
            }
        }
        return s;
    }

    /**
     * A relative destination as a path relative to the base directory with forward slashes (e.g.
     * {@code docs/adr/0009-x.md}), or null when the destination is absolute or names no file.
     */
    static String projectPath(Adr from, String destination) {
        if (destination == null || isAbsolute(destination)) {
            return null;
        }
        String file = filePart(destination);
        if (file.isEmpty()) {
            return null;
        }
        int slash = from.file().lastIndexOf('/');
        String dir = slash < 0 ? "" : from.file().substring(0, slash + 1);
        return AdrLog.normalize(dir + file.replace('\\', '/'));
    }

    /** Whether a project-relative path exists under the base directory; empty when there is no base directory. */
    static Optional<Boolean> exists(RuleContext ctx, String projectPath) {
        if (ctx.baseDir().isEmpty()) {
            return Optional.empty();
        }
        try {
            Path p = ctx.baseDir().get().resolve(projectPath).normalize();
            return Optional.of(ctx.files().exists(p));
        } catch (InvalidPathException e) {
            return Optional.of(false);
        }
    }

    /**
     * The file a broken link most likely meant, as a path relative to the base directory: the same path with
     * {@code .md} added when the link leaves out the extension ({@code ./0004-release-captain}), or a file of the
     * same folder whose name differs only in case ({@code ADR-004-x.md} for {@code adr-004-x.md}); null when there is
     * none or no base directory.
     */
    static String nearMiss(RuleContext ctx, String projectPath) {
        if (ctx.baseDir().isEmpty() || projectPath.isEmpty() || projectPath.endsWith("/")) {
            return null;
        }
        int slash = projectPath.lastIndexOf('/');
        String dir = slash < 0 ? "" : projectPath.substring(0, slash + 1);
        String name = projectPath.substring(slash + 1);
        if (name.isEmpty() || name.equals("..") || name.equals(".")) {
            return null;
        }
        try {
            Path folder = ctx.baseDir().get().resolve(dir.isEmpty() ? "." : dir).normalize();
            if (name.indexOf('.') < 0 && ctx.files().isRegularFile(folder.resolve(name + ".md"))) {
                return dir + name + ".md";
            }
            if (!ctx.files().isDirectory(folder)) {
                return null;
            }
            return ctx.files().names(folder).stream()
                    .filter(n -> !n.equals(name) && (n.equalsIgnoreCase(name) || n.equalsIgnoreCase(name + ".md")))
                    .findFirst().map(n -> dir + n).orElse(null);
        } catch (java.io.IOException | InvalidPathException e) {
            return null;
        }
    }

    /**
     * Why a link names no ADR of the log, as the end of a sentence: {@code there is no ADR-009},
     * {@code docs/adr/0009-x.md does not exist}, {@code docs/other/a.md is not an ADR of this log (it lies outside
     * docs/adr)}.
     */
    static String whyNoAdr(RuleContext ctx, Adr from, AdrLink link, int width) {
        String byNumber = link.targetNumber() == null ? null
                : "there is no " + RuleSupport.adrName(link.targetNumber(), width);
        String target = link.targetPath();
        if (target == null || filePart(target).isEmpty()) {
            return byNumber != null ? byNumber
                    : "it names no ADR by number or file; name it as ADR-NNN or link to its file";
        }
        String reason;
        String path = projectPath(from, target);
        if (path == null) {
            reason = "no ADR of this log is named " + RuleSupport.fileName(stripSlash(filePart(target)));
        } else {
            Optional<Boolean> exists = exists(ctx, path);
            if (exists.isEmpty()) {
                reason = "no ADR of this log is at " + path;
            } else if (!exists.get()) {
                reason = path + " does not exist";
            } else if (ctx.log().skipped().contains(path)) {
                reason = path + " is not an ADR (it is skipped as a non-ADR file)";
            } else if (!isUnder(path, ctx.log().directory())) {
                reason = path + " is not an ADR of this log (it lies outside " + ctx.log().directory() + ")";
            } else {
                reason = path + " is not an ADR of this log";
            }
        }
        if (link.targetNumber() == null) {
            return reason;
        }
        List<Adr> numbered = ctx.log().byNumber(link.targetNumber());
        if (numbered.isEmpty()) {
            return reason + ", and " + byNumber;
        }
        List<String> files = new ArrayList<>();
        for (Adr a : numbered) {
            files.add(a.file());
        }
        return reason + "; " + RuleSupport.adrName(link.targetNumber(), width) + " is " + String.join(" or ", files)
                + ", so fix the link";
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    static boolean isUnder(String path, String directory) {
        if (directory == null || directory.isEmpty() || directory.equals(".")) {
            return !path.startsWith("../");
        }
        String d = directory.endsWith("/") ? directory : directory + "/";
        return path.startsWith(d);
    }
}
