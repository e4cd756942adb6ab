package org.plenary.workflow;

import java.time.Instant;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;
import org.plenary.store.ReplyLimits.Allowance;
import org.plenary.store.StoreTransaction;

/**
 * Error, question, help and status replies are limited against loops, not against people (PRODUCT.md 4, "Who hears
 * back"): at most {@value #PER_HOUR} to one sender an hour and {@value #PER_DAY} a day, counted together, and the
 * last one allowed says so. Confirmations are not counted: {@link ConfirmationLimit} gathers those. Stateless.
 */
final class LoopLimit {
    static final int PER_HOUR = 5;
    static final int PER_DAY = 20;

    /** Whether a reply may go, and the note it carries when it is the last one for a while. */
    record Permit(boolean granted, String lastNote) {
    }

    private LoopLimit() {
    }

    static Permit take(StoreTransaction tx, GroupDefinition group, Member sender, ReplyKind kind, Instant now) {
        Allowance allowance = tx.replyLimits().take(group.id(), sender.email(), kind.id(), now, PER_HOUR, PER_DAY);
        return new Permit(allowance.sends(), allowance == Allowance.LAST
                ? "This is the last answer Plenary sends you for a while: it answers at most " + PER_HOUR
                + " of your emails an hour and " + PER_DAY + " a day, so that no mail loop can grow. Your emails are"
                + " still read, and what they change is still confirmed." : null);
    }
}
