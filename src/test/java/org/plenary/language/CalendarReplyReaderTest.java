package org.plenary.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarReplyReaderTest {

    final CalendarReplyReader reader = new CalendarReplyReader("ssr2.test", "ssr2");

    static String reply(String method, String uid, String partstat, String extra) {
        return String.join("\r\n", List.of(
                "BEGIN:VCALENDAR", "PRODID:-//Test//EN", "VERSION:2.0", method == null ? "X-NOTHING:1" : "METHOD:" + method,
                "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20170620T100000Z", "DTSTART:20170704T130000Z",
                "ORGANIZER:mailto:secretariat@ssr2.test",
                "ATTENDEE;PARTSTAT=" + partstat + ";CN=Noor:mailto:noor@ssr2.test", extra,
                "END:VEVENT", "END:VCALENDAR", ""));
    }

    @Test
    void readsADeclineAsAnApologyForThatMeeting() {
        assertThat(reader.readAll(reply("REPLY", "plenary-2017-07-04.ssr2@ssr2.test", "DECLINED", "COMMENT:Travelling")))
                .containsExactly(new Command.Apology(null, MeetingRef.byId("plenary-2017-07-04"), "Travelling"));
    }

    @Test
    void readsAnAcceptAsAQuietlyWithdrawnApology() {
        // Quiet: an ACCEPTED from someone who never declined changes nothing and earns no reply (PRODUCT.md 4).
        assertThat(reader.read(reply("REPLY", "plenary-2017-07-04.ssr2@ssr2.test", "ACCEPTED", "SEQUENCE:1")))
                .contains(new Command.ApologyWithdrawn(null, MeetingRef.byId("plenary-2017-07-04"), true));
    }

    @Test
    void readsATentativeAnswerAsAQuietlyWithdrawnApology() {
        // "May attend" no longer says "I won't": a decline before it is withdrawn; otherwise nothing happens, silently.
        assertThat(reader.readAll(reply("REPLY", "plenary-2017-07-04.ssr2@ssr2.test", "TENTATIVE", "SEQUENCE:1")))
                .containsExactly(new Command.ApologyWithdrawn(null, MeetingRef.byId("plenary-2017-07-04"), true));
    }

    @Test
    void ignoresSomeoneElsesInvitation() {
        assertThat(reader.readAll(reply("REPLY", "040000008200E00074C5B7101A82E008@outlook.com", "DECLINED", "SEQUENCE:1"))).isEmpty();
        assertThat(reader.readAll(reply("REPLY", "plenary-2017-07-04.other@ssr2.test", "DECLINED", "SEQUENCE:1"))).isEmpty();
    }

    @Test
    void ignoresRequestsButToleratesAMissingMethodAndARecurrenceId() {
        assertThat(reader.readAll(reply("REQUEST", "plenary-2017-07-04.ssr2@ssr2.test", "DECLINED", "SEQUENCE:1"))).isEmpty();
        assertThat(reader.readAll(reply(null, "plenary-2017-07-04.ssr2@ssr2.test", "DECLINED",
                "RECURRENCE-ID:20170704T130000Z")))
                .containsExactly(new Command.Apology(null, MeetingRef.byId("plenary-2017-07-04"), null));
    }

    @Test
    void toleratesAMissingOrganizerAndLowerCaseAnswers() {
        String withoutOrganizer = reply("REPLY", "Plenary-2017-07-04.SSR2@ssr2.test", "declined", "SEQUENCE:0")
                .replace("ORGANIZER:mailto:secretariat@ssr2.test\r\n", "");
        assertThat(withoutOrganizer).doesNotContain("ORGANIZER");
        assertThat(CalendarReplyReader.commandsOf(withoutOrganizer, "ssr2.test", "ssr2"))
                .containsExactly(new Command.Apology(null, MeetingRef.byId("plenary-2017-07-04"), null));
    }

    @Test
    void readsTextThatIcal4jRefusesLineByLine() {
        String broken = "BEGIN:VCALENDAR\nMETHOD:REPLY\nBEGIN:VEVENT\nUID:plenary-2017-07-04.ssr2@ssr2.\n test\n"
                + "ATTENDEE;PARTSTAT=DECLINED:mailto:noor@ssr2.test\nDTSTART:not a date\nBEGIN:VALARM\nEND:VEVENT\n";
        assertThat(reader.readAll(broken))
                .containsExactly(new Command.Apology(null, MeetingRef.byId("plenary-2017-07-04"), null));
    }

    @Test
    void ignoresEmptyAndGarbageText() {
        assertThat(reader.readAll("")).isEmpty();
        assertThat(reader.readAll("hello")).isEmpty();
    }
}
