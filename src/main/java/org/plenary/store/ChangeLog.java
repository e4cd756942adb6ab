package org.plenary.store;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** What changed, in words a digest can print, each traceable to the email that caused it. */
public final class ChangeLog {
    private final Handle handle;

    ChangeLog(Handle handle) {
        this.handle = handle;
    }

    public record Change(Instant at, String ref, String text, String source) {
    }

    public void record(String groupId, Instant at, String ref, String text, String source) {
        handle.createUpdate("INSERT INTO changes (group_id, at, ref, text, source) VALUES (:g, :at, :ref, :text, :source)")
                .bind("g", groupId).bind("at", Columns.utc(at)).bind("ref", ref).bind("text", text)
                .bind("source", source).execute();
    }

    /** What the email {@code source} changed, in the order it was logged. */
    public List<Change> ofSource(String groupId, String source) {
        return handle.createQuery("SELECT * FROM changes WHERE group_id = :g AND source = :s ORDER BY change_no")
                .bind("g", groupId).bind("s", source)
                .map((row, ctx) -> new Change(Columns.instant(row, "at"), row.getString("ref"), row.getString("text"),
                        row.getString("source")))
                .list();
    }

    public List<Change> between(String groupId, Instant from, Instant until) {
        return handle.createQuery("""
                SELECT * FROM changes WHERE group_id = :g AND at >= :from AND at < :until ORDER BY change_no""")
                .bind("g", groupId).bind("from", Columns.utc(from)).bind("until", Columns.utc(until))
                .map((row, ctx) -> new Change(Columns.instant(row, "at"), row.getString("ref"), row.getString("text"),
                        row.getString("source")))
                .list();
    }
}
