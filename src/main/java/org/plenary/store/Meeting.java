package org.plenary.store;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** A dated meeting. {@code attendees} lists roles; empty means every member attends. */
public record Meeting(String groupId, String id, String kind, String title, Instant start, Instant end, ZoneId zone,
                      MeetingStatus status, String cancelReason, String movedTo, String origin, List<String> attendees,
                      int sequence, String notes) {

    public Duration duration() {
        return Duration.between(start, end);
    }

    public boolean isLive() {
        return status == MeetingStatus.TENTATIVE || status == MeetingStatus.CONFIRMED;
    }

    public boolean attendedBy(org.plenary.group.Role role) {
        return attendees.isEmpty() || attendees.contains(role.id());
    }

    public Meeting with(MeetingStatus newStatus) {
        return new Meeting(groupId, id, kind, title, start, end, zone, newStatus, cancelReason, movedTo, origin,
                attendees, sequence, notes);
    }
}
