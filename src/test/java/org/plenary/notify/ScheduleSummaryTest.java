package org.plenary.notify;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.app.TestPlenary;

/** The summary of the 4 July plenary (13:00–14:30 UTC): on notes, or plenary.summary.after its end without them. */
class ScheduleSummaryTest {
    private static final Predicate<String> SUMMARY_4_JULY =
            "[SSR2] Action items and decisions reached: SSR2 Plenary Call, Tuesday 4 July 13:00 UTC"::equals;
    private TestPlenary app;

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void notesFromTheChairAreFollowedBySummaryWithDecisionsActionsAndApologies() throws Exception {
        // An apology is taken before the meeting; then the process restarts after it, on the same store.
        app = TestPlenary.ssr2().with("plenary.now", "2017-07-04T12:00:00Z").start();
        app.send("noor@ssr2.test", "Apologies – plenary 4 July", "Apologies for the plenary call today, travelling.");
        app.awaitLedger(1);
        app.stopPlenary();
        app.with("plenary.now", "2017-07-04T15:00:00Z").start();

        app.send("amara@ssr2.test", "Plenary 4 July", """
                NOTES plenary 4 July
                DECISION: The progress report goes to the SO/ACs before ICANN59
                ACTION: Kaveh to circulate the DNS Abuse Study summary by 11 July
                ATTENDED: Amara, Lars, Larisa, Kaveh
                """);
        MimeMessage summary = OutgoingMail.awaitOne(app, SUMMARY_4_JULY);

        assertThat(OutgoingMail.header(summary, "X-Plenary-Ref")).isEqualTo("plenary-2017-07-04");
        assertThat(OutgoingMail.hasAlternativeOfTextAndHtml(summary)).isTrue();
        String text = OutgoingMail.text(summary).replaceAll("\\s+", " ");
        assertThat(text).contains("The progress report goes to the SO/ACs before ICANN59",
                "A5", "DNS Abuse Study summary", "Kaveh Rostami", "due 11 July",
                "Amara, Lars, Larisa, Kaveh", "Noor Haddad (travelling)");
    }

    @Test
    void aMeetingWithoutNotesGetsItsSummaryOnceSummaryAfterHasPassed() throws Exception {
        app = TestPlenary.ssr2().with("plenary.summary.after", "PT1H")
                .with("plenary.now", "2017-07-04T15:00:00Z").start();
        app.setClock(Instant.parse("2017-07-04T15:29:00Z"));
        app.awaitSchedulesAndOutbox();
        assertThat(OutgoingMail.onList(app, SUMMARY_4_JULY)).as("no summary before 15:30").isEmpty();
        app.setClock(Instant.parse("2017-07-04T15:30:00Z"));

        MimeMessage summary = OutgoingMail.awaitOne(app, SUMMARY_4_JULY);

        assertThat(summary.getSentDate().toInstant()).isAfterOrEqualTo(Instant.parse("2017-07-04T15:30:00Z"));
        String text = OutgoingMail.text(summary);
        assertThat(text.replaceAll("\\s+", " ")).contains("No notes were received for this meeting", "Review of open action items")
                .doesNotContain("DECISIONS");
        // The group file's action items were carried over, not opened since the previous plenary.
        assertThat(text.substring(text.indexOf("OPENED SINCE"), text.indexOf("ACTION ITEMS CLOSED"))).doesNotContain("A1");
    }

    @Test
    void notesThatArriveAfterTheSummaryWithoutThemAreSummarisedToo() throws Exception {
        app = TestPlenary.ssr2().with("plenary.summary.after", "PT1H")
                .with("plenary.now", "2017-07-04T15:29:50Z").start();
        app.setClock(Instant.parse("2017-07-04T15:30:00Z"));
        OutgoingMail.awaitOne(app, SUMMARY_4_JULY);

        app.send("lars@ssr2.test", "Plenary 4 July", """
                NOTES plenary 4 July
                DECISION: Plenary calls rotate between 05:00, 13:00 and 21:00 UTC from August
                """);

        var summaries = OutgoingMail.awaitList(app, SUMMARY_4_JULY, 2, 60);
        assertThat(OutgoingMail.text(summaries.get(1)).replaceAll("\\s+", " "))
                .contains("Plenary calls rotate between 05:00, 13:00 and 21:00 UTC from August");
        // Once with notes is enough: the schedule does not send it again on later ticks.
        app.awaitSchedulesAndOutbox();
        assertThat(OutgoingMail.onList(app, SUMMARY_4_JULY)).hasSize(2);
    }
}
