package org.plenary.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TransactionStoreTest extends StoreTestSupport {
    private static final String KEY = "<cafe@mail.test>";
    private static final Apology NOOR = new Apology("plenary-2017-07-04", "noor@ssr2.test", null, NOW, KEY);

    /** Everything one applied email writes: its ledger row, its effect and the reply. */
    private static void applyEmail(StoreTransaction tx) {
        tx.ledger().record(GROUP, LedgerStoreTest.entry(KEY, "applied"), true, new byte[] {1, 2, 3});
        tx.apologies().save(GROUP, NOOR);
        tx.outbox().add(OutboxStoreTest.reply("<r1@ssr2.test>"), NOW);
        tx.changes().record(GROUP, NOW, "plenary-2017-07-04", "Noor sent apologies", KEY);
    }

    @Test
    void aTransactionThatThrowsLeavesNothingBehind() {
        assertThatThrownBy(() -> use(tx -> {
            applyEmail(tx);
            throw new IllegalStateException("the template failed");
        })).hasMessage("the template failed");

        // Nothing half-applied: the next delivery of this email finds no trace and applies it afresh.
        assertThat(committed().ledger().first(GROUP, KEY)).isEmpty();
        assertThat(committed().apologies().ofMeeting(GROUP, NOOR.meetingId())).isEmpty();
        assertThat(committed().outbox().pending()).isZero();
        assertThat(committed().changes().between(GROUP, NOW, NOW.plusSeconds(1))).isEmpty();
    }

    @Test
    void aTransactionThatCommitsKeepsEverything() {
        use(TransactionStoreTest::applyEmail);

        assertThat(committed().ledger().first(GROUP, KEY)).isPresent();
        assertThat(committed().apologies().ofMeeting(GROUP, NOOR.meetingId())).containsExactly(NOOR);
        assertThat(committed().outbox().pending()).isEqualTo(1);
        assertThat(committed().changes().between(GROUP, NOW, NOW.plusSeconds(1)))
                .containsExactly(new ChangeLog.Change(NOW, "plenary-2017-07-04", "Noor sent apologies", KEY));
    }

    @Test
    void aSecondDeliveryThatLosesTheRaceUndoesItsOtherWrites() {
        use(TransactionStoreTest::applyEmail);
        use(tx -> tx.apologies().withdraw(GROUP, NOOR.meetingId(), NOOR.email()));

        // The second delivery writes its effects first and its ledger row last; the unique key undoes them all.
        assertUniqueViolation(() -> use(tx -> {
            tx.apologies().save(GROUP, NOOR);
            tx.outbox().add(OutboxStoreTest.reply("<r2@ssr2.test>"), NOW);
            tx.ledger().record(GROUP, LedgerStoreTest.entry(KEY, "applied"), true, null);
        }));

        assertThat(committed().apologies().ofMeeting(GROUP, NOOR.meetingId())).isEmpty();
        assertThat(committed().outbox().pending()).isEqualTo(1);
    }

    @Test
    void twoDeliveriesRacingToApplyTheSameEmailApplyItOnce() throws InterruptedException {
        ExecutorService otherWorker = Executors.newSingleThreadExecutor();
        try {
            Future<?> second = in(tx -> {
                tx.ledger().record(GROUP, LedgerStoreTest.entry(KEY, "applied"), true, null);
                Future<?> racing = otherWorker.submit(() -> use(other ->
                        other.ledger().record(GROUP, LedgerStoreTest.entry(KEY, "applied"), true, null)));
                pause(); // the second delivery now waits on the unique index for this transaction to end
                return racing;
            });

            assertUniqueViolation(second::get);
            assertThat(committed().ledger().recent(GROUP, 10)).hasSize(1);
        } finally {
            otherWorker.shutdownNow();
            otherWorker.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** No event says "this transaction now waits on a lock": the one justified sleep of the store tests. */
    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
