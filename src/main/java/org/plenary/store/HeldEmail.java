package org.plenary.store;

import java.time.Instant;

/**
 * An email held until its sender confirms it (PRODUCT.md 3.6): its ledger row, who may confirm it, until when,
 * and the answer once given ({@code null} while waiting).
 */
public record HeldEmail(String groupId, long emailNo, String sender, Instant created, Instant expires,
                        HeldAnswer answer) {

    public boolean waiting() {
        return answer == null;
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expires);
    }
}
