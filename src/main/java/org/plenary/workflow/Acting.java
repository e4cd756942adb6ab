package org.plenary.workflow;

import java.time.Instant;
import java.util.List;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;
import org.plenary.store.StoreTransaction;

/**
 * The fourth stage: each command understood goes to its family through a {@link CommandHandler}, in the order
 * written; a refused command does not stop the others. Thread-safe.
 */
final class Acting {
    private final MeetingNotices notices;

    Acting(MeetingNotices notices) {
        this.notices = notices;
    }

    List<Effect> act(StoreTransaction tx, GroupDefinition group, Directory directory, Member sender,
                     Understood understood, String source, Instant now) {
        CommandHandler handler = new CommandHandler(group, tx, directory, notices, now, sender, understood.thread(),
                source);
        return understood.commands().stream().map(handler::apply).toList();
    }
}
