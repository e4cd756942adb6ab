package org.plenary.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Meetings by id and by time. */
public final class MeetingRepository {
    /** How much later than asked {@link #between} reads, so that the next email's "from now on" finds it kept. */
    private static final Duration READ_AHEAD = Duration.ofHours(1);

    private final Handle handle;
    private final UndoJournal journal;
    private final Kept kept;

    MeetingRepository(Handle handle, UndoJournal journal, Kept kept) {
        this.handle = handle;
        this.journal = journal;
        this.kept = kept;
    }

    /**
     * The meetings of a group that one transaction read by start, kept for {@link #between} until the transaction
     * writes a meeting (the {@link UndoJournal} is told of every write) or a savepoint is rolled back: an email's
     * reply asks for the meetings from now on, and a batch of emails asked once per email (issue 11). Not
     * thread-safe, like the transaction.
     */
    static final class Kept {
        private String groupId;
        private Instant from;
        private Instant until;
        private List<Meeting> meetings;

        private boolean covers(String groupId, Instant from, Instant until) {
            return meetings != null && groupId.equals(this.groupId) && !from.isBefore(this.from)
                    && !until.isAfter(this.until);
        }

        private List<Meeting> within(Instant from, Instant until) {
            List<Meeting> found = new ArrayList<>();
            for (Meeting meeting : meetings) {
                if (!meeting.start().isBefore(from) && meeting.start().isBefore(until)) {
                    found.add(meeting);
                }
            }
            return found;
        }

        private void keep(String groupId, Instant from, Instant until, List<Meeting> meetings) {
            this.groupId = groupId;
            this.from = from;
            this.until = until;
            this.meetings = meetings;
        }

        void forget() {
            meetings = null;
        }
    }

    public Optional<Meeting> find(String groupId, String id) {
        return handle.createQuery("SELECT * FROM meetings WHERE group_id = :g AND id = :id")
                .bind("g", groupId).bind("id", id).map((row, ctx) -> meeting(row)).findOne();
    }

    public boolean exists(String groupId, String id) {
        return find(groupId, id).isPresent();
    }

    /** Meetings starting in [from, until), every status, by start. */
    public List<Meeting> between(String groupId, Instant from, Instant until) {
        if (!kept.covers(groupId, from, until)) {
            // Replies ask for different spans (the next meeting, the timetable): read one that holds them all.
            boolean widen = kept.meetings != null && groupId.equals(kept.groupId);
            Instant readFrom = widen && kept.from.isBefore(from) ? kept.from : from;
            Instant ahead = until.plus(READ_AHEAD);
            Instant readUntil = widen && kept.until.isAfter(ahead) ? kept.until : ahead;
            kept.keep(groupId, readFrom, readUntil, handle.createQuery("""
                    SELECT * FROM meetings WHERE group_id = :g AND start_at >= :from AND start_at < :until
                    ORDER BY start_at, id""")
                    .bind("g", groupId).bind("from", Columns.utc(readFrom)).bind("until", Columns.utc(readUntil))
                    .map((row, ctx) -> meeting(row)).list());
        }
        return kept.within(from, until);
    }

    public List<Meeting> all(String groupId) {
        return handle.createQuery("SELECT * FROM meetings WHERE group_id = :g ORDER BY start_at, id")
                .bind("g", groupId).map((row, ctx) -> meeting(row)).list();
    }

    /** Meetings that ended in [from, until), for summaries. */
    public List<Meeting> endedBetween(String groupId, Instant from, Instant until) {
        return handle.createQuery("""
                SELECT * FROM meetings WHERE group_id = :g AND end_at >= :from AND end_at < :until
                ORDER BY start_at, id""")
                .bind("g", groupId).bind("from", Columns.utc(from)).bind("until", Columns.utc(until))
                .map((row, ctx) -> meeting(row)).list();
    }

    public void insert(Meeting m, Instant now) {
        journal.touch(EntityKind.MEETING, m.groupId(), m.id());
        handle.createUpdate("""
                INSERT INTO meetings (group_id, id, kind, title, start_at, end_at, timezone, status, cancel_reason,
                       moved_to, origin, attendees, sequence, notes, created_at, updated_at)
                VALUES (:g, :id, :kind, :title, :start, :end, :zone, :status, :reason, :movedTo, :origin,
                       :attendees, :sequence, :notes, :now, :now)""")
                .bind("g", m.groupId()).bind("id", m.id()).bind("kind", m.kind()).bind("title", m.title())
                .bind("start", Columns.utc(m.start())).bind("end", Columns.utc(m.end()))
                .bind("zone", m.zone().getId()).bind("status", m.status().id()).bind("reason", m.cancelReason())
                .bind("movedTo", m.movedTo()).bind("origin", m.origin()).bind("attendees", Columns.join(m.attendees()))
                .bind("sequence", m.sequence()).bind("notes", m.notes()).bind("now", Columns.utc(now)).execute();
    }

    public void update(Meeting m, Instant now) {
        journal.touch(EntityKind.MEETING, m.groupId(), m.id());
        handle.createUpdate("""
                UPDATE meetings SET kind = :kind, title = :title, start_at = :start, end_at = :end, timezone = :zone,
                       status = :status, cancel_reason = :reason, moved_to = :movedTo, attendees = :attendees,
                       sequence = :sequence, notes = :notes, updated_at = :now
                WHERE group_id = :g AND id = :id""")
                .bind("g", m.groupId()).bind("id", m.id()).bind("kind", m.kind()).bind("title", m.title())
                .bind("start", Columns.utc(m.start())).bind("end", Columns.utc(m.end()))
                .bind("zone", m.zone().getId()).bind("status", m.status().id()).bind("reason", m.cancelReason())
                .bind("movedTo", m.movedTo()).bind("attendees", Columns.join(m.attendees()))
                .bind("sequence", m.sequence()).bind("notes", m.notes()).bind("now", Columns.utc(now)).execute();
    }

    private static Meeting meeting(ResultSet row) throws SQLException {
        return new Meeting(row.getString("group_id"), row.getString("id"), row.getString("kind"),
                row.getString("title"), Columns.instant(row, "start_at"), Columns.instant(row, "end_at"),
                ZoneId.of(row.getString("timezone")), MeetingStatus.of(row.getString("status")),
                row.getString("cancel_reason"), row.getString("moved_to"), row.getString("origin"),
                Columns.list(row.getString("attendees")), row.getInt("sequence"), row.getString("notes"));
    }
}
