package org.plenary.group;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meeting id rule of PRODUCT.md 3.3: {@code {kind}-{date}} with the date in the group's time zone
 * ({@code plenary-2017-07-04}); a second meeting of that kind that day is {@code plenary-2017-07-04-2}.
 * People type these ids, so they stay short and readable.
 */
public final class MeetingIds {
    private static final Pattern MEETING_ID =
            Pattern.compile("([a-z][a-z0-9]*(?:-[a-z0-9]+)*?)-(\\d{4}-\\d{2}-\\d{2})(?:-([2-9]|[1-9]\\d+))?");

    private MeetingIds() {
    }

    /** The first of {@code kind-date}, {@code kind-date-2}, {@code kind-date-3}, … that is not {@code taken}. */
    public static String idFor(String kind, LocalDate date, Predicate<String> taken) {
        String base = kind + "-" + date;
        if (!taken.test(base)) {
            return base;
        }
        for (int number = 2; ; number++) {
            String candidate = base + "-" + number;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    /** Whether {@code text} has the shape of a meeting id with a real date (case and surrounding spaces ignored). */
    public static boolean looksLikeMeetingId(String text) {
        return dateOf(text).isPresent();
    }

    /** The date a meeting id carries, if {@code text} is one. */
    public static Optional<LocalDate> dateOf(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = MEETING_ID.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(matcher.group(2)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
