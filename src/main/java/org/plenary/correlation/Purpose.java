package org.plenary.correlation;

import java.util.Locale;
import java.util.Optional;

/** What one of Plenary's emails is for: the first part of its Message-ID and the outbox row's purpose. */
public enum Purpose {
    AGENDA, UPDATE, CANCELLATION, SUMMARY, DIGEST, CONFIRMATION, ERROR, HELP, STATUS, SIGNIN,
    /** An action's reminder to its owner, or its escalation to the chairs. */
    REMINDER,
    /** The warning to the chairs that apologies leave a meeting short of its quorum. */
    QUORUM,
    /** Telling the people a change concerns, who did not make it (chairs of a request, an owner of their item). */
    NOTICE,
    /** The question asking a sender to confirm a held email; its id carries a secret token. */
    HELD;

    /** As written in Message-IDs and in the outbox: "agenda", "confirmation", … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The purpose written as {@code id}; empty for anything else (ids are lower case, as Plenary writes them). */
    public static Optional<Purpose> fromId(String id) {
        for (Purpose purpose : values()) {
            if (purpose.id().equals(id)) {
                return Optional.of(purpose);
            }
        }
        return Optional.empty();
    }
}
