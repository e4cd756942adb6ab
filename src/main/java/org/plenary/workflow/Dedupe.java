package org.plenary.workflow;

import java.util.Optional;
import org.plenary.intake.InboundEmail;
import org.plenary.store.LedgerEntry;
import org.plenary.store.StoreTransaction;

/**
 * The second stage: the same email twice (a retried poll, the list's copy beside the direct one) is applied once.
 * Done in the store's transaction, not by camel-mail's idempotent repository, which forgets keys on commit.
 */
final class Dedupe {

    /** The ledger row of an earlier copy that claimed this email's key, if any. */
    Optional<LedgerEntry> earlier(StoreTransaction tx, String groupId, InboundEmail email) {
        return tx.ledger().first(groupId, email.dedupeKey());
    }
}
