package org.plenary.trials;

import java.util.function.Consumer;

/**
 * Checks a property over a fixed number of random inputs. Each try draws from its own generator seeded by the
 * property's seed and the try's number, so a failure names the one try to replay and every run draws the same
 * inputs: a property test that passes once passes on every machine.
 */
public final class Trials {
    private Trials() {
    }

    /** Runs {@code property} {@code tries} times; the first failing try is rethrown with its seed and number. */
    public static void check(long seed, int tries, Consumer<Draw> property) {
        for (int attempt = 0; attempt < tries; attempt++) {
            Draw draw = Draw.of(seed, attempt);
            try {
                property.accept(draw);
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError("property failed on try " + attempt + " of " + tries + " (seed " + seed
                        + "; replay with Draw.of(" + seed + "L, " + attempt + ")): " + failure.getMessage(), failure);
            }
        }
    }
}
