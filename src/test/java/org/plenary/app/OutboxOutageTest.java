package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.store.OutboxEmail;

/** PRODUCT.md 6, "an SMTP outage delays mail and loses none", through the real app and a real SMTP outage. */
class OutboxOutageTest {
    private static final String NOOR = "noor@ssr2.test";
    private TestPlenary app;

    @BeforeEach
    void startWithSmtpDown() {
        app = TestPlenary.ssr2().start();
        app.stopSmtp();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aConfirmationWaitsInTheOutboxWhileSmtpIsDownAndArrivesOnceWhenItIsBack() {
        // Delivered straight into the mailbox: the mailbox (IMAP) is up, only sending is down.
        app.deliverRaw(InboundOnceTest.apologyFromNoor(InboundOnceTest.newMessageId()));
        app.awaitLedger(1);

        await().atMost(Duration.ofSeconds(30)).until(() -> confirmationToNoor().map(OutboxEmail::attempts).orElse(0) > 0);
        OutboxEmail waiting = confirmationToNoor().orElseThrow();
        assertThat(waiting.sent()).isNull();
        assertThat(waiting.lastError()).isNotBlank();
        assertThat(app.getJson("/health").get("outboxPending").asInt()).isPositive();
        assertThat(app.mailbox(NOOR)).isEmpty();

        app.startSmtp();

        // The first retry comes 30 s after the failed attempt (OutboxDelivery's backoff): the clock is moved past it.
        app.advanceClock(Duration.ofSeconds(31));
        assertThat(app.awaitMail(NOOR, 1, Duration.ofSeconds(60))).hasSize(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> confirmationToNoor().orElseThrow().sent() != null);
        assertThat(confirmationToNoor().orElseThrow().lastError()).isNull();
        assertThat(app.mailbox(NOOR)).hasSize(1);
    }

    private Optional<OutboxEmail> confirmationToNoor() {
        return app.outboxTo(NOOR).stream().filter(e -> e.purpose().equals("confirmation")).findFirst();
    }
}
