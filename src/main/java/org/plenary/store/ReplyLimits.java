package org.plenary.store;

import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * Error, question, help and status replies per sender, counted together over the last hour and the last day, so a
 * mail loop with another robot ends while a person who writes three unclear emails still gets three answers.
 */
public final class ReplyLimits {
    /** Whether one more reply may go to a sender, and whether it is the last one its window allows. */
    public enum Allowance {
        ALLOWED, LAST, REFUSED;

        public boolean sends() {
            return this != REFUSED;
        }
    }

    private final Handle handle;

    ReplyLimits(Handle handle) {
        this.handle = handle;
    }

    /** Counts a reply of {@code kind} to {@code email} at {@code now} when the limits allow it. */
    public Allowance take(String groupId, String email, String kind, Instant now, int perHour, int perDay) {
        int lastHour = sentSince(groupId, email, now.minus(Duration.ofHours(1)));
        int lastDay = sentSince(groupId, email, now.minus(Duration.ofDays(1)));
        if (lastHour >= perHour || lastDay >= perDay) {
            return Allowance.REFUSED;
        }
        handle.createUpdate("INSERT INTO reply_log (group_id, email, kind, sent_at) VALUES (:g, :e, :k, :at)")
                .bind("g", groupId).bind("e", email).bind("k", kind).bind("at", Columns.utc(now)).execute();
        return lastHour + 1 == perHour || lastDay + 1 == perDay ? Allowance.LAST : Allowance.ALLOWED;
    }

    private int sentSince(String groupId, String email, Instant since) {
        return handle.createQuery("""
                SELECT COUNT(*) FROM reply_log WHERE group_id = :g AND email = :e AND sent_at > :since""")
                .bind("g", groupId).bind("e", email).bind("since", Columns.utc(since)).mapTo(Integer.class).one();
    }
}
