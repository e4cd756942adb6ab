package org.plenary.store;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Who was present at, and who apologised for, the meetings starting in a period: one query each, for the desk's
 * attendance table and {@code /api/attendance}, however many meetings the period holds.
 */
public final class AttendanceCounts {
    private final Handle handle;

    AttendanceCounts(Handle handle) {
        this.handle = handle;
    }

    /** A member at a meeting (present, or apologised). */
    public record Presence(String meetingId, String email) {
    }

    /** The members the notes said were present, at meetings starting in [from, until). Guests are left out. */
    public List<Presence> attended(String groupId, Instant from, Instant until) {
        return presences("attendance", "a.email IS NOT NULL AND ", groupId, from, until);
    }

    /** The apologies for meetings starting in [from, until). */
    public List<Presence> apologised(String groupId, Instant from, Instant until) {
        return presences("apologies", "", groupId, from, until);
    }

    private List<Presence> presences(String table, String condition, String groupId, Instant from, Instant until) {
        return handle.createQuery("SELECT a.meeting_id, a.email FROM " + table + " a JOIN meetings m"
                        + " ON m.group_id = a.group_id AND m.id = a.meeting_id WHERE " + condition
                        + "a.group_id = :g AND m.start_at >= :from AND m.start_at < :until")
                .bind("g", groupId).bind("from", Columns.utc(from)).bind("until", Columns.utc(until))
                .map((row, ctx) -> new Presence(row.getString("meeting_id"), row.getString("email"))).list();
    }
}
