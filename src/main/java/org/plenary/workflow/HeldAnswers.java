package org.plenary.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.plenary.address.AsciiCase;
import org.plenary.correlation.MessageIds;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;
import org.plenary.intake.InboundEmail;
import org.plenary.intake.MailReader;
import org.plenary.store.HeldAnswer;
import org.plenary.store.HeldEmail;
import org.plenary.store.StoreTransaction;

/**
 * Before {@link Understanding}: a reply to one of Plenary's questions about a held email (its In-Reply-To or
 * References name the question's Message-ID, whose token only the asked address received). "yes" from the
 * address that was asked, within {@link Holding#HELD_FOR}, applies the held email from its raw message, as
 * though it had just arrived with trust granted, and its sender gets the ordinary confirmation; "no" drops it.
 * A reply from anyone else applies nothing and is answered by nothing; a late one is told the email expired.
 * Any other reply is read as an ordinary email. Self-contained beside the other stages: it reads only thread
 * headers and the first line. Thread-safe.
 */
final class HeldAnswers {
    private static final Set<String> YES = Set.of("yes", "y", "ok", "okay", "confirm", "confirmed", "yes please",
            "do it");
    private static final Set<String> NO = Set.of("no", "n", "cancel", "drop", "drop it", "no thanks");

    /** Applies a held email's raw message again, with its sender's confirmation standing in for trust. */
    @FunctionalInterface
    interface Confirmed {
        Receipt apply(StoreTransaction tx, InboundEmail email, byte[] raw);
    }

    private enum Answer { YES, NO, OTHER }

    private final Recording recording;
    private final Replies replies;
    private final MailReader reader = new MailReader();

    HeldAnswers(Recording recording, Replies replies) {
        this.recording = recording;
        this.replies = replies;
    }

    /** The receipt of a reply to a held question, or empty for any other email (read on as usual). */
    Optional<Receipt> answer(StoreTransaction tx, GroupDefinition group, InboundEmail email, Member sender,
                             boolean viaList, byte[] raw, boolean reply, Instant now, Confirmed confirmed) {
        Optional<String> tokenHash = questionAnswered(email, group.domain()).map(MessageIds::hashOf);
        Optional<HeldEmail> found = tokenHash.flatMap(hash -> tx.held().find(group.id(), hash));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        HeldEmail held = found.get();
        if (!AsciiCase.lower(held.sender()).equals(AsciiCase.lower(String.valueOf(email.sender())))) {
            return Optional.of(stop(tx, group, email, sender, viaList, raw, now, Outcome.REJECTED,
                    "a reply to the question about held email " + held.emailNo() + " from someone other than "
                            + held.sender() + ", who alone can confirm it"));
        }
        Answer answer = answerIn(email);
        if (answer == Answer.OTHER) {
            return Optional.empty();
        }
        if (!held.waiting()) {
            return Optional.of(stop(tx, group, email, sender, viaList, raw, now, Outcome.IGNORED,
                    "held email " + held.emailNo() + " was " + held.answer().id() + " already"));
        }
        String hash = tokenHash.get();
        if (held.expiredAt(now)) {
            tx.held().answer(group.id(), hash, HeldAnswer.EXPIRED, now);
            Receipt late = stop(tx, group, email, sender, viaList, raw, now, Outcome.REJECTED,
                    "held email " + held.emailNo() + " expired unconfirmed");
            if (reply) {
                replies.error(tx, group, email, sender, List.of("The email you were asked about was held for "
                        + Holding.HELD_FOR.toHours() + " hours and has expired: nothing of it was done."),
                        List.of("To do it now, send its commands again in a new email."), now);
            }
            return Optional.of(late);
        }
        if (answer == Answer.NO) {
            tx.held().answer(group.id(), hash, HeldAnswer.DROPPED, now);
            Receipt dropped = new Receipt(email, Outcome.APPLIED, "dropped held email " + held.emailNo(), sender,
                    viaList, List.of(), List.of(), ReplyKind.CONFIRMATION);
            record(tx, group, dropped, raw, now);
            if (reply) {
                replies.confirmation(tx, group, email, sender,
                        List.of("The held email was dropped: nothing of it was done."), List.of(), null, now);
            }
            return Optional.of(dropped);
        }
        if (!tx.held().answer(group.id(), hash, HeldAnswer.CONFIRMED, now)) {
            return Optional.of(stop(tx, group, email, sender, viaList, raw, now, Outcome.IGNORED,
                    "held email " + held.emailNo() + " was answered already"));
        }
        byte[] heldRaw = tx.ledger().raw(group.id(), held.emailNo()).orElseThrow(() -> new IllegalStateException(
                "held email " + held.emailNo() + " has no raw message"));
        tx.ledger().supersede(group.id(), held.emailNo(), "held, then confirmed by " + email.dedupeKey());
        Receipt applied = confirmed.apply(tx, reader.read(heldRaw), heldRaw);
        Receipt receipt = new Receipt(email, Outcome.APPLIED, "confirmed held email " + held.emailNo() + ": "
                + applied.outcome().id(), sender, viaList, List.of(), List.of(), ReplyKind.NONE);
        record(tx, group, receipt, raw, now);
        return Optional.of(receipt);
    }

    /** The token of the held question this email answers: In-Reply-To first, then References newest first. */
    private static Optional<String> questionAnswered(InboundEmail email, String domain) {
        List<String> ids = new ArrayList<>();
        if (email.inReplyTo() != null) {
            ids.add(email.inReplyTo());
        }
        List<String> references = new ArrayList<>(email.references() == null ? List.of() : email.references());
        java.util.Collections.reverse(references);
        ids.addAll(references);
        return ids.stream().map(id -> MessageIds.tokenOf(id, domain)).flatMap(Optional::stream).findFirst();
    }

    /** The first line the sender wrote, as yes, no or anything else. */
    private static Answer answerIn(InboundEmail email) {
        String first = email.visibleText() == null ? "" : email.visibleText().strip().lines().findFirst().orElse("");
        String word = first.strip().toLowerCase(Locale.ROOT).replaceAll("[.!,;:]+$", "").strip();
        if (YES.contains(word)) {
            return Answer.YES;
        }
        return NO.contains(word) ? Answer.NO : Answer.OTHER;
    }

    private Receipt stop(StoreTransaction tx, GroupDefinition group, InboundEmail email, Member sender,
                         boolean viaList, byte[] raw, Instant now, Outcome outcome, String reason) {
        Receipt receipt = Receipt.stopped(email, outcome, reason, sender, viaList);
        record(tx, group, receipt, raw, now);
        return receipt;
    }

    private void record(StoreTransaction tx, GroupDefinition group, Receipt receipt, byte[] raw, Instant now) {
        if (raw != null) {
            recording.record(tx, group.id(), receipt, true, raw, now);
        }
    }
}
