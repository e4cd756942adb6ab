package org.plenary.workflow;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.plenary.correlation.MessageIds;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;
import org.plenary.intake.InboundEmail;
import org.plenary.store.HeldEmail;
import org.plenary.store.StoreTransaction;

/**
 * After {@link Acting}: an email that changed nothing because a command fits more than one meeting (or names an
 * unknown action item whose words match an open one) is not an error but a question (PRODUCT.md 4, "Who hears
 * back"). It is kept like a held email, in the ledger as {@code held} (it
 * waits for its sender, and nothing of it is applied yet), with the candidates in order; its sender alone, even
 * when it came through the list, is asked which one with a reply whose Message-ID carries a fresh secret token, and
 * {@link HeldAnswers} applies the email with the meeting or item the answer picks. Thread-safe.
 */
final class Asking {
    private final Recording recording;
    private final Replies replies;
    private final SecureRandom random = new SecureRandom();

    Asking(Recording recording, Replies replies) {
        this.recording = recording;
        this.replies = replies;
    }

    /** The receipt of an email that earns a question, or empty for any other. */
    Optional<Receipt> ask(StoreTransaction tx, GroupDefinition group, Member sender, InboundEmail email,
                          Understood understood, List<Effect> effects, boolean viaList, byte[] raw, boolean reply,
                          Instant now) {
        if (effects.stream().anyMatch(Effect::changed)) {
            return Optional.empty();
        }
        Optional<Effect> unclear = effects.stream().filter(Effect::ambiguous).findFirst();
        if (unclear.isEmpty()) {
            return Optional.empty();
        }
        List<Choice> choices = unclear.get().choices();
        Receipt receipt = new Receipt(email, Outcome.HELD, "asked " + email.sender() + " which they meant: "
                + String.join(" or ", choices.stream().map(Choice::id).toList()), sender, viaList, effects,
                understood.errors(), ReplyKind.QUESTION);
        if (raw != null) {
            long emailNo = recording.record(tx, group.id(), receipt, true, raw, now);
            String token = MessageIds.newToken(random);
            tx.held().hold(MessageIds.hashOf(token), new HeldEmail(group.id(), emailNo, email.sender(), now,
                    now.plus(Holding.HELD_FOR), null, choices.stream().map(Choice::id).toList()));
            LoopLimit.Permit permit = reply ? LoopLimit.take(tx, group, sender, ReplyKind.QUESTION, now)
                    : new LoopLimit.Permit(false, null);
            if (permit.granted()) {
                replies.question(tx, group, email, sender, unclear.get().doubt(),
                        choices.stream().map(Choice::words).toList(), MessageIds.heldQuestion(token, group.domain()),
                        Holding.HELD_FOR.toHours() + " hours", permit.lastNote(), now);
            }
        }
        return Optional.of(receipt);
    }
}
