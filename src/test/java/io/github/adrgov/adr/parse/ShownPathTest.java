package io.github.adrgov.adr.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.RandomPieces;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A file's path shown relative to the base directory, by strings, as Path.relativize shows it. */
class ShownPathTest {

    private static final String[] NAMES = {"a", "b", "ab", "docs", "adr", "x y", "\u00e9", ".", "..", "a.md", "b/"};

    private static String byPaths(Path base, Path p) {
        return LogReader.slashes(p.startsWith(base) ? base.relativize(p) : p);
    }

    private static String path(Random r, boolean absolute) {
        StringBuilder sb = new StringBuilder(absolute ? "/" : "");
        for (int i = 0, n = r.nextInt(4); i < n; i++) {
            sb.append(NAMES[r.nextInt(NAMES.length)]).append(r.nextInt(5) == 0 ? "//" : "/");
        }
        return sb.toString();
    }

    @Test
    void shownAsRelativizeShowsIt() {
        assertThat(LogReader.shown(Path.of("/p"), Path.of("/p/docs/adr/0001-a.md"))).isEqualTo("docs/adr/0001-a.md");
        assertThat(LogReader.shown(Path.of("/p"), Path.of("/pq/docs/a.md"))).isEqualTo("/pq/docs/a.md");
        assertThat(LogReader.shown(Path.of("/p"), Path.of("/p"))).isEmpty();
        int rounds = RandomPieces.rounds("adr.shown", 50_000);
        Random r = RandomPieces.random("adr.shown");
        int under = 0;
        for (int i = 0; i < rounds; i++) {
            boolean absolute = r.nextInt(8) > 0;
            Path base = Path.of(path(r, absolute));
            // most paths under the base, as a log's files are
            Path p = r.nextInt(4) > 0 ? Path.of(base + "/" + path(r, false) + NAMES[r.nextInt(NAMES.length)])
                    : Path.of(path(r, absolute) + NAMES[r.nextInt(NAMES.length)]);
            String expected = byPaths(base, p);
            assertThat(LogReader.shown(base, p)).as("%s under %s", p, base).isEqualTo(expected);
            under += p.startsWith(base) ? 1 : 0;
        }
        assertThat(under).isGreaterThan(rounds / 2);
    }
}
