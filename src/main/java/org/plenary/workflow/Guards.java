package org.plenary.workflow;

import java.util.Optional;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;
import org.plenary.intake.InboundEmail;
import org.plenary.correlation.MessageIds;

/**
 * The first stage: mail that must not be read for commands at all, one guard a line, each with the one reason the
 * ledger and the log give (Plenary's own mail, machine mail, a stranger, failed authentication). Thread-safe.
 */
final class Guards {
    private final Authenticity authenticity;

    Guards(Authenticity authenticity) {
        this.authenticity = authenticity;
    }

    Optional<GuardRefusal> refusal(GroupDefinition group, InboundEmail email, Optional<Member> member) {
        if (isOwn(group, email)) {
            return refused(GuardRefusal.Kind.OWN_MAIL, "Plenary's own mail");
        }
        if (email.isAutomatic()) {
            return refused(GuardRefusal.Kind.MACHINE_MAIL, email.automatic());
        }
        if (member.isEmpty()) {
            return refused(GuardRefusal.Kind.UNKNOWN_SENDER, "unknown sender " + email.from());
        }
        return authenticity.refusal(email).map(reason -> new GuardRefusal(GuardRefusal.Kind.NOT_AUTHENTICATED, reason));
    }

    private static boolean isOwn(GroupDefinition group, InboundEmail email) {
        return group.address().equalsIgnoreCase(email.from())
                || MessageIds.isOurs(email.messageId(), group.domain());
    }

    private static Optional<GuardRefusal> refused(GuardRefusal.Kind kind, String reason) {
        return Optional.of(new GuardRefusal(kind, reason));
    }
}
