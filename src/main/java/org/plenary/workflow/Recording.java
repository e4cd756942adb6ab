package org.plenary.workflow;

import java.time.Instant;
import java.util.Arrays;
import org.plenary.intake.InboundEmail;
import org.plenary.store.LedgerEntry;
import org.plenary.store.StoreTransaction;

/**
 * Writes an email's ledger row, with its raw message, in the email's transaction. Only an email that got past the
 * guards and the dedupe claims its key; a refused copy or a duplicate is recorded without claiming it.
 */
final class Recording {
    /** What is kept of a header block that never ends (no blank line): enough to see who sent what. */
    private static final int MAX_HEADER_BYTES = 16 * 1024;

    /**
     * A stranger's email keeps only its header block (docs/security.md): who sent it and how it travelled is what
     * staff need to see, and a body written by someone outside the group is not Plenary's to keep.
     */
    static byte[] headersOnly(byte[] raw) {
        for (int i = 0; i + 1 < raw.length; i++) {
            if (raw[i] == '\n' && (raw[i + 1] == '\n' || raw[i + 1] == '\r' && i + 2 < raw.length && raw[i + 2] == '\n')) {
                return Arrays.copyOf(raw, i + 1);
            }
        }
        return Arrays.copyOf(raw, Math.min(raw.length, MAX_HEADER_BYTES));
    }

    /** Returns the row's email number. */
    long record(StoreTransaction tx, String groupId, Receipt receipt, boolean claimsKey, byte[] raw, Instant now) {
        InboundEmail email = receipt.email();
        return tx.ledger().record(groupId, new LedgerEntry(0, email.dedupeKey(), email.messageId(), email.from(),
                email.subject(), now, receipt.outcome().id(), receipt.reason(), ReceiptJson.commands(receipt),
                ReceiptJson.errors(receipt)), claimsKey, raw);
    }
}
