package org.plenary.group;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One dated meeting, from a series occurrence or a one-off meeting of the group file.
 * {@code localDate} is the start's date in the group's time zone: the date of the meeting id
 * ({@link MeetingIds}). {@code attendees} empty means every member.
 */
public record PlannedMeeting(String kind, String title, Instant start, Instant end, LocalDate localDate,
                             List<String> standingItems, List<Role> attendees, boolean fromSeries) {
    public PlannedMeeting {
        standingItems = List.copyOf(standingItems);
        attendees = List.copyOf(attendees);
    }
}
