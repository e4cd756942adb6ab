package org.plenary.workflow;

import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;
import org.plenary.intake.InboundEmail;
import org.plenary.language.Command;
import org.plenary.store.StoreTransaction;

/**
 * After {@link Understanding}, before {@link Acting}: whether an email must wait for its sender's confirmation
 * (PRODUCT.md 3.6). Under {@link Trust#CONFIRM}, without a trusted server's pass, an email holding any command
 * that changes things for other people is held whole: scheduling, confirming, cancelling or moving a meeting,
 * agenda decisions, notes, an action item created, reassigned or updated for someone else, apologies on someone
 * else's behalf. One's own apology, withdrawal, agenda request and update of one's own action apply at once,
 * since a forged one harms only the person whose address was used, who sees the confirmation. Holding the whole
 * email rather than some of its lines keeps an email's meaning together (notes with their actions, a move with
 * its reason) and gives its sender one question to answer. Thread-safe.
 */
final class SenderTrust {
    private final Authenticity authenticity;

    SenderTrust(Authenticity authenticity) {
        this.authenticity = authenticity;
    }

    boolean mustHold(StoreTransaction tx, GroupDefinition group, Directory directory, Member sender,
                     InboundEmail email, Understood understood) {
        if (authenticity.trust() != Trust.CONFIRM || understood.commands().stream()
                .noneMatch(c -> affectsOthers(tx, group, directory, sender, c))) {
            return false;
        }
        return !authenticity.passes(email);
    }

    private static boolean affectsOthers(StoreTransaction tx, GroupDefinition group, Directory directory,
                                         Member sender, Command command) {
        if (command instanceof Command.Apology c) {
            return !isSender(directory, c.member(), sender);
        } else if (command instanceof Command.ApologyWithdrawn c) {
            return !isSender(directory, c.member(), sender);
        } else if (command instanceof Command.AgendaRequest) {
            return false;
        } else if (command instanceof Command.ActionCreate c) {
            return !isSender(directory, c.owner(), sender);
        } else if (command instanceof Command.ActionUpdate c) {
            boolean own = tx.actions().find(group.id(), c.action())
                    .map(item -> item.owner().equals(sender.email())).orElse(false);
            return !own || !isSender(directory, c.owner(), sender);
        } else if (command instanceof Command.Help || command instanceof Command.Status) {
            return false;
        } else if (command instanceof Command.Undo) {
            // An UNDO must answer its confirmation, whose Message-ID is random and went to the sender's mailbox
            // only (Replies): whoever holds that id is the sender, as with the answer to a held question.
            return false;
        }
        return true; // meetings, agenda decisions, notes
    }

    /** Whether {@code words} (null for the sender) name the sender; a name that names nobody is someone else. */
    private static boolean isSender(Directory directory, String words, Member sender) {
        try {
            return directory.resolve(words, sender).email().equals(sender.email());
        } catch (Refusal nobody) {
            return false;
        }
    }
}
