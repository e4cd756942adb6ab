package org.plenary.desk;

import java.util.List;
import org.plenary.notify.AgendaItemView;
import org.plenary.notify.GroupView;
import org.plenary.notify.MeetingView;

/**
 * The model of the desk page ({@code templates/desk.ftlh}).
 *
 * @param meetings the coming meetings, apology reasons only where the viewer may see them
 * @param actionsByOwner open action items by owner, overdue first, the first few of each
 * @param from the first day of the attendance period, ISO ("2017-06-01")
 * @param ledger the latest emails; empty for viewers who may not see the ledger
 * @param formToken the token the desk's forms carry against cross-site requests; null without a session
 * @param feedUrl the viewer's personal calendar feed; null for the service token
 * @param notice a line to show on top (the outcome of a replay), or null
 */
public record DeskModel(GroupView group, String viewerName, boolean runsTheGroup, List<MeetingView> meetings,
                        List<OwnerShelf> actionsByOwner, int overdue, List<AgendaItemView> pending, String from,
                        String to, List<AttendanceRow> attendance, List<LedgerRow> ledger, String formToken,
                        String feedUrl, String groupFeedUrl, String notice, String groupQuery) {
    public DeskModel {
        meetings = List.copyOf(meetings);
        actionsByOwner = List.copyOf(actionsByOwner);
        pending = List.copyOf(pending);
        attendance = List.copyOf(attendance);
        ledger = List.copyOf(ledger);
    }
}
