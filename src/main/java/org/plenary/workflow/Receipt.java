package org.plenary.workflow;

import java.util.List;
import org.plenary.group.Member;
import org.plenary.intake.InboundEmail;

/**
 * What became of one email: the ledger outcome and its reason, the sender as matched, each command's
 * effect, the errors, and which reply it earned.
 */
public record Receipt(InboundEmail email, Outcome outcome, String reason, Member member, boolean viaList,
                      List<Effect> effects, List<String> errors, ReplyKind reply) {

    /** An email stopped before anything in it was read: refused by a guard, or a duplicate. */
    static Receipt stopped(InboundEmail email, Outcome outcome, String reason, Member member, boolean viaList) {
        return new Receipt(email, outcome, reason, member, viaList, List.of(), List.of(), ReplyKind.NONE);
    }

    public List<String> changes() {
        return effects.stream().flatMap(e -> e.changes().stream()).toList();
    }

    public List<String> allErrors() {
        List<String> all = new java.util.ArrayList<>(errors);
        effects.stream().filter(Effect::failed).forEach(e -> all.add(e.error()));
        return all;
    }
}
