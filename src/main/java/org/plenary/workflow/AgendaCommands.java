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
        tell(directory.all().stream().filter(m -> m.role().runsTheGroup()).toList(), meeting.id(),
                "Agenda request " + id + ": " + c.title(),
                List.of(sender.name() + " asks for \"" + c.title() + "\"" + minutes(c.minutes()) + " on the agenda of "
                        + finder.describe(meeting) + "."),
                List.of("To accept it, reply to this email: ACCEPT " + id,
                        "To decline it: DECLINE " + id + ": a reason",
                        "To move it to another meeting: MOVE " + id + " TO a date"));
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
                tellRequester(item, "accepted", "\"" + item.title() + "\" is accepted for the agenda of "
                        + describe(item.meetingId()) + reason(c.reason()) + ".");
                return List.of(item.requestId() + " accepted: \"" + item.title() + "\" is on the agenda of " + item.meetingId());
            }
            case DECLINE -> {
                tx.agenda().update(group.id(), item.withStatus(AgendaStatus.DECLINED, c.reason()));
                resolved.meeting(item.meetingId());
                tellRequester(item, "declined", "\"" + item.title() + "\" is declined for the agenda of "
                        + describe(item.meetingId()) + reason(c.reason()) + ".");
                return List.of(item.requestId() + " declined: \"" + item.title() + "\""
                        + (c.reason() == null ? "" : " (" + c.reason() + ")"));
            }
            default -> {
                Meeting target = finder.one(c.moveTo(), Optional.empty(), null);
                requireUpcoming(target);
                resolved.meeting(target.id());
                tx.agenda().update(group.id(), item.movedTo(target.id(), tx.agenda().nextPosition(group.id(), target.id())));
                tellRequester(item, "moved", "\"" + item.title() + "\" is moved from " + describe(item.meetingId())
                        + " to " + finder.describe(target) + reason(c.reason()) + ".");
                return List.of(item.requestId() + " moved to " + finder.describe(target) + ": \"" + item.title() + "\"");
            }
        }
    }

    /** The member who asked for an item hears what became of it, from whoever decided. */
    private void tellRequester(AgendaItem item, String decision, String what) {
        if (item.requestedBy() != null) {
            tell(item.requestedBy(), item.meetingId(), "Your agenda request " + item.requestId() + " is " + decision
                    + ": " + item.title(), List.of(sender.name() + " " + decision + " your agenda request "
                    + item.requestId() + ": " + what));
        }
    }

    private String describe(String meetingId) {
        return tx.meetings().find(group.id(), meetingId).map(finder::describe).orElse(meetingId);
    }

    private static String reason(String reason) {
        return reason == null || reason.isBlank() ? "" : " (" + reason + ")";
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
