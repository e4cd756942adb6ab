package org.plenary.workflow;

import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;
import org.plenary.intake.InboundEmail;
import org.plenary.store.StoreTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last stage: the reply the verdict chose, into the outbox in the email's transaction. Error, help and status
 * replies are limited against loops ({@link LoopLimit}), so no client can make Plenary flood anyone; a
 * confirmation is never lost, but past the hourly limit (when one is set) they come as one round-up.
 * Thread-safe.
 */
final class Answering {
    private static final Logger LOG = LoggerFactory.getLogger(Answering.class);

    private final Replies replies;
    private final ConfirmationLimit confirmations;
    private final BiFunction<StoreTransaction, Instant, List<String>> suggestions;

    Answering(Replies replies, int confirmationsPerHour,
              BiFunction<StoreTransaction, Instant, List<String>> suggestions) {
        this.replies = replies;
        this.confirmations = new ConfirmationLimit(replies, confirmationsPerHour);
        this.suggestions = suggestions;
    }

    void answer(StoreTransaction tx, GroupDefinition group, Receipt receipt, Member sender, Instant now) {
        InboundEmail email = receipt.email();
        switch (receipt.reply()) {
            case CONFIRMATION -> confirmations.confirm(tx, group, email, sender, receipt.changes(),
                    receipt.allErrors(), refOf(receipt), now);
            case HELP, STATUS, ERROR -> {
                LoopLimit.Permit permit = LoopLimit.take(tx, group, sender, receipt.reply(), now);
                if (!permit.granted()) {
                    LOG.info("{}: {} reply to {} withheld: the loop limit is reached", email.dedupeKey(),
                            receipt.reply().id(), sender.email());
                } else if (receipt.reply() == ReplyKind.HELP) {
                    replies.help(tx, group, email, sender, permit.lastNote(), now);
                } else if (receipt.reply() == ReplyKind.STATUS) {
                    replies.status(tx, group, email, sender, permit.lastNote(), now);
                } else {
                    List<String> errors = receipt.allErrors().isEmpty()
                            ? List.of("Plenary found no command in your email.") : receipt.allErrors();
                    replies.error(tx, group, email, sender, errors, suggestions.apply(tx, now), permit.lastNote(), now);
                }
            }
            default -> { }
        }
    }

    /** What the confirmation is about, for its thread: the first action item, meeting, or single meeting named. */
    private static String refOf(Receipt receipt) {
        for (Effect effect : receipt.effects()) {
            Resolved resolved = effect.resolved();
            String ref = resolved.action() != null ? resolved.action() : resolved.meeting();
            if (ref == null && resolved.meetings() != null && resolved.meetings().size() == 1) {
                ref = resolved.meetings().get(0);
            }
            if (ref != null) {
                return ref;
            }
        }
        return null;
    }
}
