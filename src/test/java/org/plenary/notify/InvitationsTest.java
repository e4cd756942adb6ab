package org.plenary.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class InvitationsTest {
    private static final InvitationData PLENARY = new InvitationData(
            "plenary-2017-07-04.ssr2@ssr2.test",
            2,
            "[SSR2] SSR2 Plenary Call",
            "Agenda: Welcome, roll call, updated SOIs & apologies; Review of open action items; "
                    + "DNS Abuse Study briefing (Noor Haddad, 30 min) – reply \"apologies\"; AOB.\nSecond line, with a comma",
            Instant.parse("2017-07-04T13:00:00Z"),
            Instant.parse("2017-07-04T14:30:00Z"),
            "CONFIRMED",
            "secretariat@ssr2.test",
            "Plenary: SSR2 Secretariat",
            List.of(new Invitee("Amara Okafor", "amara@ssr2.test"), new Invitee("Noor Haddad", "noor@ssr2.test")),
            Instant.parse("2017-07-02T08:00:00Z"));

    private final Invitations invitations = new Invitations();

    @Test
    void aRequestParsesBackWithItsUidSequenceMethodAndTimes() throws Exception {
        Calendar calendar = parse(invitations.request(PLENARY));
        VEvent event = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();

        assertThat(value(calendar.getProperty(Property.METHOD))).isEqualTo("REQUEST");
        assertThat(value(calendar.getProperty(Property.PRODID))).isEqualTo("-//Plenary//Plenary//EN");
        assertThat(value(event.getProperty(Property.UID))).isEqualTo("plenary-2017-07-04.ssr2@ssr2.test");
        assertThat(value(event.getProperty(Property.SEQUENCE))).isEqualTo("2");
        assertThat(value(event.getProperty(Property.DTSTART))).isEqualTo("20170704T130000Z");
        assertThat(value(event.getProperty(Property.DTEND))).isEqualTo("20170704T143000Z");
        assertThat(value(event.getProperty(Property.DTSTAMP))).isEqualTo("20170702T080000Z");
        assertThat(value(event.getProperty(Property.STATUS))).isEqualTo("CONFIRMED");
        assertThat(value(event.getProperty(Property.DESCRIPTION))).isEqualTo(PLENARY.description());
        assertThat(event.getProperties(Property.ATTENDEE)).hasSize(2);
    }

    @Test
    void aRequestNamesTheOrganizerAndAsksEveryAttendeeToAnswer() throws Exception {
        String text = unfold(invitations.request(PLENARY));
        VEvent event = parse(text).getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();

        assertThat(text).contains("ORGANIZER;CN=\"Plenary: SSR2 Secretariat\":mailto:secretariat@ssr2.test\r\n");
        assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getParameter("CN").orElseThrow().getValue())
                .isEqualTo("Plenary: SSR2 Secretariat");
        assertThat(text).containsPattern("ATTENDEE;[^\r]*CN=Noor Haddad[^\r]*:mailto:noor@ssr2.test\r\n");
        assertThat(text).contains("ROLE=REQ-PARTICIPANT", "PARTSTAT=NEEDS-ACTION", "RSVP=TRUE");
    }

    @Test
    void aCancellationSaysCancelAndCancelledForTheSameUid() throws Exception {
        Calendar calendar = parse(invitations.cancel(PLENARY));
        VEvent event = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();

        assertThat(value(calendar.getProperty(Property.METHOD))).isEqualTo("CANCEL");
        assertThat(value(event.getProperty(Property.STATUS))).isEqualTo("CANCELLED");
        assertThat(value(event.getProperty(Property.UID))).isEqualTo(PLENARY.uid());
    }

    @Test
    void aTentativeMeetingIsInvitedTentatively() throws Exception {
        InvitationData tentative = new InvitationData(PLENARY.uid(), 0, PLENARY.summary(), null, PLENARY.start(),
                PLENARY.end(), "TENTATIVE", PLENARY.organizerEmail(), PLENARY.organizerName(), PLENARY.attendees(),
                PLENARY.stamp());

        VEvent event = parse(invitations.request(tentative)).getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();

        assertThat(value(event.getProperty(Property.STATUS))).isEqualTo("TENTATIVE");
    }

    @Test
    void linesEndInCrlfAndFoldAtSeventyFiveOctets() {
        String text = invitations.request(PLENARY);

        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(text).contains("\r\n ");
    }

    @Test
    void theSameDataAlwaysGivesTheSameText() {
        assertThat(invitations.request(PLENARY)).isEqualTo(invitations.request(PLENARY));
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static String value(java.util.Optional<? extends Property> property) {
        return property.orElseThrow().getValue();
    }

    private static String unfold(String text) {
        return text.replace("\r\n ", "");
    }
}
