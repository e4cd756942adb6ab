package org.plenary.group;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.plenary.address.AsciiCase;

/**
 * Parsers for the single values of a group file. Each throws an unchecked exception on bad input, which
 * {@link GroupFileNode} turns into an error naming the field.
 */
final class GroupFileValues {
    private static final Pattern GROUP_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    // Kinds start meeting ids (plenary-2017-07-04), which people type: keep them to a lower-case word with dashes.
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    // The tag sits in subjects as [BOARD] or [BOARD A3], so it cannot hold spaces or brackets.
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>,;\"()\\[\\]]+@[^@\\s<>,;\"()\\[\\]]+\\.[^@\\s<>,;\"()\\[\\]]+");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT);

    private GroupFileValues() {
    }

    static String groupId(String text) {
        return matching(GROUP_ID, text);
    }

    static String kind(String text) {
        return matching(KIND, text);
    }

    static String tag(String text) {
        return matching(TAG, text);
    }

    static String email(String text) {
        return AsciiCase.lower(matching(EMAIL, text));
    }

    /** A time of day such as 13:00 or 9:00. */
    static LocalTime time(String text) {
        return LocalTime.parse(text, TIME);
    }

    /** MONDAY, Monday or Mon. */
    static DayOfWeek day(String text) {
        String wanted = text.toUpperCase(Locale.ROOT);
        if (wanted.length() < 3) {
            throw new IllegalArgumentException(text);
        }
        return Arrays.stream(DayOfWeek.values()).filter(day -> day.name().startsWith(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(text));
    }

    static Duration positiveDuration(String text) {
        Duration duration = Duration.parse(text.toUpperCase(Locale.ROOT));
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(text);
        }
        return duration;
    }

    private static String matching(Pattern pattern, String text) {
        if (!pattern.matcher(text).matches()) {
            throw new IllegalArgumentException(text);
        }
        return text;
    }
}
