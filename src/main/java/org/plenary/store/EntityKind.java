package org.plenary.store;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of row an email's commands change, each with its table and the columns that tell its rows apart within a
 * group: what the {@link UndoLog} keeps before and after each email, and writes back on UNDO.
 */
public enum EntityKind {
    MEETING("meeting", "meetings", "id"),
    AGENDA_ITEM("agenda-item", "agenda_items", "item_no"),
    APOLOGY("apology", "apologies", "meeting_id", "email"),
    ACTION("action", "actions", "id"),
    ACTION_NOTE("action-note", "action_notes", "note_no"),
    DECISION("decision", "decisions", "decision_no"),
    ATTENDANCE("attendance", "attendance", "attendance_no");

    private final String id;
    private final String table;
    private final List<String> keyColumns;

    EntityKind(String id, String table, String... keyColumns) {
        this.id = id;
        this.table = table;
        this.keyColumns = List.of(keyColumns);
    }

    /** As the undo log spells it: "apology", "agenda-item", … */
    public String id() {
        return id;
    }

    String table() {
        return table;
    }

    List<String> keyColumns() {
        return keyColumns;
    }

    static Optional<EntityKind> of(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }
}
