package org.plenary.workflow;

import java.security.SecureRandom;
import java.time.Duration;
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
 * Holds an email {@link SenderTrust} would not believe at once: works out what it would do (applied and taken
 * back), records it in the ledger as {@code held} with its raw message, and asks its From address to confirm
 * with a question whose Message-ID carries a fresh secret token; {@link HeldAnswers} applies it when that
 * address answers. An email that would change nothing (every command refused) is not held: its refusals are
 * answered as usual. Thread-safe.
 */
final class Holding {
    /** How long a sender has to confirm (PRODUCT.md 3.6). */
    static final Duration HELD_FOR = Duration.ofHours(72);

    private final Acting acting;
    private final Recording recording;
    private final Replies replies;
    private final SecureRandom random = new SecureRandom();

    Holding(Acting acting, Recording recording, Replies replies) {
        this.acting = acting;
        this.recording = recording;
        this.replies = replies;
    }

    /** The held email's receipt, or empty when it would change nothing and so is not worth a question. */
    Optional<Receipt> hold(StoreTransaction tx, GroupDefinition group, Directory directory, Member sender,
                           InboundEmail email, Understood understood, boolean viaList, byte[] raw, boolean reply,
                           Instant now) {
        List<Effect> wouldDo = tx.tentatively(
                () -> acting.act(tx, group, directory, sender, understood, email.dedupeKey(), now));
        if (wouldDo.stream().noneMatch(Effect::changed)) {
            return Optional.empty();
        }
        Receipt receipt = new Receipt(email, Outcome.HELD, "held until " + email.sender() + " confirms it by reply",
                sender, viaList, wouldDo, understood.errors(), ReplyKind.HELD);
        if (raw != null) {
            long emailNo = recording.record(tx, group.id(), receipt, true, raw, now);
            String token = MessageIds.newToken(random);
            tx.held().hold(MessageIds.hashOf(token),
                    new HeldEmail(group.id(), emailNo, email.sender(), now, now.plus(HELD_FOR), null));
            if (reply) {
                replies.held(tx, group, email, sender, receipt.changes(), receipt.allErrors(),
                        MessageIds.heldQuestion(token, group.domain()), HELD_FOR.toHours() + " hours", now);
            }
        }
        return Optional.of(receipt);
    }
}
