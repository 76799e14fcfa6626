package io.github.adrgov.adr.output;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Links into the plugin's site, for SARIF {@code helpUri}s and console hints: the rules page (one anchor per rule
 * id) and the CI guide. The site's address is the plugin pom's {@code project.url}, written into
 * {@code documentation.properties} by the build, so the links follow the pom and never name a file of the
 * repository.
 */
public final class Documentation {

    /** The address used when the build did not write one (e.g. classes compiled outside Maven). */
    static final String FALLBACK = "https://adrgov.github.io/adr-maven-plugin/";

    private static final String SITE = load();

    private Documentation() {
    }

    /** The plugin's site, ending with {@code /}. */
    public static String site() {
        return SITE;
    }

    /** The rules page: what each rule catches, a failing example, how to fix and configure it. */
    public static String rulesPage() {
        return SITE + "rules.html";
    }

    /** The section of the rules page about one rule. */
    public static String rule(String id) {
        return rulesPage() + "#" + id;
    }

    /** The CI guide: pre-merge checks, SARIF, JUnit and annotations on GitHub Actions, GitLab CI and Jenkins. */
    public static String ciGuide() {
        return SITE + "ci.html";
    }

    private static String load() {
        Properties p = new Properties();
        try (InputStream in = Documentation.class.getResourceAsStream("documentation.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return FALLBACK;
        }
        return normalise(p.getProperty("site"));
    }

    /** The address with a trailing slash; the fallback for a missing or unfiltered value. */
    static String normalise(String site) {
        if (site == null || site.isBlank() || site.contains("${")) {
            return FALLBACK;
        }
        String s = site.trim();
        return s.endsWith("/") ? s : s + "/";
    }
}
