package org.plenary.store;

import java.time.LocalDate;
import org.jdbi.v3.core.Handle;

/** At most one error, help or status reply per sender, kind and day, so no client can make Plenary flood anyone. */
public final class ReplyLimits {
    private final Handle handle;

    ReplyLimits(Handle handle) {
        this.handle = handle;
    }

    /** True, and remembered, when this is the first reply of its kind to this sender today. */
    public boolean take(String groupId, String email, String kind, LocalDate day) {
        boolean used = handle.createQuery("""
                SELECT COUNT(*) FROM reply_limits WHERE group_id = :g AND email = :e AND kind = :k AND reply_day = :d""")
                .bind("g", groupId).bind("e", email).bind("k", kind).bind("d", day).mapTo(Integer.class).one() > 0;
        if (used) {
            return false;
        }
        handle.createUpdate("INSERT INTO reply_limits (group_id, email, kind, reply_day) VALUES (:g, :e, :k, :d)")
                .bind("g", groupId).bind("e", email).bind("k", kind).bind("d", day).execute();
        return true;
    }
}
