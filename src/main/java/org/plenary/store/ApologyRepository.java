package org.plenary.store;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Apologies, one per member and meeting. */
public final class ApologyRepository {
    private static final RowMapper<Apology> APOLOGY = (row, ctx) -> new Apology(row.getString("meeting_id"),
            row.getString("email"), row.getString("reason"), Columns.instant(row, "received_at"),
            row.getString("source"), row.getBoolean("partial"));

    private final Handle handle;
    private final UndoJournal journal;

    ApologyRepository(Handle handle, UndoJournal journal) {
        this.handle = handle;
        this.journal = journal;
    }

    public List<Apology> ofMeeting(String groupId, String meetingId) {
        return handle.createQuery("""
                SELECT * FROM apologies WHERE group_id = :g AND meeting_id = :m ORDER BY received_at, email""")
                .bind("g", groupId).bind("m", meetingId).map(APOLOGY).list();
    }

    public boolean exists(String groupId, String meetingId, String email) {
        return handle.createQuery("SELECT COUNT(*) FROM apologies WHERE group_id = :g AND meeting_id = :m AND email = :e")
                .bind("g", groupId).bind("m", meetingId).bind("e", email).mapTo(Integer.class).one() > 0;
    }

    /** Records the apology, or updates its reason; returns false when it was already there unchanged. */
    public boolean save(String groupId, Apology apology) {
        if (exists(groupId, apology.meetingId(), apology.email())) {
            if (apology.reason() == null) {
                return false;
            }
            journal.touch(EntityKind.APOLOGY, groupId, apology.meetingId(), apology.email());
            return handle.createUpdate("""
                    UPDATE apologies SET reason = :r, partial = :p WHERE group_id = :g AND meeting_id = :m AND email = :e
                    AND (reason IS NULL OR reason <> :r OR partial <> :p)""")
                    .bind("g", groupId).bind("m", apology.meetingId()).bind("e", apology.email())
                    .bind("r", apology.reason()).bind("p", apology.partial()).execute() > 0;
        }
        journal.touch(EntityKind.APOLOGY, groupId, apology.meetingId(), apology.email());
        handle.createUpdate("""
                INSERT INTO apologies (group_id, meeting_id, email, reason, received_at, source, partial)
                VALUES (:g, :m, :e, :r, :at, :source, :p)""")
                .bind("g", groupId).bind("m", apology.meetingId()).bind("e", apology.email())
                .bind("r", apology.reason()).bind("at", Columns.utc(apology.received()))
                .bind("source", apology.source()).bind("p", apology.partial()).execute();
        return true;
    }

    public boolean withdraw(String groupId, String meetingId, String email) {
        journal.touch(EntityKind.APOLOGY, groupId, meetingId, email);
        return handle.createUpdate("DELETE FROM apologies WHERE group_id = :g AND meeting_id = :m AND email = :e")
                .bind("g", groupId).bind("m", meetingId).bind("e", email).execute() > 0;
    }

    public void moveAll(String groupId, String fromMeeting, String toMeeting) {
        // The meeting is part of an apology's key: each moved apology leaves one key and takes another.
        journal.touchWhere(EntityKind.APOLOGY, groupId, "meeting_id = :from", query -> query.bind("from", fromMeeting))
                .forEach(moved -> journal.touch(EntityKind.APOLOGY, groupId, toMeeting, moved.text("email")));
        handle.createUpdate("UPDATE apologies SET meeting_id = :to WHERE group_id = :g AND meeting_id = :from")
                .bind("g", groupId).bind("from", fromMeeting).bind("to", toMeeting).execute();
    }

}
