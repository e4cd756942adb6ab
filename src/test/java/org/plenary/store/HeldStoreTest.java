package org.plenary.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HeldStoreTest extends StoreTestSupport {
    private static final String HASH = "a".repeat(64);

    @Test
    void aHeldEmailIsFoundByItsTokensHashAndAnsweredOnce() {
        long emailNo = in(tx -> tx.ledger().record(GROUP, LedgerStoreTest.entry("<h@mail.test>", "held"), true,
                new byte[] {1}));
        use(tx -> tx.held().hold(HASH, new HeldEmail(GROUP, emailNo, "amara@ssr2.test", NOW,
                NOW.plus(Duration.ofHours(72)), null)));

        HeldEmail held = committed().held().find(GROUP, HASH).orElseThrow();
        assertThat(held).isEqualTo(new HeldEmail(GROUP, emailNo, "amara@ssr2.test", NOW, NOW.plus(Duration.ofHours(72)),
                null));
        assertThat(held.waiting()).isTrue();
        assertThat(held.expiredAt(NOW.plus(Duration.ofHours(72)))).isTrue();
        assertThat(committed().held().find(GROUP, "b".repeat(64))).isEmpty();
        boolean first = in(tx -> tx.held().answer(GROUP, HASH, HeldAnswer.CONFIRMED, NOW));
        boolean second = in(tx -> tx.held().answer(GROUP, HASH, HeldAnswer.DROPPED, NOW));
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(committed().held().find(GROUP, HASH).orElseThrow().answer()).isEqualTo(HeldAnswer.CONFIRMED);
    }

    @Test
    void whatIsWrittenTentativelyIsTakenBackAndTheRestKept() {
        use(tx -> {
            tx.ledger().record(GROUP, LedgerStoreTest.entry("<kept@mail.test>", "applied"), true, null);
            long inside = tx.tentatively(() -> tx.ledger().record(GROUP,
                    LedgerStoreTest.entry("<gone@mail.test>", "applied"), true, null));
            assertThat(inside).isPositive();
        });

        assertThat(committed().ledger().first(GROUP, "<kept@mail.test>")).isPresent();
        assertThat(committed().ledger().first(GROUP, "<gone@mail.test>")).isEmpty();
    }
}
