package org.plenary.workflow;

import java.time.Instant;
import java.util.Optional;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;
import org.plenary.store.StoreTransaction;

/** The circumstances of one email's commands: its group, transaction, sender, thread and ledger key. */
record Circumstances(GroupDefinition group, StoreTransaction tx, Directory directory, GatheredChanges notices,
                     Instant now, Member sender, Optional<String> thread, String source) {
}
