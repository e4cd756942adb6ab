package org.plenary.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.plenary.correlation.Purpose;
import org.plenary.intake.InboundEmail;
import org.plenary.store.OutboxEmail;
import org.plenary.store.StoreTransaction;

/**
 * The lines of an email that only repeat what Plenary wrote to its sender, set aside before the email is read:
 * an error or help reply teaches with example commands, and a bot (or a careless paste) that sends them back
 * must not apply them. Two kinds of line are echoes:
 * <ul>
 * <li>in a reply to one of Plenary's emails to this sender, any line of that email (spaces around it aside), or
 * the start of one, where the echo was cut short;
 * <li>in any email, a line of an error or help reply sent to this sender in the last week, written exactly as
 * it was sent, its indentation or bullet included: the example "    Apologies for the plenary on 4 July" as
 * the help email shows it is an echo, the same words typed as a command are not.
 * </ul>
 * Not thread-safe: one email's.
 */
final class Echoes {
    static final String REASON = "echo of Plenary's examples";
    private static final Duration RECENT = Duration.ofDays(7);
    private static final int SHORTEST_CUT = 12;

    private final Set<String> repliedTo;
    private final Set<String> sentRecently;
    private int removed;

    private Echoes(Set<String> repliedTo, Set<String> sentRecently) {
        this.repliedTo = repliedTo;
        this.sentRecently = sentRecently;
    }

    static Echoes of(StoreTransaction tx, String groupId, InboundEmail email, String sender, Instant now,
                     SentLines sentLines) {
        Set<String> repliedTo = new HashSet<>();
        List<String> thread = new ArrayList<>(email.references());
        if (email.inReplyTo() != null) {
            thread.add(email.inReplyTo());
        }
        for (String messageId : thread) {
            tx.outbox().byMessageId(groupId, messageId.trim()).filter(sent -> sentTo(sent, sender))
                    .ifPresent(sent -> sent.text().lines().map(String::strip).filter(l -> !l.isEmpty())
                            .forEach(repliedTo::add));
        }
        Set<String> sentRecently = new HashSet<>();
        for (Purpose purpose : List.of(Purpose.ERROR, Purpose.HELP)) {
            for (long outboxNo : tx.outbox().numbersSince(groupId, purpose.id(), sender, now.minus(RECENT))) {
                sentRecently.addAll(sentLines.of(tx, outboxNo));
            }
        }
        return new Echoes(repliedTo, sentRecently);
    }

    /** The email with its echoed lines removed from the text Plenary reads. */
    InboundEmail without(InboundEmail email) {
        List<String> kept = new ArrayList<>();
        for (String line : email.visibleText().split("\r?\n", -1)) {
            if (!line.isBlank() && (repliedTo(line.strip()) || sentRecently.contains(line.stripTrailing()))) {
                removed++;
            } else {
                kept.add(line);
            }
        }
        return removed == 0 ? email : email.withVisibleText(String.join("\n", kept));
    }

    /** A line of the email answered, or the start of one: an echo cut short (at 4000 characters, say) still is. */
    private boolean repliedTo(String line) {
        return repliedTo.contains(line)
                || line.length() >= SHORTEST_CUT && repliedTo.stream().anyMatch(sent -> sent.startsWith(line));
    }

    /** Whether {@link #without} set any line aside. */
    boolean found() {
        return removed > 0;
    }

    private static boolean sentTo(OutboxEmail sent, String sender) {
        return sent.recipients().stream().anyMatch(r -> r.equalsIgnoreCase(sender));
    }
}
