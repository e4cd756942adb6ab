package org.plenary.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The inbound ledger. An email is "the same" as an earlier one when their dedupe keys match; only the
 * first is recorded with an applied key, so the unique index refuses a second application even if two
 * deliveries race.
 */
public final class Ledger {
    private static final RowMapper<LedgerEntry> ENTRY = (row, ctx) -> new LedgerEntry(row.getLong("email_no"),
            row.getString("dedupe_key"), row.getString("message_id"), row.getString("from_addr"),
            row.getString("subject"), Columns.instant(row, "received_at"), row.getString("outcome"),
            row.getString("reason"), row.getString("commands"), row.getString("errors"));

    private final Handle handle;

    Ledger(Handle handle) {
        this.handle = handle;
    }

    public Optional<LedgerEntry> first(String groupId, String dedupeKey) {
        return handle.createQuery("""
                SELECT email_no, dedupe_key, message_id, from_addr, subject, received_at, outcome, reason, commands, errors
                FROM inbound_emails WHERE group_id = :g AND applied_key = :k""")
                .bind("g", groupId).bind("k", dedupeKey).map(ENTRY).findOne();
    }

    /** Records an email; {@code first} marks it as the one delivery whose effects count. */
    public long record(String groupId, LedgerEntry entry, boolean first, byte[] raw) {
        return handle.createUpdate("""
                INSERT INTO inbound_emails (group_id, dedupe_key, applied_key, message_id, from_addr, subject,
                       received_at, outcome, reason, commands, errors, raw)
                VALUES (:g, :key, :applied, :mid, :from, :subject, :at, :outcome, :reason, :commands, :errors, :raw)""")
                .bind("g", groupId).bind("key", entry.dedupeKey()).bind("applied", first ? entry.dedupeKey() : null)
                .bind("mid", entry.messageId()).bind("from", entry.from()).bind("subject", entry.subject())
                .bind("at", Columns.utc(entry.received())).bind("outcome", entry.outcome())
                .bind("reason", entry.reason()).bind("commands", entry.commandsJson())
                .bind("errors", entry.errorsJson()).bind("raw", raw)
                .executeAndReturnGeneratedKeys("email_no").mapTo(Long.class).one();
    }

    public Optional<LedgerEntry> find(String groupId, long emailNo) {
        return handle.createQuery("""
                SELECT email_no, dedupe_key, message_id, from_addr, subject, received_at, outcome, reason, commands, errors
                FROM inbound_emails WHERE group_id = :g AND email_no = :n""")
                .bind("g", groupId).bind("n", emailNo).map(ENTRY).findOne();
    }

    /** Frees an email's dedupe key so that a replay of it can be applied; the old row stays as history. */
    public void supersede(String groupId, long emailNo, String reason) {
        handle.createUpdate("UPDATE inbound_emails SET applied_key = NULL, reason = :r WHERE group_id = :g AND email_no = :n")
                .bind("g", groupId).bind("n", emailNo).bind("r", reason).execute();
    }

    public List<LedgerEntry> recent(String groupId, int limit) {
        return handle.createQuery("""
                SELECT email_no, dedupe_key, message_id, from_addr, subject, received_at, outcome, reason, commands, errors
                FROM inbound_emails WHERE group_id = :g ORDER BY email_no DESC LIMIT :limit""")
                .bind("g", groupId).bind("limit", limit).map(ENTRY).list();
    }

    public Optional<byte[]> raw(String groupId, long emailNo) {
        return handle.createQuery("SELECT raw FROM inbound_emails WHERE group_id = :g AND email_no = :n")
                .bind("g", groupId).bind("n", emailNo).mapTo(byte[].class).findOne();
    }

    /** Counts one more failed attempt at an email, outside the transaction that failed; returns the count. */
    public int countFailure(String groupId, String dedupeKey, String error, Instant now) {
        int updated = handle.createUpdate("""
                UPDATE inbound_failures SET attempts = attempts + 1, last_error = :e, updated_at = :now
                WHERE group_id = :g AND dedupe_key = :k""")
                .bind("g", groupId).bind("k", dedupeKey).bind("e", error).bind("now", Columns.utc(now)).execute();
        if (updated == 0) {
            handle.createUpdate("""
                    INSERT INTO inbound_failures (group_id, dedupe_key, attempts, last_error, updated_at)
                    VALUES (:g, :k, 1, :e, :now)""")
                    .bind("g", groupId).bind("k", dedupeKey).bind("e", error).bind("now", Columns.utc(now)).execute();
        }
        return handle.createQuery("SELECT attempts FROM inbound_failures WHERE group_id = :g AND dedupe_key = :k")
                .bind("g", groupId).bind("k", dedupeKey).mapTo(Integer.class).one();
    }
}
