package org.plenary.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plenary.correlation.Purpose;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;
import org.plenary.intake.InboundEmail;
import org.plenary.store.OutboxEmail;
import org.plenary.store.StoreTransaction;

/**
 * At most {@value #PER_HOUR} confirmations to one sender in an hour, so that forged emails cannot bury a member
 * under confirmations (PRODUCT.md 3.6). The changes beyond still apply; the first confirmation too many is replaced
 * by a notice, and what the next emails change for the rest of the hour is gathered into one round-up. The round-up
 * is an outbox email that waits until the hour is over, rewritten as emails join it, so it goes out with the rest
 * of the outbox and needs no timer of its own. Thread-safe.
 */
final class ConfirmationLimit {
    /** PRODUCT.md 3.6's figure; a deployment sets its own with PLENARY_CONFIRMATIONS_PER_HOUR (0: no limit). */
    static final int PER_HOUR = 30;
    private static final Duration HOUR = Duration.ofHours(1);

    private final Replies replies;
    private final int perHour;

    ConfirmationLimit(Replies replies, int perHour) {
        this.replies = replies;
        this.perHour = perHour;
    }

    void confirm(StoreTransaction tx, GroupDefinition group, InboundEmail email, Member sender, List<String> changes,
                 List<String> errors, String ref, Instant now) {
        if (perHour <= 0) {
            replies.confirmation(tx, group, email, sender, changes, errors, ref, now);
            return;
        }
        String purpose = Purpose.CONFIRMATION.id();
        Optional<OutboxEmail> roundUp = tx.outbox().waiting(group.id(), purpose, sender.email(), now);
        if (roundUp.isPresent()) {
            List<String> sources = new ArrayList<>(roundUp.get().references());
            sources.add(email.dedupeKey());
            replies.roundUp(tx, group, sender, sources, changesOf(tx, group, sender, sources), roundUp,
                    roundUp.get().nextAttempt(), now);
            return;
        }
        int lastHour = tx.outbox().countSince(group.id(), purpose, sender.email(), now.minus(HOUR));
        if (lastHour < perHour) {
            replies.confirmation(tx, group, email, sender, changes, errors, ref, now);
            return;
        }
        Instant until = now.plus(HOUR);
        replies.roundUpNotice(tx, group, email, sender, until, now);
        List<String> sources = List.of(email.dedupeKey());
        replies.roundUp(tx, group, sender, sources, changesOf(tx, group, sender, sources), Optional.empty(), until,
                now);
    }

    /** What the emails changed, as the change log keeps it, without the sender's name each line starts with. */
    private static List<String> changesOf(StoreTransaction tx, GroupDefinition group, Member sender,
                                          List<String> sources) {
        String prefix = sender.name() + ": ";
        return sources.stream().flatMap(source -> tx.changes().ofSource(group.id(), source).stream())
                .map(change -> change.text().startsWith(prefix) ? change.text().substring(prefix.length())
                        : change.text())
                .toList();
    }
}
