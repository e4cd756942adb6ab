package org.plenary.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * What each email changed, row by row, and the way back (PRODUCT.md 3.6, UNDO). It is generic over the
 * {@link EntityKind}s: a {@link Snapshot} taken before an email's commands run gives after them every row they
 * created, changed or deleted, of every kind, and taking an email back writes the rows as they were, whatever kind
 * they are. The snapshot reads only the rows the email wrote, which each repository names to the transaction's
 * {@link UndoJournal} before writing, so its cost does not grow with the group (issue 11).
 */
public final class UndoLog {
    private final Handle handle;
    private final UndoJournal journal;

    UndoLog(Handle handle, UndoJournal journal) {
        this.handle = handle;
        this.journal = journal;
    }

    /** The group's rows as they were when it was taken, as far as the transaction has written them since. */
    public static final class Snapshot {
        private final UndoJournal.Session session;

        private Snapshot(UndoJournal.Session session) {
            this.session = session;
        }

        /**
         * Each row created, changed or deleted since the snapshot, with its two states: those that existed first,
         * then those created, each part in {@link EntityKind} order.
         */
        public List<Change> changesSince() {
            return session.changes();
        }
    }

    /** A row's state before and after, not yet in the log. */
    public record Change(EntityKind kind, RowState before, RowState after) {
    }

    public Snapshot snapshot(String groupId) {
        return new Snapshot(journal.start(groupId));
    }

    /** How many rows the snapshots of this transaction have read: what keeping emails' changes cost. */
    long rowsRead() {
        return journal.rowsRead();
    }

    /** Keeps what the email {@code source} changed. */
    public void record(String groupId, String source, Instant at, List<Change> changes) {
        for (Change change : changes) {
            RowState either = change.after() != null ? change.after() : change.before();
            handle.createUpdate("""
                    INSERT INTO undo_log (group_id, source, applied_at, entity, entity_key, before_state, after_state)
                    VALUES (:g, :source, :at, :entity, :key, :before, :after)""")
                    .bind("g", groupId).bind("source", source).bind("at", Columns.utc(at))
                    .bind("entity", change.kind().id()).bind("key", RowState.write(either.key(change.kind())))
                    .bind("before", change.before() == null ? null : change.before().json())
                    .bind("after", change.after() == null ? null : change.after().json()).execute();
        }
    }

    /** What the email {@code source} changed, in the order it was logged. */
    public List<RowChange> ofSource(String groupId, String source) {
        return handle.createQuery("SELECT * FROM undo_log WHERE group_id = :g AND source = :s ORDER BY entry_no")
                .bind("g", groupId).bind("s", source).map((row, ctx) -> change(row)).list();
    }

    /** The changes other emails made to the same row after {@code change}, newest first, those undone left out. */
    public List<RowChange> laterChanges(String groupId, RowChange change) {
        return handle.createQuery("""
                SELECT * FROM undo_log WHERE group_id = :g AND entity = :entity AND entity_key = :key
                AND entry_no > :no AND undone_by IS NULL ORDER BY entry_no DESC""")
                .bind("g", groupId).bind("entity", change.kind().id()).bind("key", RowState.write(change.key()))
                .bind("no", change.entryNo()).map((row, ctx) -> change(row)).list();
    }

    /** The row as it is now, empty when it does not exist. */
    public Optional<RowState> current(String groupId, RowChange change) {
        StringBuilder sql = new StringBuilder("SELECT * FROM ").append(change.kind().table())
                .append(" WHERE group_id = :g");
        keyCondition(sql, change.kind());
        var query = handle.createQuery(sql.toString()).bind("g", groupId);
        bindKey(query, change.kind(), change.either());
        return query.map((row, ctx) -> RowState.of(row)).findOne();
    }

    /** Whether the row is as {@code change} left it. */
    public boolean unchangedSince(String groupId, RowChange change) {
        return Objects.equals(current(groupId, change).orElse(null), change.after());
    }

    /**
     * Writes back each row as it was before its change: deletes the rows the email created, puts back those it
     * deleted, and restores the others; then marks the changes undone by {@code undoneBy}.
     */
    public void revert(String groupId, List<RowChange> changes, String undoneBy, Instant at) {
        List<RowChange> newestFirst = new ArrayList<>(changes);
        java.util.Collections.reverse(newestFirst);
        for (RowChange change : newestFirst) {
            journal.touch(change.kind(), groupId, keyValues(change.kind(), change.either()));
            if (change.before() == null) {
                delete(groupId, change);
            } else if (change.after() == null) {
                insert(change.kind(), change.before());
            } else {
                update(groupId, change.kind(), change.before());
            }
            handle.createUpdate("UPDATE undo_log SET undone_by = :by, undone_at = :at WHERE entry_no = :no")
                    .bind("by", undoneBy).bind("at", Columns.utc(at)).bind("no", change.entryNo()).execute();
        }
    }

    private void delete(String groupId, RowChange change) {
        StringBuilder sql = new StringBuilder("DELETE FROM ").append(change.kind().table())
                .append(" WHERE group_id = :g");
        keyCondition(sql, change.kind());
        var delete = handle.createUpdate(sql.toString()).bind("g", groupId);
        bindKey(delete, change.kind(), change.either());
        delete.execute();
    }

    private void insert(EntityKind kind, RowState state) {
        List<String> names = new ArrayList<>(state.columns().keySet());
        List<String> parameters = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            parameters.add(":c" + i);
        }
        var insert = handle.createUpdate("INSERT INTO " + kind.table() + " (" + String.join(", ", names)
                + ") VALUES (" + String.join(", ", parameters) + ")");
        for (int i = 0; i < names.size(); i++) {
            RowState.Cell cell = state.columns().get(names.get(i));
            insert.bindByType("c" + i, cell.bound(), cell.javaType());
        }
        insert.execute();
    }

    private void update(String groupId, EntityKind kind, RowState state) {
        List<String> names = state.columns().keySet().stream()
                .filter(name -> !name.equals("group_id") && !kind.keyColumns().contains(name)).toList();
        List<String> assignments = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            assignments.add(names.get(i) + " = :c" + i);
        }
        StringBuilder sql = new StringBuilder("UPDATE ").append(kind.table()).append(" SET ")
                .append(String.join(", ", assignments)).append(" WHERE group_id = :g");
        keyCondition(sql, kind);
        var update = handle.createUpdate(sql.toString()).bind("g", groupId);
        for (int i = 0; i < names.size(); i++) {
            RowState.Cell cell = state.columns().get(names.get(i));
            update.bindByType("c" + i, cell.bound(), cell.javaType());
        }
        bindKey(update, kind, state);
        update.execute();
    }

    private static void keyCondition(StringBuilder sql, EntityKind kind) {
        for (int i = 0; i < kind.keyColumns().size(); i++) {
            sql.append(" AND ").append(kind.keyColumns().get(i)).append(" = :k").append(i);
        }
    }

    private static void bindKey(SqlStatement<?> statement, EntityKind kind, RowState state) {
        for (int i = 0; i < kind.keyColumns().size(); i++) {
            RowState.Cell cell = state.columns().get(kind.keyColumns().get(i));
            statement.bindByType("k" + i, cell.bound(), cell.javaType());
        }
    }

    private static Object[] keyValues(EntityKind kind, RowState state) {
        return kind.keyColumns().stream().map(column -> state.columns().get(column).bound()).toArray();
    }

    private static RowChange change(java.sql.ResultSet row) throws java.sql.SQLException {
        String entity = row.getString("entity");
        EntityKind kind = EntityKind.of(entity)
                .orElseThrow(() -> new IllegalStateException("no entity kind " + entity));
        return new RowChange(row.getLong("entry_no"), row.getString("source"), Columns.instant(row, "applied_at"), kind,
                RowState.keyFromJson(row.getString("entity_key")), RowState.fromJson(row.getString("before_state")),
                RowState.fromJson(row.getString("after_state")), row.getString("undone_by"));
    }
}
