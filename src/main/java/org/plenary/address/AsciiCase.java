package org.plenary.address;

/**
 * Lower-cases the ASCII letters A–Z and nothing else. {@link String#toLowerCase} maps characters that merely
 * look like letters onto them: the Kelvin sign K (U+212A) becomes {@code k} and the dotted capital İ becomes
 * {@code i̇}, whatever the locale, so an address written with them would match a member's. Domains and the local
 * parts of addresses people actually use compare case-insensitively only in ASCII. Thread-safe.
 */
public final class AsciiCase {
    private AsciiCase() {
    }

    /** {@code text} with A–Z lower-cased; null stays null. */
    public static String lower(String text) {
        if (text == null) {
            return null;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }
}
