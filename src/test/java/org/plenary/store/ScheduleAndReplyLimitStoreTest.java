package org.plenary.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.store.ReplyLimits.Allowance;

class ScheduleAndReplyLimitStoreTest extends StoreTestSupport {
    @Test
    void aRecordedSendIsDone() {
        use(tx -> tx.schedule().record(GROUP, "digest:2017-W25", null, NOW));

        assertThat(committed().schedule().done(GROUP, "digest:2017-W25")).isTrue();
        assertThat(committed().schedule().done(GROUP, "digest:2017-W26")).isFalse();
    }

    @Test
    void theStoreRefusesToRecordTheSameSendTwice() {
        use(tx -> tx.schedule().record(GROUP, "agenda:plenary-2017-07-04:0", 7L, NOW));

        // Two schedulers (or a restart mid-run) must not both send the agenda.
        assertUniqueViolation(() -> use(tx -> tx.schedule().record(GROUP, "agenda:plenary-2017-07-04:0", 8L, NOW)));
    }

    @Test
    void aSenderGetsFiveRepliesAnHourAndTheFifthIsTheLast() {
        List<Allowance> taken = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Instant at = NOW.plusSeconds(60L * i);
            String kind = i % 2 == 0 ? "error" : "help";
            taken.add(in(tx -> tx.replyLimits().take(GROUP, "noor@ssr2.test", kind, at, 5, 20)));
        }
        Allowance nextHour = in(tx -> tx.replyLimits().take(GROUP, "noor@ssr2.test", "error",
                NOW.plus(Duration.ofMinutes(61)), 5, 20));

        assertThat(taken).containsExactly(Allowance.ALLOWED, Allowance.ALLOWED, Allowance.ALLOWED, Allowance.ALLOWED,
                Allowance.LAST, Allowance.REFUSED);
        assertThat(nextHour).isEqualTo(Allowance.ALLOWED);
    }

    @Test
    void twentyADayHoweverSpreadOut() {
        for (int i = 0; i < 20; i++) {
            Instant at = NOW.plus(Duration.ofHours(i));
            use(tx -> tx.replyLimits().take(GROUP, "noor@ssr2.test", "error", at, 5, 20));
        }

        Allowance sameDay = in(tx -> tx.replyLimits().take(GROUP, "noor@ssr2.test", "error",
                NOW.plus(Duration.ofHours(21)), 5, 20));
        Allowance nextDay = in(tx -> tx.replyLimits().take(GROUP, "noor@ssr2.test", "error",
                NOW.plus(Duration.ofHours(25)), 5, 20));

        assertThat(sameDay).isEqualTo(Allowance.REFUSED);
        assertThat(nextDay).isEqualTo(Allowance.ALLOWED);
    }

    @Test
    void anotherSenderHasItsOwnLimit() {
        for (int i = 0; i < 5; i++) {
            use(tx -> tx.replyLimits().take(GROUP, "noor@ssr2.test", "error", NOW, 5, 20));
        }

        Allowance zoe = in(tx -> tx.replyLimits().take(GROUP, "zoe@ssr2.test", "error", NOW, 5, 20));

        assertThat(zoe).isEqualTo(Allowance.ALLOWED);
    }

    @Test
    void oneTransactionCountsTheRepliesItTook() {
        List<Allowance> taken = in(tx -> {
            List<Allowance> all = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                all.add(tx.replyLimits().take(GROUP, "noor@ssr2.test", "error", NOW.plusSeconds(60L * i), 5, 20));
            }
            return all;
        });

        assertThat(taken).containsExactly(Allowance.ALLOWED, Allowance.ALLOWED, Allowance.ALLOWED, Allowance.ALLOWED,
                Allowance.LAST, Allowance.REFUSED);
    }

    @Test
    void aReplyTakenBackWithItsEmailIsNotCounted() {
        use(tx -> tx.replyLimits().take(GROUP, "noor@ssr2.test", "error", NOW.minusSeconds(600), 5, 20));

        List<Allowance> taken = in(tx -> {
            List<Allowance> all = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                all.add(tx.replyLimits().take(GROUP, "noor@ssr2.test", "error", NOW.plusSeconds(i), 5, 20));
            }
            tx.attempt(() -> {
                tx.replyLimits().take(GROUP, "noor@ssr2.test", "help", NOW.plusSeconds(10), 5, 20);
                throw new IllegalStateException("the email failed");
            });
            all.add(tx.replyLimits().take(GROUP, "noor@ssr2.test", "help", NOW.plusSeconds(20), 5, 20));
            all.add(tx.replyLimits().take(GROUP, "noor@ssr2.test", "help", NOW.plusSeconds(30), 5, 20));
            return all;
        });

        assertThat(taken).containsExactly(Allowance.ALLOWED, Allowance.ALLOWED, Allowance.ALLOWED, Allowance.LAST,
                Allowance.REFUSED);
    }
}
