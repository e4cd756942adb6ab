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
        if (text == null) {
            return null;
        }
        return CONTROLS.matcher(text).replaceAll("");
    }
}
