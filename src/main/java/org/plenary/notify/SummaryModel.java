package org.plenary.notify;

import java.util.List;

/**
 * The model of the {@code summary} email, sent after a meeting.
 *
 * @param decisions the decisions the notes recorded, in order
 * @param attended who the notes list as present, named as the notes wrote them
 * @param actionsRecorded action items created by the meeting's notes
 * @param opened action items opened since the previous meeting of this kind
 * @param closed action items closed since the previous meeting of this kind
 * @param notesText the notes as received, or null
 */
public record SummaryModel(
        GroupView group,
        MeetingView meeting,
        List<String> decisions,
        List<String> attended,
        List<ActionView> actionsRecorded,
        List<ActionView> opened,
        List<ActionView> closed,
        String notesText) {

    public SummaryModel {
        decisions = List.copyOf(decisions);
        attended = List.copyOf(attended);
        actionsRecorded = List.copyOf(actionsRecorded);
        opened = List.copyOf(opened);
        closed = List.copyOf(closed);
    }
}
