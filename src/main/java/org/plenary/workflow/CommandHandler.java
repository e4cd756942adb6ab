package org.plenary.workflow;

import java.time.Instant;
import java.util.List;
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
    private final UndoCommands undo;

    CommandHandler(GroupDefinition group, StoreTransaction tx, Directory directory, GatheredChanges notices,
                   Instant now, Member sender, Optional<String> thread, Optional<String> choice, String source,
                   PeopleToTell told) {
        this.at = new Circumstances(group, tx, directory, notices, now, sender, thread, choice, source, told);
        this.apologies = new ApologyCommands(at);
        this.agenda = new AgendaCommands(at);
        this.actions = new ActionCommands(at);
        this.meetings = new MeetingCommands(at, actions);
        this.undo = new UndoCommands(at);
    }

    Effect apply(Command command) {
        Resolved.Builder resolved = new Resolved.Builder();
        try {
            List<String> changes = dispatch(command, resolved);
            Resolved done = resolved.build();
            for (String change : changes) {
                at.tx().changes().record(at.group().id(), at.now(), done.ref(), at.sender().name() + ": " + change,
                        at.source());
            }
            return Effect.done(command, done, changes);
        } catch (Ambiguity ambiguity) {
            return Effect.ambiguous(command, resolved.build(), ambiguity);
        } catch (Refusal refusal) {
            return Effect.refused(command, resolved.build(), refusal.getMessage());
        }
    }

    private List<String> dispatch(Command command, Resolved.Builder resolved) {
        if (command instanceof Command.Apology c) {
            return apologies.apology(c, resolved);
        } else if (command instanceof Command.ApologyWithdrawn c) {
            return apologies.withdraw(c, resolved);
        } else if (command instanceof Command.AgendaRequest c) {
            return agenda.agendaRequest(c, resolved);
        } else if (command instanceof Command.AgendaDecision c) {
            return agenda.agendaDecision(c, resolved);
        } else if (command instanceof Command.ActionCreate c) {
            return actions.actionCreate(c, resolved, null);
        } else if (command instanceof Command.ActionUpdate c) {
            return actions.actionUpdate(c, resolved);
        } else if (command instanceof Command.MeetingSchedule c) {
            return meetings.schedule(c, resolved);
        } else if (command instanceof Command.MeetingConfirm c) {
            return meetings.confirm(c, resolved);
        } else if (command instanceof Command.MeetingCancel c) {
            return meetings.cancel(c, resolved);
        } else if (command instanceof Command.MeetingMove c) {
            return meetings.move(c, resolved);
        } else if (command instanceof Command.Notes c) {
            return meetings.notes(c, resolved);
        } else if (command instanceof Command.Undo c) {
            return undo.undo(c, resolved);
        }
        return List.of(); // help and status change nothing; the reply answers them
    }
}
