package org.plenary.notify;

import java.util.List;

/**
 * The model of the {@code status} reply: the sender's open items and next meetings.
 *
 * @param originalSubject the subject of the STATUS email, as received (may be blank)
 * @param feedUrl the member's personal calendar feed, or null
 * @param lastNote said in the last reply the loop limit allows for a while, else null
 */
public record StatusModel(
        GroupView group,
        String recipientName,
        String originalSubject,
        List<ActionView> openActions,
        List<MeetingView> nextMeetings,
        String feedUrl,
        String lastNote) {

    public StatusModel {
        openActions = List.copyOf(openActions);
        nextMeetings = List.copyOf(nextMeetings);
    }

    /** A status without a calendar feed or a last note. */
    public StatusModel(GroupView group, String recipientName, String originalSubject, List<ActionView> openActions,
                       List<MeetingView> nextMeetings) {
        this(group, recipientName, originalSubject, openActions, nextMeetings, null, null);
    }
}
