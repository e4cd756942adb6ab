package org.plenary.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.notify.OutgoingMail.AGENDA_4_JULY;

import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.app.TestPlenary;
import org.plenary.store.Meeting;
import org.plenary.store.MeetingStatus;

/**
 * Changes to the 4 July plenary after its agenda and invitation went out: each one reaches the list with the
 * same iCalendar UID and a higher SEQUENCE, so calendar clients replace (or remove) the event they already hold.
 */
class OutgoingChangesTest {
    private static final String UID = "plenary-2017-07-04.ssr2@ssr2.test";
    private TestPlenary app;

    @BeforeEach
    void theAgendaHasGoneOut() {
        // The clock starts at the agenda's due time, so it goes out at once.
        app = TestPlenary.ssr2().with("plenary.now", "2017-07-02T13:00:00Z").start();
        MimeMessage agenda = OutgoingMail.awaitOne(app, AGENDA_4_JULY::equals);
        assertThat(sequenceOf(agenda)).isEqualTo("0");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aCancellationSendsCancelForTheSameUidWithSequenceOne() throws Exception {
        app.send("amara@ssr2.test", "Plenary 4 July", "CANCEL plenary 4 July: Johannesburg travel");

        MimeMessage cancellation = OutgoingMail.awaitOne(app,
                "[SSR2] Cancelled: SSR2 Plenary Call, Tuesday 4 July 13:00 UTC"::equals);

        VEvent event = OutgoingMail.event(OutgoingMail.parse(OutgoingMail.calendar(cancellation)));
        assertThat(OutgoingMail.value(OutgoingMail.parse(OutgoingMail.calendar(cancellation)), Property.METHOD))
                .isEqualTo("CANCEL");
        assertThat(OutgoingMail.contentTypeOf(cancellation, "text/calendar")).containsIgnoringCase("method=CANCEL");
        assertThat(OutgoingMail.value(event, Property.UID)).isEqualTo(UID);
        assertThat(OutgoingMail.value(event, Property.SEQUENCE)).isEqualTo("1");
        assertThat(OutgoingMail.value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(OutgoingMail.header(cancellation, "X-Plenary-Ref")).isEqualTo("plenary-2017-07-04");
        assertThat(OutgoingMail.text(cancellation).replaceAll("\\s+", " ")).contains("is cancelled: Johannesburg travel");
    }

    @Test
    void acceptingAnAgendaRequestAfterTheAgendaWentOutSendsAnUpdateWithTheSequenceRaised() throws Exception {
        app.send("kaveh@ssr2.test", "Agenda request", "AGENDA: DNS Abuse Study briefing (30 min) for the plenary on 4 July");
        app.awaitLedger(1);
        app.send("larisa@ssr2.test", "Agenda requests", "ACCEPT R1");

        MimeMessage update = OutgoingMail.awaitOne(app,
                "[SSR2] Updated: SSR2 Plenary Call, Tuesday 4 July 13:00 UTC"::equals);

        assertThat(OutgoingMail.value(OutgoingMail.parse(OutgoingMail.calendar(update)), Property.METHOD))
                .isEqualTo("REQUEST");
        assertThat(uidOf(update)).isEqualTo(UID);
        assertThat(sequenceOf(update)).isEqualTo("1");
        assertThat(OutgoingMail.text(update)).contains("agenda item accepted: DNS Abuse Study briefing",
                "Kaveh Rostami, 30 min");
    }

    @Test
    void movingToAnotherDayCancelsTheOldInvitationAndTheNewMeetingGetsItsOwnAgendaWhenDue() throws Exception {
        app.send("amara@ssr2.test", "Plenary 4 July", "MOVE plenary 4 July TO 5 July 14:00");

        // What happens: the 4 July meeting becomes "moved", and its invitation is cancelled (METHOD:CANCEL,
        // old UID, SEQUENCE 1) with the new date as the reason. The meeting of 5 July is a new meeting with its
        // own id and UID, whose agenda and invitation go out agenda-lead before it (3 July 14:00 UTC).
        MimeMessage cancellation = OutgoingMail.awaitOne(app, s -> s.startsWith("[SSR2] Cancelled: SSR2 Plenary Call"));

        assertThat(cancellation.getSubject()).contains("Tuesday 4 July 13:00 UTC");
        assertThat(uidOf(cancellation)).isEqualTo(UID);
        assertThat(sequenceOf(cancellation)).isEqualTo("1");
        assertThat(OutgoingMail.value(OutgoingMail.parse(OutgoingMail.calendar(cancellation)), Property.METHOD))
                .isEqualTo("CANCEL");
        assertThat(OutgoingMail.text(cancellation)).contains("moved to", "5 July");
        Meeting moved = app.database().inTransaction(tx -> tx.meetings().find("ssr2", "plenary-2017-07-05")).orElseThrow();
        assertThat(moved.start()).hasToString("2017-07-05T14:00:00Z");
        assertThat(app.database().inTransaction(tx -> tx.meetings().find("ssr2", "plenary-2017-07-04")).orElseThrow().status())
                .isEqualTo(MeetingStatus.MOVED);
        boolean newAgendaSent = app.database().inTransaction(tx -> tx.schedule().done("ssr2", "agenda:plenary-2017-07-05"));
        assertThat(newAgendaSent).as("not due before 3 July 14:00").isFalse();
    }

    private static String uidOf(MimeMessage message) {
        return OutgoingMail.value(OutgoingMail.event(OutgoingMail.parse(OutgoingMail.calendar(message))), Property.UID);
    }

    private static String sequenceOf(MimeMessage message) {
        return OutgoingMail.value(OutgoingMail.event(OutgoingMail.parse(OutgoingMail.calendar(message))), Property.SEQUENCE);
    }
}
