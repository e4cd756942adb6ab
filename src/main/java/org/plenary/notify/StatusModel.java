package org.plenary.notify;

import java.util.List;

/**
 * The model of the {@code status} reply: the sender's open items and next meetings.
 *
 * @param originalSubject the subject of the STATUS email, as received (may be blank)
 */
public record StatusModel(
        GroupView group,
        String recipientName,
        String originalSubject,
        List<ActionView> openActions,
        List<MeetingView> nextMeetings) {

    public StatusModel {
        openActions = List.copyOf(openActions);
        nextMeetings = List.copyOf(nextMeetings);
    }
}
