package org.plenary.notify;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.app.TestPlenary;

/**
 * The seed's "Friday 23rd June Co-Chair/Staff call will be canceled due to Johannesburg travel", said on 15 June,
 * before that call's agenda was due: PRODUCT.md 1 asks for a cancellation with a reason, announced to the people
 * concerned, and a cancelled meeting never gets an agenda that could carry it.
 */
class OutgoingCancellationNoticeTest {
    private static final String CANCELLED_23_JUNE =
            "[SSR2] Cancelled: Co-Chairs/Staff Coordination Call, Friday 23 June 11:00 UTC";
    private TestPlenary app;

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aCancellationBeforeTheAgendaIsAnnouncedToTheAttendeesWithItsReason() throws Exception {
        app = TestPlenary.ssr2().with("plenary.now", "2017-06-15T09:00:00Z").start();

        app.send("amara@ssr2.test", "Friday call", "CANCEL Friday 23 June call: Johannesburg travel");

        List<MimeMessage> toJennifer = awaitSubject("jennifer@ssr2.test");
        MimeMessage notice = toJennifer.get(0);
        // The call is for chairs and staff only, so the notice goes to them, not to the list.
        assertThat(notice.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactlyInAnyOrder("amara@ssr2.test", "lars@ssr2.test", "larisa@ssr2.test", "jennifer@ssr2.test");
        assertThat(OutgoingMail.text(notice).replaceAll("\\s+", " ")).contains("is cancelled: Johannesburg travel");
        assertThat(OutgoingMail.value(OutgoingMail.event(OutgoingMail.parse(OutgoingMail.calendar(notice))), Property.UID))
                .isEqualTo("coordination-2017-06-23.ssr2@ssr2.test");
        app.awaitRoute("outbox-delivery", 2);
        assertThat(OutgoingMail.onList(app, CANCELLED_23_JUNE::equals)).isEmpty();
    }

    private List<MimeMessage> awaitSubject(String address) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> !withSubject(address).isEmpty());
        return withSubject(address);
    }

    private List<MimeMessage> withSubject(String address) {
        return app.mailbox(address).stream().filter(m -> CANCELLED_23_JUNE.equals(OutgoingMail.subjectOf(m))).toList();
    }
}
