package org.plenary.store;

import java.time.Instant;

/** A decision a meeting's notes recorded, as written after "DECISION:", "Agreed:" or "Decided:". */
public record Decision(String meetingId, String text, Instant recorded, String source) {
}
