package org.plenary.store;

import java.time.Instant;

/** A member's apology for one meeting. */
public record Apology(String meetingId, String email, String reason, Instant received, String source) {
}
