package org.plenary.group;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A recurring meeting. {@code times} rotate from one occurrence to the next; {@code timezone} is the
 * group's unless the series names its own; {@code attendees} empty means every member.
 * {@code start} (may be null) is the first day the series may meet: the RRULE is counted from it, so it
 * fixes which of the rotating {@code times} comes first, the weeks of an INTERVAL and what COUNT counts.
 * Without it the series is counted from {@link SeriesExpander#DEFAULT_ANCHOR}.
 */
public record SeriesDefinition(String kind, String title, String rrule, List<LocalTime> times, Duration duration,
                               List<String> standingItems, List<Role> attendees, ZoneId timezone, LocalDate start) {

    /** The original shape, for callers that do not care where the series starts. */
    public SeriesDefinition(String kind, String title, String rrule, List<LocalTime> times, Duration duration,
                            List<String> standingItems, List<Role> attendees, ZoneId timezone) {
        this(kind, title, rrule, times, duration, standingItems, attendees, timezone, null);
    }

    /** The zone the times are read in: the series' own, else the group's. */
    public ZoneId zoneIn(GroupDefinition group) {
        return timezone != null ? timezone : group.timezone();
    }
}
