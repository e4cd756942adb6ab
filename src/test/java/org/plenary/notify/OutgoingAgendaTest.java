package org.plenary.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.notify.OutgoingMail.AGENDA_4_JULY;
import static org.plenary.notify.OutgoingMail.LIST;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.app.TestPlenary;
import org.plenary.store.OutboxEmail;

/**
 * The agenda of the 4 July 2017 plenary (13:00 UTC, agenda-lead P2D, so due 2 July 13:00 UTC), sent by the
 * real app through GreenMail to the list, with the clock set before, at, after or long after its due time.
 */
class OutgoingAgendaTest {
    private TestPlenary app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theAgendaArrivesOnTimeWithEverythingTheContractListsAndAnInvitation() throws Exception {
        // An hour early, so the app has time to apply four emails; the test then sets the clock.
        app = TestPlenary.ssr2().with("plenary.now", "2017-07-02T12:00:00Z").start();
        app.send("noor@ssr2.test", "Apologies – plenary 4 July", "Apologies for the plenary call on Tuesday 4 July, travelling.");
        app.send("kaveh@ssr2.test", "Agenda request", "AGENDA: DNS Abuse Study briefing (30 min) for the plenary on 4 July");
        app.send("zoe@ssr2.test", "Agenda request", "AGENDA: Tech tools demo (15 min) for the plenary on 4 July");
        app.awaitLedger(3);
        app.send("larisa@ssr2.test", "Agenda requests", "ACCEPT R1");
        app.awaitLedger(4);
        app.setClock(Instant.parse("2017-07-02T12:59:00Z"));
        app.awaitSchedulesAndOutbox();
        assertThat(OutgoingMail.onList(app, s -> true)).as("nothing for the list before 13:00").isEmpty();

        app.setClock(Instant.parse("2017-07-02T13:00:00Z"));
        MimeMessage agenda = OutgoingMail.awaitOne(app, AGENDA_4_JULY::equals);

        app.setClock(Instant.parse("2017-07-02T13:10:00Z"));
        app.awaitSchedulesAndOutbox();
        assertThat(OutgoingMail.onList(app, AGENDA_4_JULY::equals)).as("still once at 13:10").hasSize(1);

        assertThat(agenda.getRecipients(jakarta.mail.Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly(LIST);
        assertThat(OutgoingMail.header(agenda, "Auto-Submitted")).isEqualTo("auto-generated");
        assertThat(OutgoingMail.header(agenda, "X-Auto-Response-Suppress")).isEqualTo("All");
        assertThat(OutgoingMail.header(agenda, "X-Plenary-Ref")).isEqualTo("plenary-2017-07-04");
        assertThat(agenda.getMessageID()).matches("<[^<>@]+@ssr2\\.test>");
        assertThat(OutgoingMail.hasAlternativeOfTextAndHtml(agenda)).isTrue();
        assertThat(OutgoingMail.contentTypeOf(agenda, "text/calendar")).containsIgnoringCase("method=REQUEST");

        String text = OutgoingMail.text(agenda);
        assertThat(text).contains("Tuesday 4 July", "13:00", "UTC",
                "Welcome, roll call, updated SOIs & apologies", "Review of open action items", "AOB",
                "DNS Abuse Study briefing", "Kaveh Rostami, 30 min (R1)",
                "Tech tools demo (15 min), asked by Zoë Brandt",
                "Noor Haddad (travelling)",
                "A1 Draft SSR2 progress report", "A2 Send language to RT", "A3 Provide further information",
                "A4 Provide SSR1 briefings schedule", "Jennifer Osei", "Larisa Novak",
                "Reply to this email (to secretariat@ssr2.test)");
        assertThat(text.indexOf("Tech tools demo")).as("the pending request is listed after the accepted items")
                .isGreaterThan(text.indexOf("DNS Abuse Study briefing"));
        assertThat(OutgoingMail.html(agenda)).contains("DNS Abuse Study briefing", "Noor Haddad");

        String ics = OutgoingMail.calendar(agenda);
        Calendar calendar = OutgoingMail.parse(ics);
        VEvent event = OutgoingMail.event(calendar);
        assertThat(OutgoingMail.value(calendar, Property.METHOD)).isEqualTo("REQUEST");
        assertThat(OutgoingMail.value(event, Property.UID)).isEqualTo("plenary-2017-07-04.ssr2@ssr2.test");
        assertThat(OutgoingMail.value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(OutgoingMail.value(event, Property.DTSTART)).isEqualTo("20170704T130000Z");
        assertThat(OutgoingMail.value(event, Property.ORGANIZER)).isEqualTo("mailto:secretariat@ssr2.test");
        assertThat(event.getProperties(Property.ATTENDEE)).hasSize(app.group().members().size());
        assertThat(ics.replace("\r\n ", "")).contains("RSVP=TRUE").contains("mailto:noor@ssr2.test");

        System.out.println("===== The agenda of plenary-2017-07-04 as the list received it =====");
        System.out.println(text);
        System.out.println("===== end of agenda =====");
    }

    @Test
    void noAgendaGoesOutBeforeItsLeadTime() {
        app = TestPlenary.ssr2().with("plenary.now", "2017-07-02T12:00:00Z").start();

        app.awaitSchedulesAndOutbox();

        assertThat(outboxOf("plenary-2017-07-04")).isEmpty();
        assertThat(OutgoingMail.onList(app, s -> s.contains("4 July"))).isEmpty();
    }

    @Test
    void anAgendaMissedWhileThePlenaryWasDownGoesOutWhenItComesBack() {
        // Due at 13:00, the process came back at 18:00: the meeting is still two days away, so it is worth sending.
        app = TestPlenary.ssr2().with("plenary.now", "2017-07-02T18:00:00Z").start();

        MimeMessage agenda = OutgoingMail.awaitOne(app, AGENDA_4_JULY::equals);

        assertThat(OutgoingMail.header(agenda, "X-Plenary-Ref")).isEqualTo("plenary-2017-07-04");
    }

    @Test
    void anAgendaIsNotSentOnceItsMeetingHasStarted() {
        // The process was down over the whole lead time and came back during the meeting: the agenda is stale.
        app = TestPlenary.ssr2().with("plenary.now", "2017-07-04T13:10:00Z").start();

        app.awaitSchedulesAndOutbox();

        assertThat(outboxOf("plenary-2017-07-04")).extracting(OutboxEmail::purpose).doesNotContain("agenda");
        assertThat(OutgoingMail.onList(app, s -> s.contains("Proposed agenda") && s.contains("4 July"))).isEmpty();
    }

    @Test
    void aTemplateFolderWithOnlyTheAgendaSubjectChangesTheSubjectAndNothingElse(@TempDir Path templates) throws Exception {
        Files.writeString(templates.resolve("agenda-subject.ftl"), """
                <#ftl output_format="plainText">
                [${group.tag}] Agenda for ${meeting.startShort}: please send apologies""");
        app = TestPlenary.ssr2().with("plenary.now", "2017-07-02T18:00:00Z")
                .with("plenary.templates", templates.toString()).start();

        MimeMessage agenda = OutgoingMail.awaitOne(app, s -> s.contains("4 July"));

        assertThat(agenda.getSubject()).isEqualTo("[SSR2] Agenda for Tuesday 4 July 13:00 UTC: please send apologies");
        // The other templates are still the built-in ones.
        assertThat(OutgoingMail.text(agenda)).contains("Proposed agenda: SSR2 Plenary Call", "OPEN ACTION ITEMS");
    }

    @Test
    void aHostileAgendaTitleAppearsLiterallyInTheTextAndEscapedInTheHtml() throws Exception {
        app = TestPlenary.ssr2().with("plenary.now", "2017-07-02T12:00:00Z").start();
        String hostile = "${7*7} <#assign x=1> <script>alert(1)</script>";
        app.send("kaveh@ssr2.test", "Agenda request", "AGENDA: " + hostile + " (10 min) for the plenary on 4 July");
        app.awaitLedger(1);
        app.send("larisa@ssr2.test", "Agenda requests", "ACCEPT R1");
        app.awaitLedger(2);
        app.setClock(Instant.parse("2017-07-02T13:00:00Z"));

        MimeMessage agenda = OutgoingMail.awaitOne(app, AGENDA_4_JULY::equals);

        assertThat(OutgoingMail.text(agenda)).contains(hostile).doesNotContain("49");
        assertThat(OutgoingMail.html(agenda))
                .contains("${7*7} &lt;#assign x=1&gt; &lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>");
    }

    private List<OutboxEmail> outboxOf(String meetingId) {
        return app.database().inTransaction(tx -> tx.outbox().recent("ssr2", 1000)).stream()
                .filter(e -> meetingId.equals(e.ref())).toList();
    }

}
