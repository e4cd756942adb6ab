package org.plenary.notify;

import java.util.List;

/**
 * The model of the {@code status} reply: the sender's open items and next meetings.
 *
 * @param originalSubject the subject of the STATUS email, as received (may be blank)
 * @param feedUrl the member's personal calendar feed, or null
 */
public record StatusModel(
        GroupView group,
        String recipientName,
        String originalSubject,
        List<ActionView> openActions,
        List<MeetingView> nextMeetings,
        String feedUrl) {

    public StatusModel {
        openActions = List.copyOf(openActions);
        nextMeetings = List.copyOf(nextMeetings);
    }

    /** A status without a calendar feed. */
    public StatusModel(GroupView group, String recipientName, String originalSubject, List<ActionView> openActions,
                       List<MeetingView> nextMeetings) {
        this(group, recipientName, originalSubject, openActions, nextMeetings, null);
    }
}
