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
import org.plenary.notify.DisplayFormats;
import org.plenary.store.StoreTransaction;

/**
 * Before {@link Understanding}: a reply to one of Plenary's questions about a held email (its In-Reply-To or
 * References name the question's Message-ID, whose token only the asked address received). "yes" from the
 * address that was asked, within {@link Holding#HELD_FOR}, applies the held email from its raw message, as
 * though it had just arrived with trust granted, and its sender gets the ordinary confirmation; "no" drops it.
 * A reply from anyone else applies nothing and is answered by nothing; a late one is told the email expired.
 * Any other reply is read as an ordinary email. A reply to a question about which meeting was meant ({@link Asking})
 * is read the same way, with a chosen meeting in place of "yes". Self-contained beside the other stages: it reads only thread
 * headers and the first line. Thread-safe.
 */
final class HeldAnswers {
    private static final Set<String> YES = Set.of("yes", "y", "ok", "okay", "confirm", "confirmed", "yes please",
            "do it");
    private static final Set<String> NO = Set.of("no", "n", "cancel", "drop", "drop it", "no thanks");

    /**
     * Applies a held email's raw message again: with its sender's confirmation standing in for trust, or, for a
     * question, with the meeting the answer chose and the sender's usual trust.
     */
    @FunctionalInterface
    interface Confirmed {
        Receipt apply(StoreTransaction tx, InboundEmail email, byte[] raw, boolean trusted, Optional<String> choice);
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
        if (held.isQuestion()) {
            return answerQuestion(tx, group, email, sender, viaList, raw, reply, now, confirmed, held,
                    tokenHash.get());
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
                        List.of("To do it now, send its commands again in a new email."), null, now);
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
        return Optional.of(applyHeld(tx, group, email, sender, viaList, raw, now, held, hash,
                "held, then confirmed by " + email.dedupeKey(), "confirmed held email " + held.emailNo(),
                heldEmail -> confirmed.apply(tx, reader.read(heldEmail), heldEmail, true, Optional.empty())));
    }

    /**
     * An answer to a question about which meeting was meant: the meeting it picks ({@link ChoiceAnswer}) settles
     * the email asked about, which applies as though it had just arrived saying so (its sender's trust rules
     * still hold, and its confirmation answers it). An answer that picks none is read as an ordinary email.
     */
    private Optional<Receipt> answerQuestion(StoreTransaction tx, GroupDefinition group, InboundEmail email,
                                             Member sender, boolean viaList, byte[] raw, boolean reply, Instant now,
                                             Confirmed confirmed, HeldEmail held, String hash) {
        List<Choice> candidates = held.choices().stream().map(id -> described(tx, group, id)).toList();
        Optional<Choice> picked = ChoiceAnswer.pick(firstLine(email), candidates);
        if (picked.isEmpty()) {
            return Optional.empty();
        }
        if (!held.waiting()) {
            return Optional.of(stop(tx, group, email, sender, viaList, raw, now, Outcome.IGNORED,
                    "the question about email " + held.emailNo() + " was answered already"));
        }
        if (held.expiredAt(now)) {
            tx.held().answer(group.id(), hash, HeldAnswer.EXPIRED, now);
            Receipt late = stop(tx, group, email, sender, viaList, raw, now, Outcome.REJECTED,
                    "the question about email " + held.emailNo() + " expired unanswered");
            if (reply) {
                replies.error(tx, group, email, sender, List.of("Plenary waited " + Holding.HELD_FOR.toHours()
                        + " hours for your answer and has stopped waiting: nothing of that email was done."),
                        List.of("To do it now, send it again naming " + picked.get().id() + "."),
                        null, now);
            }
            return Optional.of(late);
        }
        String chosen = picked.get().id();
        return Optional.of(applyHeld(tx, group, email, sender, viaList, raw, now, held, hash,
                "asked which one, then answered by " + email.dedupeKey(),
                "answered the question about email " + held.emailNo() + " with " + chosen,
                heldEmail -> confirmed.apply(tx, reader.read(heldEmail), heldEmail, false, Optional.of(chosen))));
    }

    /** A candidate a question named, as an answer may pick it: a meeting by its kind, title and time, an item by its title. */
    private static Choice described(StoreTransaction tx, GroupDefinition group, String id) {
        return tx.meetings().find(group.id(), id)
                .map(m -> new Choice(id, m.kind() + " " + m.title() + " " + DisplayFormats.brief(m.start(), group.timezone())))
                .or(() -> tx.actions().find(group.id(), id).map(a -> new Choice(id, a.title())))
                .orElse(new Choice(id, ""));
    }

    /**
     * Applies the email kept under {@code hash} once, from its raw message, and records the answer that did it as
     * applied; an email answered already (a concurrent reply) is not applied again.
     */
    private Receipt applyHeld(StoreTransaction tx, GroupDefinition group, InboundEmail email, Member sender,
                              boolean viaList, byte[] raw, Instant now, HeldEmail held, String hash, String superseded,
                              String reason, java.util.function.Function<byte[], Receipt> apply) {
        if (!tx.held().answer(group.id(), hash, HeldAnswer.CONFIRMED, now)) {
            return stop(tx, group, email, sender, viaList, raw, now, Outcome.IGNORED,
                    "email " + held.emailNo() + " was answered already");
        }
        byte[] heldRaw = tx.ledger().raw(group.id(), held.emailNo()).orElseThrow(() -> new IllegalStateException(
                "held email " + held.emailNo() + " has no raw message"));
        tx.ledger().supersede(group.id(), held.emailNo(), superseded);
        Receipt applied = apply.apply(heldRaw);
        Receipt receipt = new Receipt(email, Outcome.APPLIED, reason + ": " + applied.outcome().id(), sender, viaList,
                List.of(), List.of(), ReplyKind.NONE);
        record(tx, group, receipt, raw, now);
        return receipt;
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

    private static String firstLine(InboundEmail email) {
        return email.visibleText() == null ? "" : email.visibleText().strip().lines().findFirst().orElse("");
    }

    /** The first line the sender wrote, as yes, no or anything else. */
    private static Answer answerIn(InboundEmail email) {
        String first = firstLine(email);
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
