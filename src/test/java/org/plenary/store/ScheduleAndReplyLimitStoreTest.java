package org.plenary.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class ScheduleAndReplyLimitStoreTest extends StoreTestSupport {
    private static final LocalDate JUNE_15 = LocalDate.of(2017, 6, 15);

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
    void aSenderGetsOneReplyOfAKindADay() {
        boolean first = in(tx -> tx.replyLimits().take(GROUP, "noor@ssr2.test", "error", JUNE_15));
        boolean second = in(tx -> tx.replyLimits().take(GROUP, "noor@ssr2.test", "error", JUNE_15));
        boolean nextDay = in(tx -> tx.replyLimits().take(GROUP, "noor@ssr2.test", "error", JUNE_15.plusDays(1)));

        assertThat(new boolean[] {first, second, nextDay}).containsExactly(true, false, true);
    }

    @Test
    void anotherKindOrSenderHasItsOwnLimit() {
        use(tx -> tx.replyLimits().take(GROUP, "noor@ssr2.test", "error", JUNE_15));

        boolean help = in(tx -> tx.replyLimits().take(GROUP, "noor@ssr2.test", "help", JUNE_15));
        boolean zoe = in(tx -> tx.replyLimits().take(GROUP, "zoe@ssr2.test", "error", JUNE_15));

        assertThat(help).isTrue();
        assertThat(zoe).isTrue();
    }

    @Test
    void theDayOfALimitDoesNotDependOnTheJvmTimeZone() {
        use(tx -> tx.replyLimits().take(GROUP, "noor@ssr2.test", "error", JUNE_15));
        TimeZone original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
        try {
            boolean again = in(tx -> tx.replyLimits().take(GROUP, "noor@ssr2.test", "error", JUNE_15));
            assertThat(again).isFalse();
        } finally {
            TimeZone.setDefault(original);
        }
    }
}
