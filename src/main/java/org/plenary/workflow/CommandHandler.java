package org.plenary.workflow;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;
import org.plenary.language.Command;
import org.plenary.store.StoreTransaction;

/**
 * Applies the commands of one email, from one sender, inside the email's transaction: each command goes to its
 * family (apologies, agenda, actions, meetings), which checks the sender's role, resolves people and meetings,
 * changes the store and says what changed. A command that cannot be applied becomes an {@link Effect} with an
 * error; the others still apply. Every change is logged with the email that made it.
 */
final class CommandHandler {
    private final Circumstances at;
    private final ApologyCommands apologies;
    private final AgendaCommands agenda;
    private final ActionCommands actions;
    private final MeetingCommands meetings;

    CommandHandler(GroupDefinition group, StoreTransaction tx, Directory directory, MeetingNotices notices,
                   Instant now, Member sender, Optional<String> thread, String source) {
        this.at = new Circumstances(group, tx, directory, notices, now, sender, thread, source);
        this.apologies = new ApologyCommands(at);
        this.agenda = new AgendaCommands(at);
        this.actions = new ActionCommands(at);
        this.meetings = new MeetingCommands(at, actions);
    }

    Effect apply(Command command) {
        Map<String, Object> fields = new LinkedHashMap<>();
        try {
            List<String> changes = dispatch(command, fields);
            for (String change : changes) {
                at.tx().changes().record(at.group().id(), at.now(), refOf(fields), at.sender().name() + ": " + change,
                        at.source());
            }
            return Effect.done(command.type(), fields, changes);
        } catch (Refusal refusal) {
            return Effect.refused(command.type(), fields, refusal.getMessage());
        }
    }

    private List<String> dispatch(Command command, Map<String, Object> fields) {
        if (command instanceof Command.Apology c) {
            return apologies.apology(c, fields);
        } else if (command instanceof Command.ApologyWithdrawn c) {
            return apologies.withdraw(c, fields);
        } else if (command instanceof Command.AgendaRequest c) {
            return agenda.agendaRequest(c, fields);
        } else if (command instanceof Command.AgendaDecision c) {
            return agenda.agendaDecision(c, fields);
        } else if (command instanceof Command.ActionCreate c) {
            return actions.actionCreate(c, fields, null);
        } else if (command instanceof Command.ActionUpdate c) {
            return actions.actionUpdate(c, fields);
        } else if (command instanceof Command.MeetingSchedule c) {
            return meetings.schedule(c, fields);
        } else if (command instanceof Command.MeetingConfirm c) {
            return meetings.confirm(c, fields);
        } else if (command instanceof Command.MeetingCancel c) {
            return meetings.cancel(c, fields);
        } else if (command instanceof Command.MeetingMove c) {
            return meetings.move(c, fields);
        } else if (command instanceof Command.Notes c) {
            return meetings.notes(c, fields);
        }
        return List.of(); // help and status change nothing; the reply answers them
    }

    private static String refOf(Map<String, Object> fields) {
        Object ref = fields.getOrDefault("action", fields.get("meeting"));
        if (ref == null && fields.get("meetings") instanceof List<?> list && !list.isEmpty()) {
            ref = list.get(0);
        }
        return ref == null ? null : ref.toString();
    }
}
