package org.plenary.notify;

import java.util.regex.Pattern;

/**
 * The invisible characters that reorder or hide text: bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), the marks (U+200E, U+200F, U+061C), zero-width spaces and joiners
 * (U+200B–U+200D) and the byte-order mark (U+FEFF). In a name or title they can make
 * "‮gnp.exe" read as "exe.png" or hide a word, so nothing Plenary sends carries them.
 */
public final class DirectionControls {
    private static final Pattern CONTROLS = Pattern.compile("[\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF\\u061C]");

    private DirectionControls() {
    }

    /** {@code text} without those characters; null stays null. */
    public static String removedFrom(String text) {
        if (text == null || !contains(text)) {
            // Almost every string: templates read hundreds per email, and a matcher for each was a twentieth of the
            // mailbox thread in a backlog.
            return text;
        }
        return CONTROLS.matcher(text).replaceAll("");
    }

    private static boolean contains(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u200B' && (c <= '\u200F' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'
                    || c == '\uFEFF') || c == '\u061C') {
                return true;
            }
        }
        return false;
    }
}
