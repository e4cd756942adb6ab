package org.plenary.workflow;

import java.time.Instant;
import java.util.List;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;
import org.plenary.store.StoreTransaction;

/**
 * The fourth stage: each command understood goes to its family through a {@link CommandHandler}, in the order
 * written; a refused command does not stop the others. The meetings the commands changed are announced together
 * once they all applied, so one email is at most one announcement. Thread-safe.
 */
final class Acting {
    private final MeetingNotices notices;

    Acting(MeetingNotices notices) {
        this.notices = notices;
    }

    List<Effect> act(StoreTransaction tx, GroupDefinition group, Directory directory, Member sender,
                     Understood understood, String source, Instant now) {
        GatheredChanges changes = new GatheredChanges();
        CommandHandler handler = new CommandHandler(group, tx, directory, changes, now, sender, understood.thread(),
                source);
        List<Effect> effects = understood.commands().stream().map(handler::apply).toList();
        notices.announce(tx, changes.changes());
        return effects;
    }
}
