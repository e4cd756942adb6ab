package org.plenary.notify;

/** Someone invited to a meeting, as the iCalendar ATTENDEE line names them. */
public record Invitee(String name, String email) {
}
