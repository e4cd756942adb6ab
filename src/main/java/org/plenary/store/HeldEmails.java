package org.plenary.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The emails held for their sender's confirmation or for an answer to a question, found by the hash of the token
 * their question carried.
 */
public final class HeldEmails {
    private static final RowMapper<HeldEmail> HELD = (row, ctx) -> new HeldEmail(row.getString("group_id"),
            row.getLong("email_no"), row.getString("sender"), Columns.instant(row, "created_at"),
            Columns.instant(row, "expires_at"), HeldAnswer.of(row.getString("answer")),
            row.getString("choices") == null ? List.of() : List.of(row.getString("choices").split("\n")));

    private final Handle handle;

    HeldEmails(Handle handle) {
        this.handle = handle;
    }

    public void hold(String tokenHash, HeldEmail held) {
        handle.createUpdate("""
                INSERT INTO held_emails (group_id, token_hash, email_no, sender, created_at, expires_at, choices)
                VALUES (:g, :t, :n, :s, :created, :expires, :choices)""")
                .bind("g", held.groupId()).bind("t", tokenHash).bind("n", held.emailNo()).bind("s", held.sender())
                .bind("created", Columns.utc(held.created())).bind("expires", Columns.utc(held.expires()))
                .bind("choices", held.isQuestion() ? String.join("\n", held.choices()) : null).execute();
    }

    public Optional<HeldEmail> find(String groupId, String tokenHash) {
        return handle.createQuery("""
                SELECT group_id, email_no, sender, created_at, expires_at, answer, choices FROM held_emails
                WHERE group_id = :g AND token_hash = :t""")
                .bind("g", groupId).bind("t", tokenHash).map(HELD).findOne();
    }

    /** Records the answer; false when the email was answered already (a concurrent reply), so it is applied once. */
    public boolean answer(String groupId, String tokenHash, HeldAnswer answer, Instant now) {
        return handle.createUpdate("""
                UPDATE held_emails SET answer = :a, answered_at = :now
                WHERE group_id = :g AND token_hash = :t AND answer IS NULL""")
                .bind("g", groupId).bind("t", tokenHash).bind("a", answer.id()).bind("now", Columns.utc(now))
                .execute() == 1;
    }
}
