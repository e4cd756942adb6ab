package org.plenary.workflow;

import java.util.List;
import java.util.Optional;
import org.plenary.group.Member;
import org.plenary.intake.InboundEmail;

/**
 * The stage between understanding and acting that stops an email which must not act at all (PRODUCT.md 3.6, no
 * amplification): one that only echoes Plenary's own lines back, and one with more than {@value #MOST_COMMANDS}
 * commands, refused whole. Stateless.
 */
final class Admission {
    static final int MOST_COMMANDS = 20;

    private Admission() {
    }

    /** The receipt of an email stopped here, or empty when it may go on to act. */
    static Optional<Receipt> stopped(InboundEmail email, Echoes echoes, Understood understood, Member sender,
                                     boolean viaList) {
        if (echoes.found() && understood.commands().isEmpty() && understood.errors().isEmpty()) {
            // Plenary's own lines sent back: answering them could start a loop with the bot that echoed them.
            return Optional.of(Receipt.stopped(email, Outcome.IGNORED, Echoes.REASON, sender, viaList));
        }
        int commands = understood.commands().size();
        if (commands > MOST_COMMANDS) {
            return Optional.of(new Receipt(email, Outcome.REJECTED, "more than " + MOST_COMMANDS + " commands", sender,
                    viaList, List.of(), List.of("Your email holds " + commands + " commands; Plenary applies at most "
                    + MOST_COMMANDS + " from one email, so it applied none of them. Send them in several emails."),
                    ReplyKind.ERROR));
        }
        return Optional.empty();
    }
}
