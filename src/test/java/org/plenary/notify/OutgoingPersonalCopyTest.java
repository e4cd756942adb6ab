package org.plenary.notify;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.app.TestPlenary;

/** Larisa set Europe/Rome in the group file; the chairs/staff call's agenda is written to each attendee. */
class OutgoingPersonalCopyTest {
    @RegisterExtension
    final TestPlenary app = TestPlenary.ssr2(); // 15 June 09:00 UTC: Friday's coordination call is within its agenda lead

    @Test
    void aMemberWithTheirOwnTimeZoneGetsACopyWithTheirTime() throws Exception {
        MimeMessage larisas = agendaIn("larisa@ssr2.test");
        MimeMessage amaras = agendaIn("amara@ssr2.test");

        assertThat(TestPlenary.textOf(larisas)).contains("Friday 16 June 2017, 11:00 UTC", "Your time: Friday 16 June 2017, 13:00");
        assertThat(TestPlenary.textOf(amaras)).contains("Friday 16 June 2017, 11:00 UTC").doesNotContain("Your time");
        assertThat(larisas.getMessageID()).isNotEqualTo(amaras.getMessageID());
    }

    private MimeMessage agendaIn(String address) throws Exception {
        List<MimeMessage> mail = app.awaitMail(address, 1);
        for (MimeMessage message : mail) {
            if (message.getSubject().contains("Proposed agenda: Co-Chairs/Staff Coordination Call")) {
                return message;
            }
        }
        throw new AssertionError("no coordination agenda for " + address);
    }
}
