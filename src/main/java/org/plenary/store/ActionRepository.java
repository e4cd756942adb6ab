package org.plenary.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.plenary.group.ActionStatus;

/** Action items numbered A1, A2, … per group, and their notes. */
public final class ActionRepository {
    /** The source of the action items the group file brought in. */
    public static final String GROUP_FILE = "group file";

    private final Handle handle;
    private final UndoJournal journal;

    ActionRepository(Handle handle, UndoJournal journal) {
        this.handle = handle;
        this.journal = journal;
    }

    public Optional<ActionItem> find(String groupId, String id) {
        return handle.createQuery("SELECT * FROM actions WHERE group_id = :g AND id = :id")
                .bind("g", groupId).bind("id", id).map((row, ctx) -> action(row, groupId)).findOne();
    }

    /** Every action of the group by number, with its notes: two queries, however many actions there are. */
    public List<ActionItem> all(String groupId) {
        Map<String, List<ActionNote>> notes = new HashMap<>();
        handle.createQuery("""
                SELECT action_id, text, by_email, at FROM action_notes WHERE group_id = :g ORDER BY note_no""")
                .bind("g", groupId)
                .map((n, ctx) -> Map.entry(n.getString("action_id"), note(n)))
                .forEach(e -> notes.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return handle.createQuery("SELECT * FROM actions WHERE group_id = :g ORDER BY number")
                .bind("g", groupId)
                .map((row, ctx) -> action(row, notes.getOrDefault(row.getString("id"), List.of()))).list();
    }

    public List<ActionItem> open(String groupId) {
        return all(groupId).stream().filter(ActionItem::isOpen).toList();
    }

    public int count(String groupId) {
        return handle.createQuery("SELECT COUNT(*) FROM actions WHERE group_id = :g").bind("g", groupId)
                .mapTo(Integer.class).one();
    }

    /** A new action item numbered after the group's highest; returns its id ("A5"). */
    public String create(String groupId, String title, String owner, LocalDate due, String meetingId, Instant now,
                         String source) {
        int number = handle.createQuery("SELECT COALESCE(MAX(number), 0) + 1 FROM actions WHERE group_id = :g")
                .bind("g", groupId).mapTo(Integer.class).one();
        String id = "A" + number;
        journal.touch(EntityKind.ACTION, groupId, id);
        handle.createUpdate("""
                INSERT INTO actions (group_id, id, number, title, owner, status, due, meeting_id, created_at,
                       updated_at, source)
                VALUES (:g, :id, :number, :title, :owner, :status, :due, :meeting, :now, :now, :source)""")
                .bind("g", groupId).bind("status", ActionStatus.OPEN.id()).bind("id", id).bind("number", number).bind("title", title).bind("owner", owner)
                .bind("due", due).bind("meeting", meetingId).bind("now", Columns.utc(now)).bind("source", source)
                .execute();
        return id;
    }

    public void update(String groupId, ActionItem item, Instant now) {
        boolean closing = !item.isOpen();
        journal.touch(EntityKind.ACTION, groupId, item.id());
        handle.createUpdate("""
                UPDATE actions SET status = :status, due = :due, owner = :owner, updated_at = :now,
                       closed_at = CASE WHEN :closing THEN COALESCE(closed_at, :now) ELSE NULL END
                WHERE group_id = :g AND id = :id""")
                .bind("g", groupId).bind("id", item.id()).bind("status", item.status().id()).bind("due", item.due())
                .bind("owner", item.owner()).bind("now", Columns.utc(now)).bind("closing", closing).execute();
    }

    public void addNote(String groupId, String actionId, String text, String by, Instant now) {
        var insert = handle.createUpdate("""
                INSERT INTO action_notes (group_id, action_id, text, by_email, at) VALUES (:g, :a, :text, :by, :at)""")
                .bind("g", groupId).bind("a", actionId).bind("text", text).bind("by", by).bind("at", Columns.utc(now));
        journal.insert(EntityKind.ACTION_NOTE, groupId, insert);
        journal.touch(EntityKind.ACTION, groupId, actionId);
        handle.createUpdate("UPDATE actions SET updated_at = :at WHERE group_id = :g AND id = :a")
                .bind("g", groupId).bind("a", actionId).bind("at", Columns.utc(now)).execute();
    }

    /** The ids of the action items the group file brought in, which no meeting or email opened. */
    public java.util.Set<String> fromGroupFile(String groupId) {
        return java.util.Set.copyOf(handle.createQuery("SELECT id FROM actions WHERE group_id = :g AND source = :s")
                .bind("g", groupId).bind("s", GROUP_FILE).mapTo(String.class).list());
    }

    private ActionItem action(ResultSet row, String groupId) throws SQLException {
        List<ActionNote> notes = handle.createQuery("""
                SELECT text, by_email, at FROM action_notes WHERE group_id = :g AND action_id = :a ORDER BY note_no""")
                .bind("g", groupId).bind("a", row.getString("id"))
                .map((n, ctx) -> note(n)).list();
        return action(row, notes);
    }

    private static ActionNote note(ResultSet n) throws SQLException {
        return new ActionNote(n.getString("text"), n.getString("by_email"), Columns.instant(n, "at"));
    }

    private static ActionItem action(ResultSet row, List<ActionNote> notes) throws SQLException {
        String id = row.getString("id");
        return new ActionItem(id, row.getInt("number"), row.getString("title"), row.getString("owner"),
                ActionStatus.of(row.getString("status")), Columns.date(row, "due"), row.getString("meeting_id"),
                Columns.instant(row, "created_at"), Columns.instant(row, "updated_at"),
                Columns.instant(row, "closed_at"), notes);
    }
}
