package org.plenary.store;

import java.time.Instant;

/** A stored token, known by its hash only; {@code expires} null means until revoked, {@code used} null means unused. */
public record AccessToken(String hash, String groupId, String email, AccessKind kind, Instant created, Instant expires,
                          Instant used) {

    /** True when the token opens the door at {@code now}: not expired and, for a sign-in link, not used yet. */
    public boolean isValidAt(Instant now) {
        return (expires == null || now.isBefore(expires)) && (kind != AccessKind.SIGN_IN || used == null);
    }
}
