package org.plenary.notify;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.app.TestPlenary;

/** The weekly digest (Monday 08:00 UTC for the demo group), sent by the real app, once per week. */
class ScheduleDigestTest {
    private static final Predicate<String> DIGEST = s -> s.startsWith("[SSR2] Weekly digest");
    private TestPlenary app;

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void theDigestArrivesOnceAndARestartOnTheSameStoreDoesNotSendItAgain() throws Exception {
        app = TestPlenary.ssr2().with("plenary.now", "2017-06-19T07:30:00Z").start();
        app.send("kaveh@ssr2.test", "Agenda request", "AGENDA: DNS Abuse Study briefing (30 min) for the plenary on 27 June");
        app.awaitLedger(1);
        app.setClock(Instant.parse("2017-06-19T07:59:00Z"));
        app.awaitSchedulesAndOutbox();
        assertThat(OutgoingMail.onList(app, DIGEST)).as("no digest before 08:00").isEmpty();
        app.setClock(Instant.parse("2017-06-19T08:00:00Z"));

        MimeMessage digest = OutgoingMail.awaitOne(app, DIGEST);

        assertThat(digest.getSubject()).isEqualTo("[SSR2] Weekly digest, week of 19 June 2017");
        assertThat(OutgoingMail.header(digest, "Auto-Submitted")).isEqualTo("auto-generated");
        assertThat(OutgoingMail.hasAlternativeOfTextAndHtml(digest)).isTrue();
        String text = OutgoingMail.text(digest);
        assertThat(text).contains(
                "Jennifer Osei (jennifer@ssr2.test)", "A1 Draft SSR2 progress report",
                "Larisa Novak (larisa@ssr2.test)", "A2 Send language to RT",
                "SSR2 Plenary Call", "Tuesday 20 June 2017, 13:00 UTC", "Tuesday 27 June 2017, 13:00 UTC",
                "SSR1 briefing", "Co-Chairs/Staff Coordination Call",
                "R1 DNS Abuse Study briefing (30 min), asked by Kaveh Rostami");
        // Only the next two weeks: the plenary of 4 July is 15 days away.
        assertThat(text).doesNotContain("4 July 2017");
        System.out.println("===== The weekly digest of 19 June 2017 as the list received it =====");
        System.out.println(text);
        System.out.println("===== end of digest =====");

        app.stopPlenary();
        app.start();
        // The restarted clock starts again at 07:30: set it well past the digest's time.
        app.setClock(Instant.parse("2017-06-19T08:00:10Z"));
        app.awaitSchedulesAndOutbox();

        List<MimeMessage> digests = OutgoingMail.onList(app, DIGEST);
        assertThat(digests).hasSize(1);
        assertThat(app.database().inTransaction(tx -> tx.outbox().recent("ssr2", 1000)).stream()
                .filter(e -> e.purpose().equals("digest"))).hasSize(1);
    }
}
