package org.plenary.trials;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * One try's random inputs. Sizes are drawn uniformly from their range, so empty strings, empty lists and the
 * shortest inputs come up as often as the longest. Not thread-safe.
 */
public final class Draw {
    // Characters that break naive text handling, drawn more often than their share of Unicode would give them.
    private static final String AWKWARD = "\u0000\t\n\r \u00a0\u00e9\u00df\u0436\u2013\u200b\ufeff\ufffd<>\"'=:;,.-@";

    private final Random random;

    private Draw(Random random) {
        this.random = random;
    }

    /** The inputs of try {@code attempt} of a property seeded with {@code seed}. */
    public static Draw of(long seed, int attempt) {
        return new Draw(new Random(seed * 1_000_003L + attempt));
    }

    /** The generator itself, for code that takes a {@link Random}. */
    public Random random() {
        return random;
    }

    public int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    public boolean bool() {
        return random.nextBoolean();
    }

    public long anyLong() {
        return random.nextLong();
    }

    public byte[] bytes(int maxLength) {
        byte[] bytes = new byte[between(0, maxLength)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Any text: mostly ASCII, with controls, awkward characters and code points from the whole of Unicode. */
    public String anyString(int maxLength) {
        int length = between(0, maxLength);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            int kind = random.nextInt(10);
            if (kind < 5) {
                text.append((char) between(0x20, 0x7e));
            } else if (kind < 7) {
                text.append(AWKWARD.charAt(random.nextInt(AWKWARD.length())));
            } else if (kind < 8) {
                text.append((char) between(0, 0x1f));
            } else {
                int codePoint = between(0x80, Character.MAX_CODE_POINT);
                if (Character.isDefined(codePoint) && Character.getType(codePoint) != Character.SURROGATE
                        && text.length() + Character.charCount(codePoint) <= length) {
                    text.appendCodePoint(codePoint);
                }
            }
        }
        return text.toString();
    }

    /** Text of the given characters only. */
    public String string(String characters, int minLength, int maxLength) {
        int length = between(minLength, maxLength);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(characters.charAt(random.nextInt(characters.length())));
        }
        return text.toString();
    }

    public <T> T oneOf(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    public <T> List<T> list(int minSize, int maxSize, Supplier<T> element) {
        int size = between(minSize, maxSize);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }
}
