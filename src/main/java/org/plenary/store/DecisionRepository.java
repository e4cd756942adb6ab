package org.plenary.store;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** The decisions of each meeting, in the order the notes recorded them. */
public final class DecisionRepository {
    private static final RowMapper<Decision> DECISION = (row, ctx) -> new Decision(row.getString("meeting_id"),
            row.getString("text"), Columns.instant(row, "recorded_at"), row.getString("source"));

    private final Handle handle;
    private final UndoJournal journal;

    DecisionRepository(Handle handle, UndoJournal journal) {
        this.handle = handle;
        this.journal = journal;
    }

    public List<Decision> ofMeeting(String groupId, String meetingId) {
        return handle.createQuery("""
                SELECT * FROM decisions WHERE group_id = :g AND meeting_id = :m ORDER BY decision_no""")
                .bind("g", groupId).bind("m", meetingId).map(DECISION).list();
    }

    /**
     * Adds the decision after those already recorded; returns false when the meeting has this decision already, so
     * notes sent a second time (a correction that repeats them) do not list it twice.
     */
    public boolean record(String groupId, Decision decision) {
        boolean known = handle.createQuery("""
                SELECT COUNT(*) FROM decisions WHERE group_id = :g AND meeting_id = :m AND text = :t""")
                .bind("g", groupId).bind("m", decision.meetingId()).bind("t", decision.text())
                .mapTo(Integer.class).one() > 0;
        if (known) {
            return false;
        }
        var insert = handle.createUpdate("""
                INSERT INTO decisions (group_id, meeting_id, text, recorded_at, source)
                VALUES (:g, :m, :t, :at, :source)""")
                .bind("g", groupId).bind("m", decision.meetingId()).bind("t", decision.text())
                .bind("at", Columns.utc(decision.recorded())).bind("source", decision.source());
        journal.insert(EntityKind.DECISION, groupId, insert);
        return true;
    }
}
