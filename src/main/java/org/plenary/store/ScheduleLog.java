package org.plenary.store;

import java.time.Instant;
import org.jdbi.v3.core.Handle;

/** The record of scheduled sends ("digest:2017-W25", "agenda:plenary-2017-07-04:0"), so each happens once. */
public final class ScheduleLog {
    private final Handle handle;

    ScheduleLog(Handle handle) {
        this.handle = handle;
    }

    public boolean done(String groupId, String key) {
        return handle.createQuery("SELECT COUNT(*) FROM scheduled_sends WHERE group_id = :g AND send_key = :k")
                .bind("g", groupId).bind("k", key).mapTo(Integer.class).one() > 0;
    }

    /** Records the send; call it in the transaction that puts the email in the outbox. */
    public void record(String groupId, String key, Long outboxNo, Instant now) {
        handle.createUpdate("INSERT INTO scheduled_sends (group_id, send_key, outbox_no, created_at) VALUES (:g, :k, :o, :now)")
                .bind("g", groupId).bind("k", key).bind("o", outboxNo).bind("now", Columns.utc(now)).execute();
    }
}
