package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.intake.MailReader;
import org.plenary.store.Apology;
import org.plenary.store.LedgerEntry;

/**
 * PRODUCT.md 6, "nothing twice", through the real app: an email is applied once however often it reaches
 * Plenary's mailbox. Subclasses run the same sentences on another store.
 */
class InboundOnceTest {
    static final String NOOR = "noor@ssr2.test";
    static final String LIST = "ssr2-review@ssr2.test";
    static final String APOLOGY = "Apologies for the plenary call on Tuesday 4 July, travelling.\n\nNoor\n";

    TestPlenary app;

    @BeforeEach
    void start() {
        app = configure(TestPlenary.ssr2()).start();
    }

    /** The store the app runs on; H2 in memory here. */
    TestPlenary configure(TestPlenary plenary) {
        return plenary;
    }

    @AfterEach
    void stop() {
        app.close();
        afterAppClosed();
    }

    /** Drops what {@link #configure} created. */
    void afterAppClosed() {
    }

    @Test
    void theSameEmailDeliveredTwiceIsAppliedOnceConfirmedOnceAndListedTwice() {
        String messageId = newMessageId();
        byte[] apology = apologyFromNoor(messageId);

        app.deliverRaw(apology);
        app.awaitLedger(1);
        app.deliverRaw(apology); // a client that sends again, or a server that delivers again

        assertThat(outcomes(app.awaitLedgerEntries(2))).containsExactly("applied", "duplicate");
        assertNoorIsApologisedOnceAndConfirmedOnce();
        JsonNode emails = app.getJson("/api/emails");
        assertThat(emails.findValuesAsText("outcome")).containsExactlyInAnyOrder("applied", "duplicate");
        assertThat(emails.findValuesAsText("messageId")).containsExactly(messageId, messageId);
    }

    @Test
    void anEmailToTheListWithPlenaryInCopyArrivesTwiceAndIsAppliedOnce() {
        // The list forwards its copy keeping the Message-ID, so Plenary's mailbox holds the same email twice.
        byte[] toListCcPlenary = TestPlenary.rawEmail(NOOR, LIST, "Tuesday 4 July", APOLOGY, newMessageId(),
                Map.of("Cc", TestPlenary.BOT));
        app.deliverRaw(toListCcPlenary);
        app.deliverRaw(toListCcPlenary);

        assertThat(outcomes(app.awaitLedgerEntries(2))).containsExactly("applied", "duplicate");
        assertNoorIsApologisedOnceAndConfirmedOnce();
    }

    @Test
    void theListsAlteredCopyOfAnEmailPlenaryHadDirectlyIsADuplicate() {
        // Real lists tag the subject, add List-Id and a footer, but keep the Message-ID: that is what makes it the same.
        String messageId = newMessageId();
        app.deliverRaw(TestPlenary.rawEmail(NOOR, LIST, "Tuesday 4 July", APOLOGY, messageId, Map.of("Cc", TestPlenary.BOT)));
        app.deliverRaw(TestPlenary.rawEmail(NOOR, LIST, "[ssr2-review] Tuesday 4 July",
                APOLOGY + "_______________\nssr2-review mailing list\n", messageId,
                Map.of("Cc", TestPlenary.BOT, "List-Id", "<ssr2-review.ssr2.test>", "Precedence", "list")));

        assertThat(outcomes(app.awaitLedgerEntries(2))).containsExactly("applied", "duplicate");
        assertNoorIsApologisedOnceAndConfirmedOnce();
    }

    @Test
    void anEmailWithoutMessageIdDeliveredTwiceIsDedupedByItsContent() {
        byte[] noMessageId = apologyFromNoor(null);
        app.deliverRaw(noMessageId);
        app.deliverRaw(noMessageId);

        List<LedgerEntry> ledger = app.awaitLedgerEntries(2);
        assertThat(outcomes(ledger)).containsExactly("applied", "duplicate");
        assertThat(ledger).extracting(LedgerEntry::dedupeKey).allMatch(key -> key.startsWith("sha256:"));
        assertThat(ledger.get(0).dedupeKey()).isEqualTo(ledger.get(1).dedupeKey());
        assertNoorIsApologisedOnceAndConfirmedOnce();
    }

    @Test
    void anEmailCommittedByAProcessThatDiedBeforeMarkingItSeenIsOnlyMarkedSeenAfterTheRestart() {
        app.stopPlenary();
        byte[] apology = apologyFromNoor(newMessageId());
        app.deliverRaw(apology);
        // The dead process: the email's effects, ledger row and confirmation committed, the mailbox never told.
        try (Plenary crashed = app.withoutRoutes()) {
            crashed.secretariat().receive(new MailReader().read(apology), apology);
        }
        assertThat(app.seenInPlenaryInbox()).isZero();

        app.start();

        assertThat(outcomes(app.awaitLedgerEntries(2))).containsExactly("applied", "duplicate");
        await().atMost(Duration.ofSeconds(30)).until(() -> app.seenInPlenaryInbox() == 1);
        assertNoorIsApologisedOnceAndConfirmedOnce();
    }

    /** One apology row, one confirmation in the outbox, and (after the outbox ran) one email in Noor's mailbox. */
    void assertNoorIsApologisedOnceAndConfirmedOnce() {
        List<Apology> apologies = app.database().inTransaction(tx -> tx.apologies().ofMeeting("ssr2", "plenary-2017-07-04"));
        assertThat(apologies).extracting(Apology::email).containsExactly(NOOR);
        assertThat(app.outboxTo(NOOR)).extracting(e -> e.purpose()).containsExactly("confirmation");
        assertThat(app.outbox()).filteredOn(e -> e.purpose().equals("confirmation")).extracting(e -> e.recipients())
                .containsExactly(List.of(NOOR)); // to the sender only, never the list
        assertThat(app.awaitMail(NOOR, 1)).hasSize(1);
        // Both deliveries are processed by now (the ledger says so); a second confirmation would be in the outbox.
        await().atMost(Duration.ofSeconds(30)).until(() -> app.seenInPlenaryInbox() == app.mailbox(TestPlenary.BOT).size());
        assertThat(app.mailbox(NOOR)).hasSize(1);
    }

    static byte[] apologyFromNoor(String messageId) {
        return TestPlenary.rawEmail(NOOR, TestPlenary.BOT, "Tuesday 4 July", APOLOGY, messageId, null);
    }

    static String newMessageId() {
        return "<" + UUID.randomUUID() + "@members.test>";
    }

    static List<String> outcomes(List<LedgerEntry> ledger) {
        return ledger.stream().map(LedgerEntry::outcome).toList();
    }
}
