package org.plenary.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.app.TestPlenary;
import org.plenary.correlation.MessageIds;
import org.plenary.correlation.Purpose;
import org.plenary.store.LedgerEntry;
import org.plenary.store.OutboxEmail;

/**
 * PRODUCT.md 4 "who hears back" and 6 "promises", through the real app: poison mail is moved aside once and
 * staff told, machine mail and strangers never get an answer, a storm of nonsense earns five error replies (the loop limit), and
 * forged authentication changes nothing.
 */
class MailboxGuardsTest {
    private static final String NOOR = "noor@ssr2.test";
    private static final String KAVEH = "kaveh@ssr2.test";
    private TestPlenary app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @TempDir
    Path templates;

    @Test
    void aPoisonEmailIsRetriedThenMovedAsideRecordedAndStaffToldWhileTheMailBehindItIsApplied() throws Exception {
        // A genuine, repeatable failure a deployment can make: its override of the confirmation template names a
        // variable the model does not have, so every email that earns a confirmation fails to render, inside the
        // transaction. Other replies (HELP) still work, so the mail behind the poison must go through.
        Files.writeString(templates.resolve("confirmation-text.ftl"), "<#ftl output_format=\"plainText\">${noSuchValue}\n");
        app = TestPlenary.ssr2().with("plenary.templates", templates.toString()).start();
        String poison = app.send(NOOR, TestPlenary.BOT, "Apologies", "Apologies for the plenary on 4 July", null);
        String behind = app.send(KAVEH, TestPlenary.BOT, "Help", "HELP", null);

        await().atMost(Duration.ofSeconds(30)).until(() -> app.mailbox(TestPlenary.BOT, "Plenary-Failed").size() == 1);
        assertThat(app.mailbox(TestPlenary.BOT, "Plenary-Failed").get(0).getMessageID()).isEqualTo(poison);
        assertThat(app.mailbox(TestPlenary.BOT)).extracting(MimeMessage::getMessageID).containsExactly(behind);
        await().atMost(Duration.ofSeconds(10)).until(() -> app.seenInPlenaryInbox() == 1);
        List<LedgerEntry> ledger = ledger();
        assertThat(ledger).filteredOn(e -> poison.equals(e.messageId())).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo("failed");
            assertThat(e.errorsJson()).contains("confirmation-text.ftl");
        });
        assertThat(ledger).filteredOn(e -> behind.equals(e.messageId())).extracting(LedgerEntry::outcome)
                .containsExactly("applied");
        assertThat(apologies()).as("the failed email changed nothing").isEmpty();
        for (String staff : List.of("larisa@ssr2.test", "jennifer@ssr2.test")) {
            await().atMost(Duration.ofSeconds(15)).until(() -> failureNotices(staff) >= 1);
        }
        // Once: later polls must not tell them again.
        app.awaitMailboxAndOutbox(3);
        assertThat(failureNotices("larisa@ssr2.test")).isEqualTo(1);
        assertThat(failureNotices("jennifer@ssr2.test")).isEqualTo(1);
        assertThat(app.mailbox(KAVEH)).hasSize(1);
    }

    @Test
    void machineMailOwnMailAndStrangersNeverHearBackAndAStormEarnsFiveErrorReplies() throws Exception {
        app = TestPlenary.ssr2().start();
        String command = "Apologies for the plenary on 4 July";
        String ownId = MessageIds.create("plenary-2017-07-04", Purpose.AGENDA, "ssr2.test", "seed");
        List<byte[]> silent = List.of(
                raw(NOOR, "Out of office", command, Map.of("Auto-Submitted", "auto-replied")),
                raw(NOOR, "Away", command, Map.of("X-Autoreply", "yes")),
                raw(NOOR, "Away", command, Map.of("X-Autorespond", "yes")),
                raw(NOOR, "Away", command, Map.of("Precedence", "auto_reply")),
                raw(NOOR, "News", command, Map.of("Precedence", "bulk")),
                raw(NOOR, "Junk", command, Map.of("Precedence", "junk")),
                raw(NOOR, "Bounce", command, Map.of("Return-Path", "<>")),
                raw("MAILER-DAEMON@ssr2.test", "Undelivered Mail Returned to Sender", command, Map.of()),
                report(NOOR),
                raw(TestPlenary.BOT, "Agenda", command, Map.of()),
                raw(NOOR, "Re: Agenda", command, Map.of("Message-ID", ownId)),
                raw("stranger@elsewhere.test", "Apologies", command, Map.of()));
        silent.forEach(app::deliverRaw);
        app.awaitLedger(silent.size());
        assertThat(ledger()).extracting(LedgerEntry::outcome).doesNotContain("applied", "partly-applied");
        assertThat(apologies()).isEmpty();
        assertThat(outbox()).as("nothing answers machine mail, own mail or strangers").isEmpty();

        // A misbehaving client: a storm of emails Plenary cannot understand, from one member, on one day. 200 rather
        // than 1,000: the mailbox drains at about five emails a second here, and 200 prove the limit as well.
        int storm = 200;
        long began = System.nanoTime();
        for (int k = 0; k < storm; k++) {
            app.deliverRaw(raw(KAVEH, "hello " + k, "Lorem ipsum dolor sit amet " + k, Map.of()));
        }
        await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(500))
                .until(() -> ledger().size() >= silent.size() + storm);
        long millis = (System.nanoTime() - began) / 1_000_000;
        // Confirmations of real changes are not limited: two changes, two confirmations, after the storm.
        String first = app.send(KAVEH, TestPlenary.BOT, "Apologies", "Apologies for the plenary on 4 July", null);
        String second = app.send(KAVEH, TestPlenary.BOT, "Apologies", "Apologies for the plenary on 11 July", null);
        app.awaitLedger(silent.size() + storm + 2);
        // Five error replies (the loop limit: the fifth says so), then the two confirmations.
        await().atMost(Duration.ofSeconds(30)).until(() -> app.mailbox(KAVEH).size() >= 7);
        app.awaitMailboxAndOutbox(2);
        List<MimeMessage> toKaveh = app.mailbox(KAVEH);
        List<String> inReplyTo = new ArrayList<>();
        for (MimeMessage m : toKaveh) {
            inReplyTo.add(m.getHeader("In-Reply-To", null));
        }
        assertThat(toKaveh).hasSize(7);
        assertThat(inReplyTo).contains(first, second);
        System.out.printf("[reliability] storm: %d not-understood emails from one member in %d ms (%.1f per second), "
                + "%d error replies, then %d confirmations%n", storm, millis, storm * 1000.0 / millis, 5, 2);
        assertThat(outbox()).filteredOn(o -> !o.recipients().contains(KAVEH)).isEmpty();
    }

    @Test
    void withAuthenticationRequiredOnlyAPassFromTheTrustedServerChangesAnything() {
        app = TestPlenary.ssr2().with("plenary.require.authentication", "true")
                .with("plenary.trusted.authserv", "mx.ssr2.test").start();
        String command = "Apologies for the plenary on 4 July";
        String none = app.send(NOOR, TestPlenary.BOT, "Apologies", command, null);
        String untrusted = app.send(KAVEH, TestPlenary.BOT, "Apologies", command,
                Map.of("Authentication-Results", "mx.evil.test; dkim=pass header.d=ssr2.test; spf=pass"));
        String trusted = app.send("zoe@ssr2.test", TestPlenary.BOT, "Apologies", command,
                Map.of("Authentication-Results", "mx.ssr2.test; dkim=pass header.d=ssr2.test; spf=pass"));
        app.awaitLedger(3);

        Map<String, String> outcomes = ledger().stream().collect(Collectors.toMap(LedgerEntry::messageId, LedgerEntry::outcome));
        assertThat(outcomes).containsEntry(none, "rejected").containsEntry(untrusted, "rejected").containsEntry(trusted, "applied");
        assertThat(apologies()).extracting(org.plenary.store.Apology::email).containsExactly("zoe@ssr2.test");
    }

    /** Staff also get agendas of the co-chair/staff call; count only the notices about failed mail. */
    private long failureNotices(String staff) {
        return app.mailbox(staff).stream().filter(m -> TestPlenary.textOf(m).contains("failure folder")).count();
    }

    private List<org.plenary.store.Apology> apologies() {
        return app.database().inTransaction(tx -> tx.apologies().ofMeeting("ssr2", "plenary-2017-07-04"));
    }

    private List<LedgerEntry> ledger() {
        return app.database().inTransaction(tx -> tx.ledger().recent("ssr2", 10_000));
    }

    private List<OutboxEmail> outbox() {
        return app.database().inTransaction(tx -> tx.outbox().recent("ssr2", 10_000)).stream()
                .filter(o -> o.inReplyTo() != null).toList();
    }

    static byte[] raw(String from, String subject, String body, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("From", from);
        all.put("To", TestPlenary.BOT);
        all.put("Subject", subject);
        all.put("Message-ID", "<" + java.util.UUID.randomUUID() + "@members.test>");
        all.put("Date", "Thu, 15 Jun 2017 09:00:00 +0000");
        all.put("MIME-Version", "1.0");
        all.put("Content-Type", "text/plain; charset=UTF-8");
        all.putAll(headers);
        StringBuilder out = new StringBuilder();
        all.forEach((k, v) -> out.append(k).append(": ").append(v).append("\r\n"));
        return out.append("\r\n").append(body).append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A delivery status notification (multipart/report), with a command in its human-readable part. */
    private static byte[] report(String from) {
        return ("From: " + from + "\r\nTo: " + TestPlenary.BOT + "\r\nSubject: Delivery Status Notification\r\n"
                + "Message-ID: <" + java.util.UUID.randomUUID() + "@members.test>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
                + "--b\r\nContent-Type: text/plain\r\n\r\nApologies for the plenary on 4 July\r\n"
                + "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.ssr2.test\r\n\r\n"
                + "Final-Recipient: rfc822; x@ssr2.test\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--b--\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

}
