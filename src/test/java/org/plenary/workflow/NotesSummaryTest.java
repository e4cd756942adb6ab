package org.plenary.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.group.GroupDefinition;
import org.plenary.group.GroupFileReader;
import org.plenary.notify.Announcements;
import org.plenary.notify.RenderedEmail;
import org.plenary.notify.TemplateRenderer;
import org.plenary.store.Attendee;
import org.plenary.store.Decision;

/**
 * Notes applied, then the summary rendered: every way the notes grammar accepts of writing a decision ("Agreed:",
 * "Decided:") and attendance ("Present:", "Attendees:") reaches the summary, which once knew only "DECISION:" and
 * "ATTENDED:" because it read the raw notes again. The 4 July plenary ran 13:00–14:30 UTC.
 */
class NotesSummaryTest {
    private static final String AFTER_THE_MEETING = "2017-07-04T15:00:00Z";
    private static final String JULY_4 = "plenary-2017-07-04";
    private static final GroupDefinition SSR2 = new GroupFileReader().read(Path.of(Explainer.DEMO_GROUP));

    private final Explainer plenary = Explainer.ssr2At(AFTER_THE_MEETING);

    @AfterEach
    void close() {
        plenary.close();
    }

    @Test
    void decisionsWrittenAgreedOrDecidedAndAttendanceWrittenPresentOrAttendeesReachTheSummary() {
        Receipt receipt = plenary.receive("amara@ssr2.test", "Plenary 4 July", """
                NOTES plenary 4 July
                Agreed: The progress report goes to the SO/ACs before ICANN59
                Decided: Plenary calls rotate between 05:00, 13:00 and 21:00 UTC from August
                Present: Amara, Lars and Larisa
                Attendees: Kaveh; Steve Conte
                """);

        assertThat(receipt.outcome()).isEqualTo(Outcome.APPLIED);
        RenderedEmail summary = summary();
        String text = summary.text().replaceAll("\\s+", " ");
        assertThat(text).contains("The progress report goes to the SO/ACs before ICANN59",
                "Plenary calls rotate between 05:00, 13:00 and 21:00 UTC from August",
                "Amara, Lars, Larisa, Kaveh, Steve Conte");
        assertThat(text).doesNotContain("Not recorded.");
        assertThat(summary.html()).contains("Plenary calls rotate between 05:00, 13:00 and 21:00 UTC from August",
                "Amara, Lars, Larisa, Kaveh, Steve Conte");
    }

    @Test
    void attendanceHoldsTheMembersAddressesAndTheNameOfAnyoneElse() {
        plenary.receive("amara@ssr2.test", "Plenary 4 July", """
                NOTES plenary 4 July
                Present: Amara, lars@ssr2.test, Larisa Novak and Steve Conte
                """);

        List<Attendee> attendance = plenary.database().inTransaction(tx -> tx.attendance().ofMeeting("ssr2", JULY_4));
        assertThat(attendance).extracting(Attendee::email, Attendee::name).containsExactly(
                tuple("amara@ssr2.test", "Amara"), tuple("lars@ssr2.test", "lars@ssr2.test"),
                tuple("larisa@ssr2.test", "Larisa Novak"), tuple(null, "Steve Conte"));
    }

    @Test
    void notesSentAgainAddTheirNewDecisionsAndTheirNewPeople() {
        plenary.receive("amara@ssr2.test", "Plenary 4 July", """
                NOTES plenary 4 July
                DECISION: The progress report goes to the SO/ACs before ICANN59
                ATTENDED: Amara, Lars
                """);
        plenary.receive("lars@ssr2.test", "Plenary 4 July, corrected", """
                NOTES plenary 4 July
                Agreed: The progress report goes to the SO/ACs before ICANN59
                Decided: Outreach slides go to the list by 20 July
                Attendees: Amara Okafor, Noor
                """);

        List<Decision> decisions = plenary.database().inTransaction(tx -> tx.decisions().ofMeeting("ssr2", JULY_4));
        assertThat(decisions).extracting(Decision::text)
                .containsExactly("The progress report goes to the SO/ACs before ICANN59",
                        "Outreach slides go to the list by 20 July");
        String text = summary().text().replaceAll("\\s+", " ");
        assertThat(text).contains("Amara, Lars, Noor");
        // The raw notes stay as received, both emails of them, for the summary's "Notes as received".
        assertThat(text).contains("ATTENDED: Amara, Lars", "Attendees: Amara Okafor, Noor");
    }

    private RenderedEmail summary() {
        Announcements announcements = new Announcements(new TemplateRenderer(null));
        return plenary.database().inTransaction(tx -> announcements.summaryEmail(tx, SSR2,
                tx.meetings().find("ssr2", JULY_4).orElseThrow(), Instant.parse(AFTER_THE_MEETING)));
    }
}
