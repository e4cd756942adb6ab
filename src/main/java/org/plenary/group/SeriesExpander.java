package org.plenary.group;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a group's series and one-off meetings into dated meetings.
 * <p>
 * A series is counted from its {@code start}, else from {@link #DEFAULT_ANCHOR}, never from the window asked
 * for: the n-th occurrence gets {@code times[n % times.size()]}, so the rotation of call times (05:00, 13:00,
 * 21:00) does not shift when the planning window moves. Times are local to the series' zone: 13:00 in
 * Europe/Rome stays 13:00 across daylight-saving changes while the UTC instant moves. A time that falls in a
 * spring-forward gap moves forward by the length of the gap (02:30 becomes 03:30), and one in an autumn
 * overlap takes the earlier of the two instants, as {@link ZonedDateTime#of} does.
 * Stateless and thread-safe.
 */
public final class SeriesExpander {
    /** Where a series without a {@code start} is counted from: a Monday early enough for any real window. */
    public static final LocalDate DEFAULT_ANCHOR = LocalDate.of(2000, 1, 3);

    /** How far ahead series must be expanded (PRODUCT.md 3.3): people send apologies weeks in advance. */
    public static final Period MINIMUM_HORIZON = Period.ofWeeks(8);

    /** Occurrences whose date in the group's zone lies within {@code from} and {@code until}, both included. */
    public List<PlannedMeeting> expand(GroupDefinition group, SeriesDefinition series, LocalDate from, LocalDate until) {
        List<PlannedMeeting> result = new ArrayList<>();
        if (until.isBefore(from)) {
            return result;
        }
        LocalDate anchor = series.start() != null ? series.start() : DEFAULT_ANCHOR;
        ZoneId zone = series.zoneIn(group);
        // A day of margin: the series' zone may put an occurrence on the next day in the group's zone.
        List<LocalDate> days = RecurrenceRule.parse(series.rrule()).getDates(anchor, anchor, until.plusDays(1));
        for (int index = 0; index < days.size(); index++) {
            LocalTime time = series.times().get(index % series.times().size());
            Instant start = ZonedDateTime.of(days.get(index), time, zone).toInstant();
            LocalDate localDate = start.atZone(group.timezone()).toLocalDate();
            if (!localDate.isBefore(from) && !localDate.isAfter(until)) {
                result.add(new PlannedMeeting(series.kind(), series.title(), start, start.plus(series.duration()), localDate,
                        series.standingItems(), series.attendees(), true));
            }
        }
        return result;
    }

    /** Every series occurrence and every one-off meeting whose group-zone date lies in the window, by start. */
    public List<PlannedMeeting> plan(GroupDefinition group, LocalDate from, LocalDate until) {
        List<PlannedMeeting> result = new ArrayList<>();
        for (SeriesDefinition series : group.series()) {
            result.addAll(expand(group, series, from, until));
        }
        for (MeetingDefinition meeting : group.meetings()) {
            ZoneId zone = meeting.timezone() != null ? meeting.timezone() : group.timezone();
            Instant start = ZonedDateTime.of(meeting.start(), zone).toInstant();
            LocalDate localDate = start.atZone(group.timezone()).toLocalDate();
            if (!localDate.isBefore(from) && !localDate.isAfter(until)) {
                result.add(new PlannedMeeting(meeting.kind(), meeting.title(), start, start.plus(meeting.duration()), localDate,
                        meeting.standingItems(), meeting.attendees(), false));
            }
        }
        result.sort(Comparator.comparing(PlannedMeeting::start).thenComparing(PlannedMeeting::kind));
        return result;
    }
}
