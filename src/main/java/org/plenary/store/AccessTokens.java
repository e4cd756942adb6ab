package org.plenary.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The hashes of the tokens that open the HTTP API (PRODUCT.md 3.6); the tokens themselves are never stored. */
public final class AccessTokens {
    private final Handle handle;

    AccessTokens(Handle handle) {
        this.handle = handle;
    }

    public void add(String hash, String groupId, String email, AccessKind kind, Instant now, Instant expires) {
        handle.createUpdate("""
                INSERT INTO access_tokens (token_hash, group_id, email, kind, created_at, expires_at)
                VALUES (:h, :g, :e, :k, :now, :exp)""")
                .bind("h", hash).bind("g", groupId).bind("e", email).bind("k", kind.id()).bind("now", Columns.utc(now))
                .bindByType("exp", Columns.utc(expires), OffsetDateTime.class).execute();
    }

    public Optional<AccessToken> find(String hash) {
        return handle.createQuery("SELECT * FROM access_tokens WHERE token_hash = :h").bind("h", hash)
                .map((row, ctx) -> token(row)).findOne();
    }

    /** Marks a sign-in link used; false when it already was (another request used it first). */
    public boolean use(String hash, Instant now) {
        return handle.createUpdate("UPDATE access_tokens SET used_at = :now WHERE token_hash = :h AND used_at IS NULL")
                .bind("h", hash).bind("now", Columns.utc(now)).execute() == 1;
    }

    /** How many tokens of a kind were made for a person since an instant: the sign-in form's limit. */
    public int countSince(String groupId, String email, AccessKind kind, Instant since) {
        return handle.createQuery("""
                SELECT COUNT(*) FROM access_tokens
                WHERE group_id = :g AND email = :e AND kind = :k AND created_at >= :since""")
                .bind("g", groupId).bind("e", email).bind("k", kind.id()).bind("since", Columns.utc(since))
                .mapTo(Integer.class).one();
    }

    /** Removes every token, link and session of a person; returns how many there were. */
    public int revoke(String groupId, String email) {
        return handle.createUpdate("DELETE FROM access_tokens WHERE group_id = :g AND email = :e")
                .bind("g", groupId).bind("e", email).execute();
    }

    private static AccessToken token(ResultSet row) throws SQLException {
        return new AccessToken(row.getString("token_hash"), row.getString("group_id"), row.getString("email"),
                AccessKind.fromId(row.getString("kind")), Columns.instant(row, "created_at"),
                Columns.instant(row, "expires_at"), Columns.instant(row, "used_at"));
    }
}
