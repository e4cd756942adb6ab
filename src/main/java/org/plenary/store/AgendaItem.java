package org.plenary.store;

/**
 * One line of a meeting's agenda. {@code requestId} ("R3") is null for standing items; {@code minutes} and {@code slot} may be null.
 */
public record AgendaItem(long itemNo, String meetingId, String requestId, int position, String title, AgendaStatus status,
                         String requestedBy, Integer minutes, String slot, String reason) {

    public AgendaItem withStatus(AgendaStatus newStatus, String newReason) {
        return new AgendaItem(itemNo, meetingId, requestId, position, title, newStatus, requestedBy, minutes, slot,
                newReason);
    }

    public AgendaItem movedTo(String newMeetingId, int newPosition) {
        return new AgendaItem(itemNo, newMeetingId, requestId, newPosition, title, status, requestedBy, minutes, slot,
                reason);
    }
}
