package org.plenary.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/** Agenda items of meetings, and agenda requests numbered R1, R2, … per group. */
public final class AgendaRepository {
    private static final RowMapper<AgendaItem> ITEM = (row, ctx) -> new AgendaItem(row.getLong("item_no"),
            row.getString("meeting_id"), row.getString("request_id"), row.getInt("position"), row.getString("title"),
            AgendaStatus.of(row.getString("status")), row.getString("requested_by"), Columns.integer(row, "minutes"),
            row.getString("slot"), row.getString("reason"));

    private final Handle handle;
    private final UndoJournal journal;

    AgendaRepository(Handle handle, UndoJournal journal) {
        this.handle = handle;
        this.journal = journal;
    }

    public List<AgendaItem> ofMeeting(String groupId, String meetingId) {
        return handle.createQuery("""
                SELECT * FROM agenda_items WHERE group_id = :g AND meeting_id = :m ORDER BY position, item_no""")
                .bind("g", groupId).bind("m", meetingId).map(ITEM).list();
    }

    public List<AgendaItem> pending(String groupId) {
        return handle.createQuery("""
                SELECT * FROM agenda_items WHERE group_id = :g AND status = :requested ORDER BY request_no""")
                .bind("g", groupId).bind("requested", AgendaStatus.REQUESTED.id()).map(ITEM).list();
    }

    public Optional<AgendaItem> request(String groupId, String requestId) {
        return handle.createQuery("SELECT * FROM agenda_items WHERE group_id = :g AND request_id = :r")
                .bind("g", groupId).bind("r", requestId).map(ITEM).findOne();
    }

    public void addStanding(String groupId, String meetingId, List<String> titles, Instant now) {
        int position = 0;
        for (String title : titles) {
            insert(groupId, meetingId, null, null, ++position * 10, title, AgendaStatus.STANDING, null, null, now);
        }
    }

    /** A new request, numbered after the group's highest; returns its id ("R4"). */
    public String addRequest(String groupId, String meetingId, String title, String requestedBy, Integer minutes,
                             Instant now) {
        int number = highest(handle.createQuery("""
                SELECT request_no FROM agenda_items WHERE group_id = :g AND request_no IS NOT NULL
                ORDER BY group_id, request_no DESC FETCH FIRST ROW ONLY""").bind("g", groupId)) + 1;
        String id = "R" + number;
        insert(groupId, meetingId, id, number, nextPosition(groupId, meetingId), title, AgendaStatus.REQUESTED, requestedBy,
                minutes, now);
        return id;
    }

    public void update(String groupId, AgendaItem item) {
        journal.touch(EntityKind.AGENDA_ITEM, groupId, item.itemNo());
        handle.createUpdate("""
                UPDATE agenda_items SET meeting_id = :m, position = :position, status = :status, reason = :reason,
                       slot = :slot WHERE group_id = :g AND item_no = :no""")
                .bind("g", groupId).bind("no", item.itemNo()).bind("m", item.meetingId())
                .bind("position", item.position()).bind("status", item.status().id()).bind("reason", item.reason())
                .bind("slot", item.slot()).execute();
    }

    /** Accepted items go after the standing ones but before a trailing "AOB", in the order they were accepted. */
    public int nextPosition(String groupId, String meetingId) {
        return highest(handle.createQuery("""
                SELECT position FROM agenda_items WHERE group_id = :g AND meeting_id = :m
                ORDER BY group_id, meeting_id, position DESC FETCH FIRST ROW ONLY""")
                .bind("g", groupId).bind("m", meetingId)) + 10;
    }

    /**
     * The first value of a query ordered the way its descending index is (V12), or 0: the highest, read from the
     * index's first entry instead of every entry under the condition, which is what H2 does for a MAX.
     */
    private static int highest(Query query) {
        List<Integer> first = query.map((row, ctx) -> row.getObject(1, Integer.class)).list();
        return first.isEmpty() || first.get(0) == null ? 0 : first.get(0);
    }

    public void moveAll(String groupId, String fromMeeting, String toMeeting) {
        journal.touchWhere(EntityKind.AGENDA_ITEM, groupId, "meeting_id = :from AND status <> :standing",
                query -> query.bind("from", fromMeeting).bind("standing", AgendaStatus.STANDING.id()));
        handle.createUpdate("UPDATE agenda_items SET meeting_id = :to WHERE group_id = :g AND meeting_id = :from AND status <> :standing")
                .bind("g", groupId).bind("standing", AgendaStatus.STANDING.id()).bind("from", fromMeeting).bind("to", toMeeting).execute();
    }

    private void insert(String groupId, String meetingId, String requestId, Integer requestNo, int position,
                        String title, AgendaStatus status, String requestedBy, Integer minutes, Instant now) {
        var insert = handle.createUpdate("""
                INSERT INTO agenda_items (group_id, meeting_id, request_id, request_no, position, title, status,
                       requested_by, minutes, created_at)
                VALUES (:g, :m, :r, :rn, :position, :title, :status, :by, :minutes, :now)""")
                .bind("g", groupId).bind("m", meetingId).bind("r", requestId).bind("rn", requestNo)
                .bind("position", position).bind("title", title).bind("status", status.id()).bind("by", requestedBy)
                .bind("minutes", minutes).bind("now", Columns.utc(now));
        journal.insert(EntityKind.AGENDA_ITEM, groupId, insert);
    }
}
