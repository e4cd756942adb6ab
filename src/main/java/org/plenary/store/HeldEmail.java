package org.plenary.store;

import java.time.Instant;
import java.util.List;

/**
 * An email held until its sender confirms it (PRODUCT.md 3.6), or until they answer which meeting they meant: its
 * ledger row, who may answer, until when, the answer once given ({@code null} while waiting), and the meeting ids a
 * question offered in order (empty for an email held for trust).
 */
public record HeldEmail(String groupId, long emailNo, String sender, Instant created, Instant expires,
                        HeldAnswer answer, List<String> choices) {

    public HeldEmail {
        choices = List.copyOf(choices);
    }

    public HeldEmail(String groupId, long emailNo, String sender, Instant created, Instant expires,
                     HeldAnswer answer) {
        this(groupId, emailNo, sender, created, expires, answer, List.of());
    }

    /** Held for a question about which meeting was meant, not for the sender's trust. */
    public boolean isQuestion() {
        return !choices.isEmpty();
    }

    public boolean waiting() {
        return answer == null;
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expires);
    }
}
