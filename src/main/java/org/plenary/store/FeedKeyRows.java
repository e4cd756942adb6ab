package org.plenary.store;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The rows of the personal calendar feed keys (V7): who a key's hash belongs to, and the store's feed secret. */
public final class FeedKeyRows {
    private final Handle handle;

    FeedKeyRows(Handle handle) {
        this.handle = handle;
    }

    /** When the person's current key was made, if they have one. */
    public Optional<Instant> current(String groupId, String email) {
        return handle.createQuery("""
                SELECT created_at FROM feed_keys WHERE group_id = :g AND email = :e AND revoked_at IS NULL
                ORDER BY created_at DESC""")
                .bind("g", groupId).bind("e", email).map((row, ctx) -> Columns.instant(row, "created_at")).findFirst();
    }

    public void add(String hash, String groupId, String email, Instant now) {
        handle.createUpdate("INSERT INTO feed_keys (key_hash, group_id, email, created_at) VALUES (:h, :g, :e, :now)")
                .bind("h", hash).bind("g", groupId).bind("e", email).bind("now", Columns.utc(now)).execute();
    }

    /** The person a live key's hash belongs to, in the group. */
    public Optional<String> holder(String groupId, String hash) {
        return handle.createQuery("""
                SELECT email FROM feed_keys WHERE key_hash = :h AND group_id = :g AND revoked_at IS NULL""")
                .bind("h", hash).bind("g", groupId).mapTo(String.class).findOne();
    }

    /** Ends the person's keys; returns how many were live. */
    public int revoke(String groupId, String email, Instant now) {
        return handle.createUpdate("""
                UPDATE feed_keys SET revoked_at = :now WHERE group_id = :g AND email = :e AND revoked_at IS NULL""")
                .bind("g", groupId).bind("e", email).bind("now", Columns.utc(now)).execute();
    }

    /** The store's feed secret, made from {@code fresh} the first time it is asked for. */
    public String secret(String fresh) {
        Optional<String> kept = handle.createQuery("SELECT secret FROM feed_secret WHERE secret_no = 1")
                .mapTo(String.class).findOne();
        if (kept.isPresent()) {
            return kept.get();
        }
        handle.createUpdate("INSERT INTO feed_secret (secret_no, secret) VALUES (1, :s)").bind("s", fresh).execute();
        return fresh;
    }
}
