package org.plenary.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.plenary.app.TestPlenary;
import org.plenary.store.OutboxEmail;

/**
 * Prints how fast the outbox drains into a local GreenMail: the test app is started, {@code emails} replies are
 * written into its outbox in one transaction, and the time until the last is marked sent is measured. Not a test
 * (nothing is asserted); run it by hand with the number of emails as argument (2000 unless told):
 * {@code java -cp target/classes:target/test-classes:<deps> org.plenary.bench.OutboxBenchmark 2000}.
 */
public final class OutboxBenchmark {
    private static final String NOOR = "noor@ssr2.test";

    private OutboxBenchmark() {
    }

    public static void main(String[] args) {
        int emails = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        try (TestPlenary app = TestPlenary.ssr2().start()) {
            app.awaitSchedulesAndOutbox();
            Instant now = app.plenary().clock().instant();
            app.database().useTransaction(tx -> {
                for (int i = 0; i < emails; i++) {
                    String messageId = "<bench-" + i + "-" + UUID.randomUUID() + "@ssr2.test>";
                    tx.outbox().add(OutboxEmail.of("ssr2", messageId, "confirmation", null, List.of(NOOR),
                            "Re: Apologies " + i, "Noted: your apologies for the plenary on 4 July.\n",
                            "<p>Noted: your apologies for the plenary on 4 July.</p>", null, null, null, List.of(),
                            "auto-replied"), now);
                }
            });
            long start = System.nanoTime();
            while (pending(app) > 0) {
                if (System.nanoTime() - start > Duration.ofMinutes(10).toNanos()) {
                    throw new IllegalStateException("the outbox did not drain in 10 minutes");
                }
                pause();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%d outbox emails accepted by GreenMail in %.1f s: %.0f emails/s%n", emails, seconds,
                    emails / seconds);
        }
    }

    private static int pending(TestPlenary app) {
        return app.database().inTransaction(tx -> tx.outbox().pending());
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
