package org.plenary.workflow;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.plenary.correlation.Purpose;
import org.plenary.group.GroupDefinition;
import org.plenary.intake.InboundEmail;
import org.plenary.language.Command;
import org.plenary.store.OutboxEmail;
import org.plenary.store.StoreTransaction;

/**
 * The stage before {@link Understanding}: an email whose visible text starts with a line saying UNDO (maybe with
 * "please") is one {@link Command.Undo} of the confirmation its thread answers, found through its In-Reply-To and
 * References in the outbox; any other email goes on to be understood. Thread-safe.
 */
final class Undoing {
    /** ASCII case only, as people write it: "UNDO", "undo.", "Please undo", "undo please!". */
    private static final Pattern UNDO = Pattern.compile("(?:please,?\\s+)?undo(?:,?\\s+please)?\\s*[.!]?",
            Pattern.CASE_INSENSITIVE);

    Optional<Understood> recognise(StoreTransaction tx, GroupDefinition group, InboundEmail email) {
        if (!UNDO.matcher(firstLine(email.visibleText())).matches()) {
            return Optional.empty();
        }
        String confirmation = confirmationAnswered(tx, group, email).map(OutboxEmail::messageId).orElse(null);
        return Optional.of(new Understood(Optional.empty(), List.of(new Command.Undo(confirmation, email.sender())),
                List.of()));
    }

    /** The confirmation the email answers: the one it replies to, else the newest of its thread. */
    private static Optional<OutboxEmail> confirmationAnswered(StoreTransaction tx, GroupDefinition group,
                                                              InboundEmail email) {
        for (String id : email.threadHeaders().answeredFirst()) {
            Optional<OutboxEmail> sent = tx.outbox().sent(group.id(), id)
                    .filter(mail -> Purpose.CONFIRMATION.id().equals(mail.purpose()));
            if (sent.isPresent()) {
                return sent;
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String text) {
        for (String line : (text == null ? "" : text).split("\\R")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }
}
