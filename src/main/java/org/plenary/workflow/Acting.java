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
 * once they all applied, so one email is at most one announcement. What the commands change is kept in the
 * {@link UndoLog} under the email's key, so a reply UNDO can take exactly that email's changes back. Thread-safe.
 */
final class Acting {
    /** Commands that change nothing in the store: no snapshot is taken for an email of only these. */
    private static final Set<CommandKind> READ_ONLY = EnumSet.of(CommandKind.HELP, CommandKind.STATUS);

    private final MeetingNotices notices;

    Acting(MeetingNotices notices) {
        this.notices = notices;
    }

    List<Effect> act(StoreTransaction tx, GroupDefinition group, Directory directory, Member sender,
                     Understood understood, String source, Instant now) {
        GatheredChanges changes = new GatheredChanges();
        CommandHandler handler = new CommandHandler(group, tx, directory, changes, now, sender, understood.thread(),
                source);
        boolean changing = understood.commands().stream().map(Command::type)
                .anyMatch(kind -> !READ_ONLY.contains(kind));
        UndoLog.Snapshot before = changing ? tx.undoLog().snapshot(group.id()) : null;
        List<Effect> effects = understood.commands().stream().map(handler::apply).toList();
        // Announcing may bump an invitation's SEQUENCE: the state an UNDO compares with is the one after it.
        notices.announce(tx, changes.changes());
        if (before != null) {
            tx.undoLog().record(group.id(), source, now, before.changesSince());
        }
        return effects;
    }
}
