package org.plenary.workflow;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;
import org.plenary.language.Command;
import org.plenary.language.CommandKind;
import org.plenary.store.StoreTransaction;
import org.plenary.store.UndoLog;

/**
 * The fourth stage: each command understood goes to its family through a {@link CommandHandler}, in the order
 * written; a refused command does not stop the others. The meetings the commands changed are announced together
 * once they all applied, so one email is at most one announcement; the people a change concerns (chairs and staff
 * of a request, a requester of the decision, an owner of their action item) are told in the same transaction. What the commands change is kept in the
 * {@link UndoLog} under the email's key, so a reply UNDO can take exactly that email's changes back. Thread-safe.
 */
final class Acting {
    /** Commands that change nothing in the store: no snapshot is taken for an email of only these. */
    private static final Set<CommandKind> READ_ONLY = EnumSet.of(CommandKind.HELP, CommandKind.STATUS);

    private final MeetingNotices notices;
    private final PeopleNotices people;

    Acting(MeetingNotices notices, PeopleNotices people) {
        this.notices = notices;
        this.people = people;
    }

    List<Effect> act(StoreTransaction tx, GroupDefinition group, Directory directory, Member sender,
                     Understood understood, String source, Instant now) {
        GatheredChanges changes = new GatheredChanges();
        PeopleToTell told = new PeopleToTell();
        CommandHandler handler = new CommandHandler(group, tx, directory, changes, now, sender, understood.thread(),
                understood.choice(), source, told);
        boolean changing = understood.commands().stream().map(Command::type)
                .anyMatch(kind -> !READ_ONLY.contains(kind));
        UndoLog.Snapshot before = changing ? tx.undoLog().snapshot(group.id()) : null;
        List<Effect> effects = understood.commands().stream().map(handler::apply).toList();
        // Announcing may bump an invitation's SEQUENCE: the state an UNDO compares with is the one after it.
        notices.announce(tx, changes.changes());
        people.tell(tx, group, told, source, now);
        if (before != null) {
            tx.undoLog().record(group.id(), source, now, before.changesSince());
        }
        return effects;
    }
}
