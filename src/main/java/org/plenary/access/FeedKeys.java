package org.plenary.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.plenary.store.StoreTransaction;

/**
 * The personal keys of the calendar feeds (PRODUCT.md 3.7): {@code /calendar/{group}/{member}.ics?key=…} opens a
 * member's feed without a session, because calendar programs cannot sign in. A key is an HMAC of the person and
 * the moment their key was made under the feed secret (PLENARY_FEED_SECRET, else one the store makes once), so
 * the desk and the STATUS reply can show it again while the store keeps only its SHA-256; revoking ends the key,
 * and the next one shown is new. Thread-safe; every method works inside the caller's transaction.
 */
public final class FeedKeys {
    private final String configuredSecret;

    /** @param configuredSecret PLENARY_FEED_SECRET, or null or blank to use the store's own */
    public FeedKeys(String configuredSecret) {
        this.configuredSecret = configuredSecret == null || configuredSecret.isBlank() ? null : configuredSecret;
    }

    /** The person's key, made now if they have none. */
    public String keyOf(StoreTransaction tx, String groupId, String email, Instant now) {
        Optional<Instant> made = tx.feedKeys().current(groupId, email);
        if (made.isPresent()) {
            return derive(tx, groupId, email, made.get());
        }
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        String key = derive(tx, groupId, email, at);
        tx.feedKeys().add(Secret.hash(key), groupId, email, at);
        return key;
    }

    /** Whose live key this is in the group, if anyone's. */
    public Optional<String> holder(StoreTransaction tx, String groupId, String key) {
        if (key == null || key.isBlank() || key.length() > 100) {
            return Optional.empty();
        }
        return tx.feedKeys().holder(groupId, Secret.hash(key));
    }

    /** Ends the person's keys; their calendar stops updating until they subscribe to the new one. */
    public int revoke(StoreTransaction tx, String groupId, String email, Instant now) {
        return tx.feedKeys().revoke(groupId, email, now);
    }

    private String derive(StoreTransaction tx, String groupId, String email, Instant made) {
        String secret = configuredSecret != null ? configuredSecret : tx.feedKeys().secret(Secret.newToken());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((groupId + "\n" + email + "\n" + made.toEpochMilli())
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }

    /** The token a desk form carries against cross-site requests: a hash of the session, so only its holder knows it. */
    public static String formToken(String session) {
        return Secret.hash("form:" + session);
    }

    /** Compares a form's token with the expected one in constant time. */
    public static boolean sameFormToken(String given, String expected) {
        return given != null && expected != null && Secret.same(given, expected);
    }
}
