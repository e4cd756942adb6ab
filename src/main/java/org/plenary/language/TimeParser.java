package org.plenary.language;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a time of day ("13:00", "1pm", "1:30 pm") and a time zone ("UTC", "GMT", "Europe/Rome").
 * UTC and GMT are {@link ZoneOffset#UTC}. Stateless and thread-safe.
 */
final class TimeParser {

    record Time(LocalTime time, int start, int end) {
    }

    record Zone(ZoneId zone, int start, int end) {
    }

    private static final Pattern CLOCK = Pattern.compile(
            "(?<![\\d:.])([01]?\\d|2[0-3])(?:[:h]([0-5]\\d))?\\s{0,2}(am|pm|a\\.m\\.|p\\.m\\.)?(?![\\d:/]|\\.\\d|\\p{L})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UTC = Pattern.compile("(?<!\\p{L})(UTC|GMT|Z)(?!\\p{L})");
    private static final Pattern REGION = Pattern.compile("(?<![\\p{L}/])([A-Z][A-Za-z]{2,20}/[A-Z][A-Za-z_]{2,30})(?![\\p{L}/])");

    Optional<Time> find(String text) {
        Matcher m = CLOCK.matcher(text);
        while (m.find()) {
            if (m.group(2) == null && m.group(3) == null) {
                continue; // a bare number is no time
            }
            int hour = Integer.parseInt(m.group(1));
            String half = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
            if (!half.isEmpty() && (hour == 0 || hour > 12)) {
                continue;
            }
            if (half.startsWith("p") && hour < 12) {
                hour += 12;
            } else if (half.startsWith("a") && hour == 12) {
                hour = 0;
            }
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            return Optional.of(new Time(LocalTime.of(hour, minute), m.start(), m.end()));
        }
        return Optional.empty();
    }

    Optional<Zone> findZone(String text) {
        Matcher utc = UTC.matcher(text);
        if (utc.find()) {
            return Optional.of(new Zone(ZoneOffset.UTC, utc.start(), utc.end()));
        }
        Matcher region = REGION.matcher(text);
        while (region.find()) {
            try {
                return Optional.of(new Zone(ZoneId.of(region.group(1)), region.start(), region.end()));
            } catch (DateTimeException e) {
                // not a zone: "and/or"
            }
        }
        return Optional.empty();
    }
}
