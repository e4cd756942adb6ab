package org.plenary.workflow;

import java.time.Instant;

/** Told of each email the inbound route settled, once its transaction committed (metrics, the outbox, the next poll). */
@FunctionalInterface
public interface SettledMail {
    SettledMail NOBODY = (outcome, messageId, delivered) -> { };

    /** {@code delivered}: when the mailbox received it (IMAP INTERNALDATE), null when unknown. */
    void settled(Outcome outcome, String messageId, Instant delivered);
}
