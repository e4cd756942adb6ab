package org.plenary.workflow;

import java.time.Instant;
import org.plenary.intake.InboundEmail;
import org.plenary.store.LedgerEntry;
import org.plenary.store.StoreTransaction;

/**
 * Writes an email's ledger row, with its raw message, in the email's transaction. Only an email that got past the
 * guards and the dedupe claims its key; a refused copy or a duplicate is recorded without claiming it.
 */
final class Recording {

    /** Returns the row's email number. */
    long record(StoreTransaction tx, String groupId, Receipt receipt, boolean claimsKey, byte[] raw, Instant now) {
        InboundEmail email = receipt.email();
        return tx.ledger().record(groupId, new LedgerEntry(0, email.dedupeKey(), email.messageId(), email.from(),
                email.subject(), now, receipt.outcome().id(), receipt.reason(), ReceiptJson.commands(receipt),
                ReceiptJson.errors(receipt)), claimsKey, raw);
    }
}
