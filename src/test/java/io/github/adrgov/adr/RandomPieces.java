package io.github.adrgov.adr;

import java.util.Random;

/**
 * Random texts made of the pieces a pattern looks for, so that most of them come close to a match: for tests that hold
 * a fast check against the slow one it stands for. Rounds and seed come from {@code -D<name>.rounds} and
 * {@code -D<name>.seed}, so that a failure can be replayed and a hunt run longer.
 */
public final class RandomPieces {

    private RandomPieces() {
    }

    /** The generator of a test named {@code name}: seeded by {@code -D<name>.seed}, 20261202 unless told. */
    public static Random random(String name) {
        return new Random(Long.getLong(name + ".seed", 20261202L));
    }

    /** How many rounds a test named {@code name} runs: {@code -D<name>.rounds}, else {@code otherwise}. */
    public static int rounds(String name, int otherwise) {
        return Integer.getInteger(name + ".rounds", otherwise);
    }

    /** One to {@code most} pieces, each drawn from {@code pieces}, joined. */
    public static String line(Random r, String[] pieces, int most) {
        StringBuilder sb = new StringBuilder();
        for (int n = 1 + r.nextInt(most); n > 0; n--) {
            sb.append(pieces[r.nextInt(pieces.length)]);
        }
        return sb.toString();
    }
}
