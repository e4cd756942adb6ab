package org.plenary.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How Plenary prints dates and times, in one place so that the agenda, the digest and the replies
 * agree. English, day before month, 24-hour clock, as the secretariat writes them. Thread-safe.
 */
public final class DisplayFormats {
    // The region "UTC" prints as "UTC" where the offset would print as "Z".
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final DateTimeFormatter LONG = pattern("EEEE d MMMM uuuu, HH:mm z");
    private static final DateTimeFormatter SHORT = pattern("EEEE d MMMM HH:mm z");
    private static final DateTimeFormatter DAY_AND_TIME = pattern("EEEE d MMMM, HH:mm z");
    private static final DateTimeFormatter TIME_AND_ZONE = pattern("HH:mm z");
    private static final DateTimeFormatter TIME = pattern("HH:mm");
    private static final DateTimeFormatter DATE = pattern("d MMMM uuuu");
    private static final DateTimeFormatter DAY = pattern("EEEE d MMMM yyyy");
    private static final DateTimeFormatter BRIEF = pattern("EEE d MMM HH:mm");

    private DisplayFormats() {
    }

    /** "Tuesday 4 July 2017, 13:00 UTC" in the given zone. */
    public static String longDateTime(Instant instant, ZoneId zone) {
        return LONG.format(instant.atZone(zone));
    }

    /** "Tuesday 4 July 13:00 UTC" in the given zone, for subject lines. */
    public static String shortDateTime(Instant instant, ZoneId zone) {
        return SHORT.format(instant.atZone(zone));
    }

    /**
     * The UTC time to print next to a time in the group's zone: "13:00 UTC", or
     * "Saturday 24 June, 23:00 UTC" when the UTC date differs; null when the group's zone is UTC,
     * so that nothing is printed twice.
     */
    public static String utcCompanion(Instant instant, ZoneId groupZone) {
        if (groupZone.normalized().equals(ZoneOffset.UTC)) {
            return null;
        }
        ZonedDateTime utc = instant.atZone(UTC);
        boolean sameDate = utc.toLocalDate().equals(instant.atZone(groupZone).toLocalDate());
        return (sameDate ? TIME_AND_ZONE : DAY_AND_TIME).format(utc);
    }

    /** "14:30" in the given zone. */
    public static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    /** "13:10–13:40" in the given zone. */
    public static String slot(Instant start, Instant end, ZoneId zone) {
        return time(start, zone) + "–" + time(end, zone);
    }

    /** "30 June 2017". */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "Tuesday 4 July 2017". */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /**
     * "Tue 4 Jul 13:00 UTC", or "Tue 4 Jul 15:00 Europe/Berlin": short enough to list several meetings in one
     * line of an error reply, with the zone's id (not its abbreviation) so the reader can write it back.
     */
    public static String brief(Instant instant, ZoneId zone) {
        String label = zone.getId().equals("Z") || zone.getId().equals("UTC") ? "UTC" : zone.getId();
        return BRIEF.format(instant.atZone(zone)) + " " + label;
    }

    /** "week of 19 June 2017". */
    public static String weekLabel(LocalDate firstDay) {
        return "week of " + date(firstDay);
    }

    private static DateTimeFormatter pattern(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
    }
}
