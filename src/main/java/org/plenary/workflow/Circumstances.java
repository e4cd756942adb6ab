package org.plenary.workflow;

import java.time.Instant;
import java.util.Optional;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;
import org.plenary.store.StoreTransaction;

/**
 * The circumstances of one email's commands: its group, transaction, sender, thread, the meeting its sender chose
 * in answer to a question (if any), its ledger key, and the people its changes are to be told to.
 */
record Circumstances(GroupDefinition group, StoreTransaction tx, Directory directory, GatheredChanges notices,
                     Instant now, Member sender, Optional<String> thread, Optional<String> choice, String source,
                     PeopleToTell told) {
}
