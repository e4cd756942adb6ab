package org.plenary.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccessTokenStoreTest extends StoreTestSupport {

    private Optional<AccessToken> find(String hash) {
        return in(tx -> tx.accessTokens().find(hash));
    }

    @Test
    void aTokenRoundTripsByItsHashAndNeverExpiresUnlessToldTo() {
        use(tx -> tx.accessTokens().add("a1", GROUP, "noor@ssr2.test", AccessKind.API, NOW, null));

        AccessToken stored = find("a1").orElseThrow();
        assertThat(stored).isEqualTo(new AccessToken("a1", GROUP, "noor@ssr2.test", AccessKind.API, NOW, null, null));
        assertThat(stored.isValidAt(NOW.plus(Duration.ofDays(3650)))).isTrue();
        assertThat(find("a2")).isEmpty();
    }

    @Test
    void aSignInLinkIsUsedOnceAndExpires() {
        use(tx -> tx.accessTokens().add("s1", GROUP, "noor@ssr2.test", AccessKind.SIGN_IN, NOW, NOW.plus(Duration.ofMinutes(15))));

        assertThat(find("s1").orElseThrow().isValidAt(NOW.plus(Duration.ofMinutes(15)))).isFalse();
        boolean first = in(tx -> tx.accessTokens().use("s1", NOW));
        boolean second = in(tx -> tx.accessTokens().use("s1", NOW));
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(find("s1").orElseThrow().isValidAt(NOW)).isFalse();
        int links = in(tx -> tx.accessTokens().countSince(GROUP, "noor@ssr2.test", AccessKind.SIGN_IN, NOW));
        assertThat(links).isEqualTo(1);
    }

    @Test
    void revokingRemovesEveryTokenOfThePersonOnly() {
        use(tx -> {
            tx.accessTokens().add("n1", GROUP, "noor@ssr2.test", AccessKind.API, NOW, null);
            tx.accessTokens().add("n2", GROUP, "noor@ssr2.test", AccessKind.SESSION, NOW, NOW.plus(Duration.ofDays(7)));
            tx.accessTokens().add("z1", GROUP, "zoe@ssr2.test", AccessKind.API, NOW, null);
        });

        int revoked = in(tx -> tx.accessTokens().revoke(GROUP, "noor@ssr2.test"));
        assertThat(revoked).isEqualTo(2);
        assertThat(find("n1")).isEmpty();
        assertThat(find("z1")).isPresent();
    }
}
