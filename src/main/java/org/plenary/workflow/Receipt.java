package org.plenary.workflow;

import java.util.List;
import org.plenary.group.Member;
import org.plenary.intake.InboundEmail;

/**
 * What became of one email: the ledger outcome and its reason, the sender as matched, each command's
 * effect, the errors, and which reply (confirmation, error, help, status or none) it earned.
 */
public record Receipt(InboundEmail email, String outcome, String reason, Member member, boolean viaList,
                      List<Effect> effects, List<String> errors, String reply) {

    public List<String> changes() {
        return effects.stream().flatMap(e -> e.changes().stream()).toList();
    }

    public List<String> allErrors() {
        List<String> all = new java.util.ArrayList<>(errors);
        effects.stream().filter(Effect::failed).forEach(e -> all.add(e.error()));
        return all;
    }
}
