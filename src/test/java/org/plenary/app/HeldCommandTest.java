package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.store.LedgerEntry;
import org.plenary.store.MeetingStatus;

/**
 * PRODUCT.md 3.6 through the running service, with the default {@code PLENARY_TRUST=confirm}: a forged chair
 * cancellation is held and shown as {@code held} in {@code /api/emails}; a member's reply to the chair's question
 * applies nothing; the chair's own reply cancels the meeting and is confirmed.
 */
class HeldCommandTest {
    private static final String AMARA = "amara@ssr2.test";
    private static final String NOOR = "noor@ssr2.test";
    private static final String MEETING = "plenary-2017-06-20";
    private TestPlenary app;

    @BeforeEach
    void start() {
        app = TestPlenary.ssr2().with("plenary.trust", "confirm").start();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aForgedChairCancellationWaitsForTheChairsOwnReply() throws Exception {
        app.send(AMARA, "20 June", "CANCEL plenary 20 June: forged");

        MimeMessage question = awaitMail(AMARA, "Please confirm:");
        assertThat(app.httpGet("/api/emails").body()).contains("\"outcome\":\"held\"");
        assertThat(status()).isEqualTo(MeetingStatus.TENTATIVE);
        String questionId = question.getMessageID();
        Map<String, String> thread = Map.of("In-Reply-To", questionId, "References", questionId);

        app.send(NOOR, TestPlenary.BOT, "Re: confirm", "yes", thread);
        List<LedgerEntry> afterNoor = app.awaitLedgerEntries(2);
        assertThat(afterNoor).extracting(LedgerEntry::outcome).containsExactly("held", "rejected");
        assertThat(status()).isEqualTo(MeetingStatus.TENTATIVE);

        app.send(AMARA, TestPlenary.BOT, "Re: confirm", "yes", thread);
        assertThat(app.awaitLedgerEntries(4)).extracting(LedgerEntry::outcome)
                .containsExactly("held", "rejected", "applied", "applied");
        assertThat(status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(TestPlenary.textOf(awaitMail(AMARA, "Re: [SSR2] 20 June"))).contains("Cancelled " + MEETING);
        assertThat(app.mailbox(NOOR)).noneMatch(m -> subjectOf(m).contains("confirm"));
    }

    /** The first email in the account whose subject starts so, once there. */
    private MimeMessage awaitMail(String address, String subjectStart) {
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> app.mailbox(address).stream().filter(m -> subjectOf(m).startsWith(subjectStart))
                        .findFirst(), java.util.Optional::isPresent).orElseThrow();
    }

    private MeetingStatus status() {
        return app.database().inTransaction(tx -> tx.meetings().find("ssr2", MEETING)).orElseThrow().status();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
