package org.plenary.notify;

import java.util.List;

/**
 * The model of the {@code agenda} email.
 *
 * @param openActions the group's open action items, overdue first
 * @param pending agenda requests for this meeting still waiting for a chair or staff
 * @param replyAddress where replies go, usually Plenary's own address
 */
public record AgendaModel(
        GroupView group,
        MeetingView meeting,
        List<ActionView> openActions,
        List<AgendaItemView> pending,
        String replyAddress) {

    public AgendaModel {
        openActions = List.copyOf(openActions);
        pending = List.copyOf(pending);
    }
}
