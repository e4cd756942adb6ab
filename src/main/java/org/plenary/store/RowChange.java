package org.plenary.store;

import java.time.Instant;
import java.util.List;

/**
 * What one email did to one row: its state {@code before} (null: the email created it) and {@code after} (null: the
 * email deleted it). {@code undoneBy} is the dedupe key of the UNDO email that took it back, or null.
 */
public record RowChange(long entryNo, String source, Instant appliedAt, EntityKind kind, List<String> key,
                        RowState before, RowState after, String undoneBy) {

    public RowChange {
        key = List.copyOf(key);
    }

    /** The row's state as the email left it, or before it when it deleted the row: where its key is read from. */
    public RowState either() {
        return after != null ? after : before;
    }
}
