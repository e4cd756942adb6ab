package org.plenary.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/**
 * The rows of a group one transaction's writes touched since an {@link UndoLog.Snapshot} was taken, each with its
 * state before the first write: what lets the {@link UndoLog} tell what an email changed by reading only the rows it
 * wrote, however many rows the group has (issue 11). Every repository method that writes a table of an
 * {@link EntityKind} tells it first the key(s) it is about to write ({@link #touch}, {@link #touchWhere}); an insert
 * whose key the store generates it runs itself, to learn that key ({@link #insert}). Not thread-safe; lives for one
 * transaction.
 */
final class UndoJournal {
    private final Handle handle;
    /** Told the kind of every row about to be written, whether or not its writes are kept. */
    private final Consumer<EntityKind> writing;
    private Session current;
    private long rowsRead;

    UndoJournal(Handle handle, Consumer<EntityKind> writing) {
        this.handle = handle;
        this.writing = writing;
    }

    /** One row of a group, by kind and key (as text, as {@link RowState#key} gives it). */
    private record Row(EntityKind kind, List<String> key) {
    }

    /** A touched row: its key values as they are bound, and its state before the first write (null: absent). */
    private record Touched(List<Object> key, RowState before) {
    }

    /** What one snapshot has seen touched, in the order first touched. */
    final class Session {
        private final String groupId;
        private final Map<Row, Touched> touched = new LinkedHashMap<>();

        private Session(String groupId) {
            this.groupId = groupId;
        }

        /**
         * Each touched row whose state differs now from before its first write: those that existed first (changed or
         * deleted), then those created, each part by kind in {@link EntityKind} order, rows in the order touched —
         * the order a diff of the whole group gave, so a revert (which goes newest first) deletes created rows and
         * restores the others as it did.
         */
        List<UndoLog.Change> changes() {
            List<UndoLog.Change> existed = new ArrayList<>();
            List<UndoLog.Change> created = new ArrayList<>();
            touched.forEach((row, was) -> {
                RowState is = read(row.kind(), groupId, was.key());
                if (!Objects.equals(was.before(), is)) {
                    (was.before() == null ? created : existed).add(new UndoLog.Change(row.kind(), was.before(), is));
                }
            });
            Comparator<UndoLog.Change> byKind = Comparator.comparing(UndoLog.Change::kind); // stable: keeps touch order
            existed.sort(byKind);
            created.sort(byKind);
            existed.addAll(created);
            return existed;
        }
    }

    /** Starts keeping the rows of {@code groupId} touched from now on; a session started before stops seeing them. */
    Session start(String groupId) {
        current = new Session(groupId);
        return current;
    }

    /** Before writing the row of {@code kind} with these key values (in {@link EntityKind#keyColumns} order). */
    void touch(EntityKind kind, String groupId, Object... key) {
        writing.accept(kind);
        Session session = recording(groupId);
        if (session == null) {
            return;
        }
        Row row = new Row(kind, texts(key));
        if (!session.touched.containsKey(row)) {
            session.touched.put(row, new Touched(List.of(key), read(kind, groupId, List.of(key))));
        }
    }

    /**
     * Before writing the rows of {@code kind} that {@code condition} (SQL over the table's columns, with its own
     * named parameters, which {@code binder} binds) selects among the group's: each is read now, once. Returns their
     * states, empty when writes to the group are not kept, so a write that changes their key can touch the new one.
     */
    List<RowState> touchWhere(EntityKind kind, String groupId, String condition, UnaryOperator<Query> binder) {
        writing.accept(kind);
        Session session = recording(groupId);
        if (session == null) {
            return List.of();
        }
        Query query = handle.createQuery("SELECT * FROM " + kind.table() + " WHERE group_id = :journal_g AND ("
                + condition + ") ORDER BY " + String.join(", ", kind.keyColumns())).bind("journal_g", groupId);
        List<RowState> states = binder.apply(query).map((row, ctx) -> RowState.of(row)).list();
        states.forEach(state -> {
            rowsRead++;
            Row row = new Row(kind, state.key(kind));
            if (!session.touched.containsKey(row)) {
                List<Object> key = kind.keyColumns().stream().map(column -> state.columns().get(column).bound())
                        .toList();
                session.touched.put(row, new Touched(key, state));
            }
        });
        return states;
    }

    /**
     * Runs {@code insert} of a row of {@code kind} whose key the store generates; when writes to {@code groupId} are
     * kept, asks for that key and keeps the row as one that did not exist before.
     */
    void insert(EntityKind kind, String groupId, Update insert) {
        writing.accept(kind);
        Session session = recording(groupId);
        if (session == null) {
            insert.execute();
            return;
        }
        long key = insert.executeAndReturnGeneratedKeys(kind.keyColumns().get(0)).mapTo(Long.class).one();
        session.touched.putIfAbsent(new Row(kind, texts(key)), new Touched(List.of(key), null));
    }

    /** How many rows the journal has read in this transaction: what an email's undo costs. */
    long rowsRead() {
        return rowsRead;
    }

    private Session recording(String groupId) {
        return current != null && current.groupId.equals(groupId) ? current : null;
    }

    private RowState read(EntityKind kind, String groupId, List<Object> key) {
        StringBuilder sql = new StringBuilder("SELECT * FROM ").append(kind.table()).append(" WHERE group_id = :g");
        for (int i = 0; i < kind.keyColumns().size(); i++) {
            sql.append(" AND ").append(kind.keyColumns().get(i)).append(" = :k").append(i);
        }
        Query query = handle.createQuery(sql.toString()).bind("g", groupId);
        for (int i = 0; i < key.size(); i++) {
            query.bind("k" + i, key.get(i));
        }
        RowState state = query.map((row, ctx) -> RowState.of(row)).findOne().orElse(null);
        if (state != null) {
            rowsRead++;
        }
        return state;
    }

    private static List<String> texts(Object... key) {
        return Arrays.stream(key).map(String::valueOf).toList();
    }
}
