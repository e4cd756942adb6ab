package org.plenary.workflow;

import java.util.List;
import java.util.Optional;
import org.plenary.group.Role;
import org.plenary.language.Command;
import org.plenary.store.AgendaItem;
import org.plenary.store.AgendaStatus;
import org.plenary.store.Meeting;

/** Agenda requests from members, and the decisions of chairs and staff on them. */
final class AgendaCommands extends CommandFamily {
    AgendaCommands(Circumstances at) {
        super(at);
    }

    List<String> agendaRequest(Command.AgendaRequest c, Resolved.Builder resolved) {
        requireRole("request agenda items", Role.CHAIR, Role.STAFF, Role.MEMBER);
        Meeting meeting = finder.one(c.meeting(), thread, sender);
        resolved.meeting(meeting.id());
        requireUpcoming(meeting);
        String id = tx.agenda().addRequest(group.id(), meeting.id(), c.title(), sender.email(), c.minutes(), now);
        resolved.request(id);
        return List.of("Agenda request " + id + " recorded: \"" + c.title() + "\"" + minutes(c.minutes()) + " for "
                + finder.describe(meeting) + "; a chair or staff will accept or decline it");
    }

    List<String> agendaDecision(Command.AgendaDecision c, Resolved.Builder resolved) {
        resolved.request(c.request());
        requireRole("decide on agenda requests", Role.CHAIR, Role.STAFF);
        AgendaItem item = tx.agenda().request(group.id(), c.request())
                .orElseThrow(() -> new Refusal("there is no agenda request " + c.request() + "; pending requests: "
                        + pendingRequests()));
        // A decision on a cancelled meeting's request would only earn its attendees another cancellation notice.
        tx.meetings().find(group.id(), item.meetingId())
                .filter(m -> !m.isLive() && c.decision() != Command.Decision.MOVE).ifPresent(m -> {
            throw new Refusal(item.requestId() + " is for " + finder.describe(m) + ", which " + MeetingFinder.gone(m)
                    + "; move it to another meeting with 'MOVE " + item.requestId() + " TO' a day");
        });
        switch (c.decision()) {
            case ACCEPT -> {
                tx.agenda().update(group.id(), item.withStatus(AgendaStatus.ACCEPTED, c.reason()));
                resolved.meeting(item.meetingId());
                noticeAgendaChange(item.meetingId(), "agenda item accepted: " + item.title());
                return List.of(item.requestId() + " accepted: \"" + item.title() + "\" is on the agenda of " + item.meetingId());
            }
            case DECLINE -> {
                tx.agenda().update(group.id(), item.withStatus(AgendaStatus.DECLINED, c.reason()));
                resolved.meeting(item.meetingId());
                return List.of(item.requestId() + " declined: \"" + item.title() + "\""
                        + (c.reason() == null ? "" : " (" + c.reason() + ")"));
            }
            default -> {
                Meeting target = finder.one(c.moveTo(), Optional.empty(), null);
                requireUpcoming(target);
                resolved.meeting(target.id());
                tx.agenda().update(group.id(), item.movedTo(target.id(), tx.agenda().nextPosition(group.id(), target.id())));
                return List.of(item.requestId() + " moved to " + finder.describe(target) + ": \"" + item.title() + "\"");
            }
        }
    }

    private String pendingRequests() {
        List<AgendaItem> pending = tx.agenda().pending(group.id());
        return pending.isEmpty() ? "none" : String.join(", ", pending.stream()
                .map(i -> i.requestId() + " \"" + i.title() + "\"").toList());
    }

    private static String minutes(Integer minutes) {
        return minutes == null ? "" : " (" + minutes + " min)";
    }
}
