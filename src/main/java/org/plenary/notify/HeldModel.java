package org.plenary.notify;

import java.util.List;

/**
 * The model of the {@code held} question: what a held email would do once its sender confirms it.
 *
 * @param originalSubject the subject of the held email, as received (may be blank)
 * @param changes what confirming would change, one sentence each
 * @param errors what of the email would not be done, one sentence each
 * @param expiresIn how long the sender has to confirm, in words ("72 hours")
 */
public record HeldModel(
        GroupView group,
        String recipientName,
        String originalSubject,
        List<String> changes,
        List<String> errors,
        String expiresIn) {

    public HeldModel {
        changes = List.copyOf(changes);
        errors = List.copyOf(errors);
    }
}
