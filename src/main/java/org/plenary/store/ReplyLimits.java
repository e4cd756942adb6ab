package org.plenary.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);

    private final Handle handle;
    /**
     * By group and sender: the times of their replies since a time, read once a transaction (a batch of emails may
     * hold many from one sender) and added to as replies are counted. Not thread-safe, like the transaction.
     */
    private final Map<String, Counted> counted = new HashMap<>();

    private record Counted(Instant since, List<Instant> times) {
        int after(Instant from) {
            int n = 0;
            for (Instant time : times) {
                if (time.isAfter(from)) {
                    n++;
                }
            }
            return n;
        }
    }

    ReplyLimits(Handle handle) {
        this.handle = handle;
    }

    /** Counts a reply of {@code kind} to {@code email} at {@code now} when the limits allow it. */
    public Allowance take(String groupId, String email, String kind, Instant now, int perHour, int perDay) {
        Counted sent = sentAfter(groupId, email, now.minus(DAY));
        int lastHour = sent.after(now.minus(HOUR));
        int lastDay = sent.after(now.minus(DAY));
        if (lastHour >= perHour || lastDay >= perDay) {
            return Allowance.REFUSED;
        }
        handle.createUpdate("INSERT INTO reply_log (group_id, email, kind, sent_at) VALUES (:g, :e, :k, :at)")
                .bind("g", groupId).bind("e", email).bind("k", kind).bind("at", Columns.utc(now)).execute();
        sent.times().add(now);
        return lastHour + 1 == perHour || lastDay + 1 == perDay ? Allowance.LAST : Allowance.ALLOWED;
    }

    /** The sender's replies after {@code since}: as read before in this transaction, unless that began later. */
    private Counted sentAfter(String groupId, String email, Instant since) {
        String key = groupId + '\u0000' + email;
        Counted kept = counted.get(key);
        if (kept == null || since.isBefore(kept.since())) {
            kept = new Counted(since, new ArrayList<>(handle.createQuery("""
                    SELECT sent_at FROM reply_log WHERE group_id = :g AND email = :e AND sent_at > :since""")
                    .bind("g", groupId).bind("e", email).bind("since", Columns.utc(since))
                    .map((row, ctx) -> Columns.instant(row, "sent_at")).list()));
            counted.put(key, kept);
        }
        return kept;
    }

    /** Reads the replies again next time: what was counted since may have been taken back. */
    void forget() {
        counted.clear();
    }
}
