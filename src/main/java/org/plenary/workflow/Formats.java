package org.plenary.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates and times read in replies: "Tuesday 4 July 2017, 13:00 UTC". */
public final class Formats {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private Formats() {
    }

    public static String when(Instant instant, ZoneId zone) {
        return DAY.format(instant.atZone(zone)) + ", " + TIME.format(instant.atZone(zone)) + " " + zoneName(zone);
    }

    public static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone)) + " " + zoneName(zone);
    }

    public static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    public static String zoneName(ZoneId zone) {
        String id = zone.normalized().getId();
        return id.equals("Z") || id.equals("UTC") || id.equals("Etc/UTC") || id.equals("GMT") ? "UTC" : zone.getId();
    }
}
