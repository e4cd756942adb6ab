package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.notify.SmtpSink;
import org.plenary.store.OutboxEmail;

/**
 * The outbound route sends the emails of one run over one SMTP connection, closes it when the run ends, and
 * reopens a connection the server dropped mid-run without failing an email; seen from a server that counts.
 */
class OutboxConnectionTest {
    private static final int EMAILS = 30;
    private TestPlenary app;
    private SmtpSink sink;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (sink != null) {
            sink.close();
        }
    }

    @Test
    void theEmailsOfAnOutboxRunShareOneConnectionClosedAfterTheRun() throws Exception {
        startWith(new SmtpSink());
        int before = sink.connections();

        List<String> messageIds = queue(EMAILS);

        awaitSent(messageIds);
        assertThat(sink.connections() - before).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> sink.openConnections() == 0);
    }

    @Test
    void aConnectionTheServerDropsMidRunIsReopenedAndEveryEmailIsDeliveredOnce() throws Exception {
        startWith(new SmtpSink(Set.of(), 7));
        int before = sink.connections();

        List<String> messageIds = queue(EMAILS);

        awaitSent(messageIds);
        assertThat(sink.connections() - before).isEqualTo((EMAILS + 6) / 7);
        // One attempt each, the one that succeeded: no email failed for the connection it met.
        assertThat(app.outbox()).filteredOn(e -> messageIds.contains(e.messageId()))
                .extracting(OutboxEmail::attempts).containsOnly(1);
        assertThat(sink.received()).extracting(r -> messageIdOf(r.data()))
                .filteredOn(messageIds::contains).containsExactlyInAnyOrderElementsOf(messageIds);
    }

    private void startWith(SmtpSink server) {
        sink = server;
        app = TestPlenary.ssr2().with("plenary.smtp.url", "smtp://127.0.0.1:" + sink.port()).start();
        // Whatever the start made due has gone out: the connections counted from here are the test's.
        app.awaitSchedulesAndOutbox();
    }

    /** Queues emails in one transaction, so that one outbox run takes them all. */
    private List<String> queue(int count) {
        List<String> messageIds = IntStream.range(0, count).mapToObj(i -> "<connection-test." + i + "@ssr2.test>").toList();
        Instant now = app.plenary().clock().instant();
        app.database().useTransaction(tx -> messageIds.forEach(id -> tx.outbox().add(OutboxEmail.of("ssr2", id,
                "confirmation", null, List.of("noor@ssr2.test"), "Re: Apologies", "Noted.\n", "<p>Noted.</p>", null,
                null, null, List.of(), "auto-replied"), now)));
        return messageIds;
    }

    private void awaitSent(List<String> messageIds) {
        await().atMost(Duration.ofSeconds(30)).until(() -> app.outbox().stream()
                .filter(e -> messageIds.contains(e.messageId())).allMatch(e -> e.sent() != null));
    }

    private static String messageIdOf(String data) {
        return data.lines().filter(l -> l.regionMatches(true, 0, "Message-ID: ", 0, 12)).findFirst()
                .map(l -> l.substring(12).trim()).orElse("");
    }
}
