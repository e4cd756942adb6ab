package org.plenary.store;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Who was present at each meeting, as its notes said: members by address, anyone else by name. */
public final class AttendanceRepository {
    private static final RowMapper<Attendee> ATTENDEE = (row, ctx) -> new Attendee(row.getString("meeting_id"),
            row.getString("email"), row.getString("name"), Columns.instant(row, "recorded_at"),
            row.getString("source"));

    private final Handle handle;
    private final UndoJournal journal;

    AttendanceRepository(Handle handle, UndoJournal journal) {
        this.handle = handle;
        this.journal = journal;
    }

    public List<Attendee> ofMeeting(String groupId, String meetingId) {
        return handle.createQuery("""
                SELECT * FROM attendance WHERE group_id = :g AND meeting_id = :m ORDER BY attendance_no""")
                .bind("g", groupId).bind("m", meetingId).map(ATTENDEE).list();
    }

    /**
     * Adds the person to the meeting's attendance; returns false when they are in it already: the same member
     * however the notes named them, or, for a name that matched no member, the same name in any case.
     */
    public boolean record(String groupId, Attendee attendee) {
        boolean member = attendee.email() != null;
        String samePerson = member ? "email = :who" : "email IS NULL AND LOWER(name) = LOWER(:who)";
        boolean known = handle.createQuery("SELECT COUNT(*) FROM attendance WHERE group_id = :g AND meeting_id = :m AND "
                        + samePerson)
                .bind("g", groupId).bind("m", attendee.meetingId())
                .bind("who", member ? attendee.email() : attendee.name()).mapTo(Integer.class).one() > 0;
        if (known) {
            return false;
        }
        var insert = handle.createUpdate("""
                INSERT INTO attendance (group_id, meeting_id, email, name, recorded_at, source)
                VALUES (:g, :m, :e, :n, :at, :source)""")
                .bind("g", groupId).bind("m", attendee.meetingId()).bind("e", attendee.email())
                .bind("n", attendee.name()).bind("at", Columns.utc(attendee.recorded()))
                .bind("source", attendee.source());
        journal.insert(EntityKind.ATTENDANCE, groupId, insert);
        return true;
    }
}
