package org.plenary.store;

import java.time.Instant;

/**
 * A person a meeting's notes list as present: {@code email} is the member the name matched, or null when it
 * matched nobody; {@code name} is as the notes wrote it.
 */
public record Attendee(String meetingId, String email, String name, Instant recorded, String source) {
}
