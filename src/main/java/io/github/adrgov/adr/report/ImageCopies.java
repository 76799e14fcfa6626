package io.github.adrgov.adr.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;

/**
 * Copies the images that ADR pages show (see {@link MarkdownBody#IMAGES}) from the project into the report. Only
 * regular files that really lie inside the base directory are copied (a symbolic link out of it is not followed);
 * an image that does not exist is left out, as the {@code broken-link} finding already says.
 */
public final class ImageCopies {

    private ImageCopies() {
    }

    /**
     * @param baseDir   the project base directory
     * @param paths     image paths relative to it, forward slashes
     * @param pagesDir  the directory of the ADR pages ({@code .../adr})
     * @return how many files were copied
     */
    public static int copy(Path baseDir, Collection<String> paths, Path pagesDir) throws IOException {
        Path base = baseDir.toRealPath();
        Path target = pagesDir.resolve(MarkdownBody.IMAGES).normalize();
        int copied = 0;
        for (String p : paths) {
            Path src;
            try {
                src = base.resolve(p).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                continue; // a name this platform's file-name encoding cannot hold (e.g. under LC_ALL=C)
            }
            if (!src.startsWith(base) || !Files.isRegularFile(src, LinkOption.NOFOLLOW_LINKS)
                    || !src.toRealPath().startsWith(base)) {
                continue;
            }
            Path dest = target.resolve(p).normalize();
            if (!dest.startsWith(target)) {
                continue;
            }
            Files.createDirectories(dest.getParent());
            Files.copy(src, dest, StandardCopyOption.REPLACE_EXISTING);
            copied++;
        }
        return copied;
    }
}
