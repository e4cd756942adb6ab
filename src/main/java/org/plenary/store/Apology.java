package org.plenary.store;

import java.time.Instant;

/** A member's apology for one meeting; {@code partial} when they miss only part of it (and still count as present). */
public record Apology(String meetingId, String email, String reason, Instant received, String source, boolean partial) {

    /** An apology for the whole meeting. */
    public Apology(String meetingId, String email, String reason, Instant received, String source) {
        this(meetingId, email, reason, received, source, false);
    }
}
