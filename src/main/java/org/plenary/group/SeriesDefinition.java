package org.plenary.group;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A recurring meeting. {@code times} rotate from one occurrence to the next; {@code timezone} is the
 * group's unless the series names its own; {@code attendees} empty means every member.
 */
public record SeriesDefinition(String kind, String title, String rrule, List<LocalTime> times, Duration duration,
                               List<String> standingItems, List<Role> attendees, ZoneId timezone) {
}
