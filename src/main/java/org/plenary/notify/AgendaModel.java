package org.plenary.notify;

import java.util.List;

/**
 * The model of the {@code agenda} email.
 *
 * @param openActions the group's open action items, overdue first
 * @param pending agenda requests for this meeting still waiting for a chair or staff
 * @param replyAddress where replies go, usually Plenary's own address
 * @param personalTime the start in the recipient's own time zone, for a personal copy to a member who set one
 *     ("Tuesday 4 July 2017, 15:00 CEST"); null for the list's copy
 * @param examples the group's own meetings, actions and people the keywords are shown with
 */
public record AgendaModel(
        GroupView group,
        MeetingView meeting,
        List<ActionView> openActions,
        List<AgendaItemView> pending,
        String replyAddress,
        String personalTime,
        ReplyExamples examples) {

    public AgendaModel {
        openActions = List.copyOf(openActions);
        pending = List.copyOf(pending);
    }

    /** The copy for the list, or for members in the group's own zone. */
    public AgendaModel(GroupView group, MeetingView meeting, List<ActionView> openActions, List<AgendaItemView> pending,
                       String replyAddress, ReplyExamples examples) {
        this(group, meeting, openActions, pending, replyAddress, null, examples);
    }
}
