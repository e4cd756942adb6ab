package org.plenary.group;

/**
 * How many chairs and members a meeting needs (PRODUCT.md 3.3 {@code quorum:}): a number ({@code 6}) or a share of
 * the chairs and members ({@code 50%}, rounded up). Observers and staff never count towards it.
 */
public record Quorum(int count, int percent) {
    public Quorum {
        if (count < 0 || percent < 0 || percent > 100 || (count == 0) == (percent == 0)) {
            throw new IllegalArgumentException("a quorum is a positive number or a percentage from 1% to 100%");
        }
    }

    /** Reads {@code 6} or {@code 50%}. */
    public static Quorum parse(String text) {
        String trimmed = text.trim();
        if (trimmed.endsWith("%")) {
            return new Quorum(0, Integer.parseInt(trimmed.substring(0, trimmed.length() - 1).trim()));
        }
        return new Quorum(Integer.parseInt(trimmed), 0);
    }

    /** How many are required of {@code eligible} chairs and members. */
    public int required(int eligible) {
        return count > 0 ? count : (eligible * percent + 99) / 100;
    }
}
