package org.plenary.group;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** A one-off meeting of the group file; {@code timezone} defaults to the group's. */
public record MeetingDefinition(String kind, String title, LocalDateTime start, ZoneId timezone, Duration duration,
                                List<String> standingItems, List<Role> attendees) {
}
