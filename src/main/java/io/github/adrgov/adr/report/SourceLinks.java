package io.github.adrgov.adr.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Links from an ADR's page to its source file in the repository browser named by the project's {@code scm.url}:
 * GitHub ({@code https://github.com/o/r} gives {@code https://github.com/o/r/blob/HEAD/docs/adr/0001-x.md}; the
 * path a child module inherits, {@code https://github.com/o/r/module}, gives {@code .../blob/HEAD/module/...}), GitLab
 * ({@code .../-/blob/HEAD/...}) and Bitbucket ({@code .../src/HEAD/...}); any other address gets the file's path
 * appended. Without an address there is no link.
 */
final class SourceLinks {

    private SourceLinks() {
    }

    /**
     * The address of {@code file} (relative to the project base directory, forward slashes), or null when
     * {@code scmUrl} is unset or not an http(s) address.
     */
    static String of(String scmUrl, String file) {
        if (scmUrl == null || scmUrl.isBlank() || file == null || file.isBlank()) {
            return null;
        }
        String base = scmUrl.strip();
        String lower = base.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
            return null; // scm:git:..., ssh: not something a reader's browser opens
        }
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        if (base.endsWith(".git")) {
            base = base.substring(0, base.length() - 4);
        }
        String path = encode(file);
        URI uri;
        try {
            uri = new URI(base);
        } catch (URISyntaxException e) {
            return null;
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.equals("github.com") || host.equals("www.github.com")) {
            return github(uri, base, path);
        }
        if (host.contains("gitlab")) {
            int dash = base.indexOf("/-/");
            return (dash < 0 ? base : base.substring(0, dash)) + "/-/blob/HEAD/" + path;
        }
        if (host.equals("bitbucket.org")) {
            return base + "/src/HEAD/" + path;
        }
        return base + "/" + path;
    }

    /** {@code https://github.com/owner/repo[/tree/ref][/sub/dir]} to the file's blob address below the sub folder. */
    private static String github(URI uri, String base, String path) {
        String[] parts = uri.getPath() == null ? new String[0] : uri.getPath().replaceAll("^/+", "").split("/");
        if (parts.length < 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            return base + "/" + path;
        }
        String repo = uri.getScheme() + "://" + uri.getHost() + "/" + parts[0] + "/" + parts[1];
        int from = 2;
        String ref = "HEAD";
        if (parts.length > 3 && (parts[2].equals("tree") || parts[2].equals("blob"))) {
            ref = parts[3];
            from = 4;
        }
        StringBuilder sub = new StringBuilder();
        for (int i = from; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                sub.append(parts[i]).append('/');
            }
        }
        return repo + "/blob/" + ref + "/" + sub + path;
    }

    /** A relative path as a URI path: each segment percent-encoded as needed, slashes kept. */
    private static String encode(String file) {
        try {
            return new URI(null, null, file.replace('\\', '/'), null).getRawPath();
        } catch (URISyntaxException e) {
            return file;
        }
    }
}
