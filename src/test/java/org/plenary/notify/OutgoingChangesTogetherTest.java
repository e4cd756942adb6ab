package org.plenary.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.app.TestPlenary;

/**
 * PRODUCT.md 3.6, through the real app and mail server: a chair's email cancelling four plenaries reaches the
 * list as one email naming all four, not as four (one forged email once sent twenty).
 */
class OutgoingChangesTogetherTest {
    private TestPlenary app;

    @BeforeEach
    void start() {
        app = TestPlenary.ssr2().start();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void fourCancellationsInOneEmailAreOneEmailToTheList() {
        app.send("amara@ssr2.test", "Summer break", """
                CANCEL plenary 11 July: summer break
                CANCEL plenary 18 July: summer break
                CANCEL plenary 25 July: summer break
                CANCEL plenary 1 August: summer break
                """);

        // The confirmation is written after the announcements in the same transaction, and the outbox sends in
        // order: once it arrived, everything the email caused has gone out.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> app.mailbox("amara@ssr2.test").stream()
                        .anyMatch(m -> OutgoingMail.subjectOf(m).contains("Summer break")));
        List<MimeMessage> changes = OutgoingMail.onList(app,
                s -> s.contains("Cancelled") || s.contains("Changes to"));
        assertThat(changes).hasSize(1);
        assertThat(OutgoingMail.subjectOf(changes.get(0))).isEqualTo("[SSR2] Changes to 4 meetings");
        String text = OutgoingMail.text(changes.get(0)).replaceAll("\\s+", " ");
        for (String day : List.of("11 July", "18 July", "25 July", "1 August")) {
            assertThat(text).contains("Tuesday " + day + " 2017, 13:00 UTC is cancelled: summer break");
        }
    }
}
