package org.plenary.store;

import java.time.Instant;
import java.util.List;

/**
 * An email waiting in (or delivered from) the outbox. {@code calendar} and {@code calendarMethod} are set
 * for invitations; {@code sent} is null until the SMTP server accepted it.
 */
public record OutboxEmail(long outboxNo, String groupId, String messageId, String purpose, String ref,
                          List<String> recipients, String subject, String text, String html, String calendar,
                          String calendarMethod, String inReplyTo, List<String> references, String autoSubmitted,
                          Instant created, int attempts, Instant nextAttempt, Instant sent, String lastError) {

    /** A new email for the outbox; numbering and delivery state are the outbox's. */
    public static OutboxEmail of(String groupId, String messageId, String purpose, String ref, List<String> recipients,
                                 String subject, String text, String html, String calendar, String calendarMethod,
                                 String inReplyTo, List<String> references, String autoSubmitted) {
        return new OutboxEmail(0, groupId, messageId, purpose, ref, recipients, subject, text, html, calendar,
                calendarMethod, inReplyTo, references, autoSubmitted, null, 0, null, null, null);
    }
}
