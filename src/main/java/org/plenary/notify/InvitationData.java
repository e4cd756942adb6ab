package org.plenary.notify;

import java.time.Instant;
import java.util.List;

/**
 * What an iCalendar invitation of one meeting says.
 *
 * @param uid stable per meeting: {@code {meeting id}.{group id}@{domain}}, e.g.
 *     {@code plenary-2017-07-04.ssr2@ssr2.test}, so every update replaces the same calendar entry
 * @param sequence raised by one on every change after the first invitation, so calendars apply it
 * @param status CONFIRMED or TENTATIVE for a request; a cancellation is always CANCELLED
 * @param organizerEmail Plenary's own address, so that replies (accept, decline) come back to it
 * @param stamp when this version was issued: the outbox's time, never the clock at rendering
 * @param location where the meeting is held (LOCATION), or null
 * @param joinUrl the link to join it (URL, and named in the DESCRIPTION), or null
 */
public record InvitationData(
        String uid,
        int sequence,
        String summary,
        String description,
        Instant start,
        Instant end,
        String status,
        String organizerEmail,
        String organizerName,
        List<Invitee> attendees,
        Instant stamp,
        String location,
        String joinUrl) {

    /** A meeting without a place. */
    public InvitationData(String uid, int sequence, String summary, String description, Instant start, Instant end,
                          String status, String organizerEmail, String organizerName, List<Invitee> attendees,
                          Instant stamp) {
        this(uid, sequence, summary, description, start, end, status, organizerEmail, organizerName, attendees, stamp,
                null, null);
    }

    /** The calendar part is sent too: its title, description and names lose their direction controls here. */
    public InvitationData {
        summary = DirectionControls.removedFrom(summary);
        description = DirectionControls.removedFrom(description);
        organizerName = DirectionControls.removedFrom(organizerName);
        location = DirectionControls.removedFrom(location);
        attendees = attendees.stream().map(a -> new Invitee(DirectionControls.removedFrom(a.name()), a.email())).toList();
    }
}
