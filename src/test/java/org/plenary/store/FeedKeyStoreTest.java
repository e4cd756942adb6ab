package org.plenary.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plenary.access.FeedKeys;

/** The personal calendar feed keys (V7) on both stores: shown again unchanged, found by hash, revoked for good. */
class FeedKeyStoreTest extends StoreTestSupport {
    private final FeedKeys keys = new FeedKeys(null);

    @Test
    void theSameKeyIsShownAgainAndOpensOnlyItsHoldersFeed() {
        String first = in(tx -> keys.keyOf(tx, GROUP, "noor@ssr2.test", NOW));
        String again = in(tx -> keys.keyOf(tx, GROUP, "noor@ssr2.test", NOW.plusSeconds(3600)));
        String kaveh = in(tx -> keys.keyOf(tx, GROUP, "kaveh@ssr2.test", NOW));

        assertThat(again).isEqualTo(first);
        assertThat(kaveh).isNotEqualTo(first);
        assertThat(holder(GROUP, first)).hasValue("noor@ssr2.test");
        assertThat(holder("ccwg", first)).isEmpty();
        assertThat(holder(GROUP, "wrong")).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM feed_keys WHERE key_hash = '" + first + "'"))
                .as("only the hash is kept").isZero();
    }

    @Test
    void aRevokedKeyIsDeadAndTheNextOneIsNew() {
        String old = in(tx -> keys.keyOf(tx, GROUP, "noor@ssr2.test", NOW));

        int revoked = in(tx -> keys.revoke(tx, GROUP, "noor@ssr2.test", NOW.plusSeconds(60)));
        assertThat(revoked).isEqualTo(1);
        String fresh = in(tx -> keys.keyOf(tx, GROUP, "noor@ssr2.test", NOW.plusSeconds(120)));

        assertThat(holder(GROUP, old)).isEmpty();
        assertThat(fresh).isNotEqualTo(old);
        assertThat(holder(GROUP, fresh)).hasValue("noor@ssr2.test");
    }

    private java.util.Optional<String> holder(String group, String key) {
        return in(tx -> keys.holder(tx, group, key));
    }
}
