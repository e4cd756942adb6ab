package org.plenary.notify;

import java.util.List;

/**
 * The model of the weekly {@code digest} email.
 *
 * @param weekLabel e.g. "week of 19 June 2017"
 * @param meetings the meetings of the next two weeks
 * @param actionsByOwner open action items grouped by owner, overdue ones first
 * @param changes what changed this week, one sentence each
 * @param pendingRequests agenda requests waiting for a decision, with their meeting title
 * @param examples the group's own meetings, actions and people the keywords are shown with
 */
public record DigestModel(
        GroupView group,
        String weekLabel,
        List<MeetingView> meetings,
        List<OwnerActions> actionsByOwner,
        List<String> changes,
        List<AgendaItemView> pendingRequests,
        ReplyExamples examples) {

    public DigestModel {
        meetings = List.copyOf(meetings);
        actionsByOwner = List.copyOf(actionsByOwner);
        changes = List.copyOf(changes);
        pendingRequests = List.copyOf(pendingRequests);
    }
}
