package org.plenary.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.plenary.app.TestPlenary;
import org.plenary.store.LedgerEntry;
import org.plenary.store.OutboxEmail;
import org.plenary.store.StoreFixture;

/**
 * PRODUCT.md 6, "an SMTP outage delays mail and loses none; an IMAP outage is waited out with backoff", and a
 * store outage leaves mail unseen in the mailbox. Each outage is a {@link TcpProxy} in front of the real server
 * being cut: Plenary sees refused and reset connections, as it would when the server goes away.
 */
class OutageTest {
    private static final String NOOR = "noor@ssr2.test";
    private TestPlenary app;
    private final java.util.List<AutoCloseable> closing = new java.util.ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        for (AutoCloseable c : closing) {
            c.close();
        }
    }

    @Test
    void mailWaitsOutSmtpAndImapOutagesAndNothingIsLost() throws Exception {
        app = TestPlenary.ssr2();
        TcpProxy imap = proxyFor("plenary.imap.url");
        TcpProxy smtp = proxyFor("plenary.smtp.url");
        app.start();

        smtp.down();
        String first = app.send(NOOR, TestPlenary.BOT, "Apologies", "Apologies for the plenary on 4 July", null);
        app.awaitLedger(1);
        // The confirmation is committed but cannot go out: it waits in the outbox with its error and a later attempt.
        await().atMost(Duration.ofSeconds(15)).until(() -> outbox().stream().anyMatch(o -> o.attempts() > 0));
        OutboxEmail waiting = outbox().stream().filter(o -> first.equals(o.inReplyTo())).findFirst().orElseThrow();
        assertThat(waiting.sent()).isNull();
        assertThat(waiting.lastError()).isNotBlank();
        assertThat(waiting.nextAttempt()).isAfter(app.plenary().clock().instant().plusSeconds(10));
        long unsent = outbox().stream().filter(o -> o.sent() == null).count();
        assertThat(unsent).isPositive();
        assertThat(Http.get(app.httpBase() + "/health")).contains("\"outboxPending\":" + unsent);

        imap.down();
        String second = app.send(NOOR, TestPlenary.BOT, "Apologies", "Apologies for the plenary on 11 July", null);
        app.awaitMailboxPolls(3);
        assertThat(ledger()).extracting(LedgerEntry::messageId).doesNotContain(second);

        imap.up();
        await().atMost(Duration.ofSeconds(30)).until(() -> ledger().size() == 2);
        smtp.up();
        // The first retry is 30 s after the failure (the backoff), the clock is moved past it; both confirmations
        // then go out, once each.
        app.advanceClock(Duration.ofSeconds(31));
        await().atMost(Duration.ofSeconds(90)).until(() -> app.mailbox(NOOR).size() >= 2);
        List<MimeMessage> replies = app.mailbox(NOOR);
        assertThat(replies).extracting(m -> m.getHeader("In-Reply-To", null)).containsExactlyInAnyOrder(first, second);
        assertThat(ledger()).extracting(LedgerEntry::outcome).containsOnly("applied");
        assertThat(app.seenInPlenaryInbox()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.get(app.httpBase() + "/health").contains("\"outboxPending\":0"));
    }

    @Test
    void mailStaysUnseenWhileTheStoreIsDownAndIsAppliedOnceWhenItReturns() throws Exception {
        Assumptions.assumeTrue(StoreFixture.postgresAvailable(), "PostgreSQL is not reachable");
        StoreFixture postgres = StoreFixture.postgres();
        closing.add(postgres);
        Matcher hostPort = Pattern.compile("//([^/:]+):(\\d+)/").matcher(postgres.jdbcUrl());
        assertThat(hostPort.find()).isTrue();
        TcpProxy database = new TcpProxy(Integer.parseInt(hostPort.group(2))).up();
        closing.add(0, database);
        app = TestPlenary.ssr2()
                .with("plenary.db.url", postgres.jdbcUrl().replace("//" + hostPort.group(1) + ":" + hostPort.group(2) + "/",
                        "//127.0.0.1:" + database.port() + "/"))
                .with("plenary.db.user", postgres.user()).with("plenary.db.password", postgres.password())
                .start();

        database.down();
        NotifyBuilder attempts = new NotifyBuilder(app.plenary().camelContext()).fromRoute("inbound-mail-ssr2").whenFailed(2).create();
        String messageId = app.send(NOOR, TestPlenary.BOT, "Apologies", "Apologies for the plenary on 4 July", null);
        assertThat(attempts.matches(60, TimeUnit.SECONDS)).as("two attempts failed against the store").isTrue();
        assertThat(app.seenInPlenaryInbox()).as("marked seen while nothing could be committed").isZero();

        database.up();
        await().atMost(Duration.ofSeconds(60)).until(() -> app.seenInPlenaryInbox() == 1);
        List<LedgerEntry> ledger = ledger();
        assertThat(ledger).extracting(LedgerEntry::messageId).containsExactly(messageId);
        assertThat(ledger).extracting(LedgerEntry::outcome).containsExactly("applied");
        List<org.plenary.store.Apology> apologies = app.database().inTransaction(
                tx -> tx.apologies().ofMeeting("ssr2", "plenary-2017-07-04"));
        assertThat(apologies).hasSize(1);
    }

    private TcpProxy proxyFor(String key) throws Exception {
        Matcher port = Pattern.compile(":(\\d+)(/|$)").matcher(app.setting(key).substring(app.setting(key).indexOf('@') + 1));
        assertThat(port.find()).isTrue();
        TcpProxy proxy = new TcpProxy(Integer.parseInt(port.group(1))).up();
        closing.add(proxy);
        app.with(key, app.setting(key).replace(":" + port.group(1), ":" + proxy.port()));
        return proxy;
    }

    private List<OutboxEmail> outbox() {
        return app.database().inTransaction(tx -> tx.outbox().recent("ssr2", 100));
    }

    private List<LedgerEntry> ledger() {
        return app.database().inTransaction(tx -> tx.ledger().recent("ssr2", 100));
    }
}
