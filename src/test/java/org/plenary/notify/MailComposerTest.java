package org.plenary.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryException;

class MailComposerTest {
    private static final Session SESSION = Session.getInstance(new Properties());
    private static final String AGENDA_ID = "<agenda.plenary-2017-07-04.k3j2h1q8z0m4@ssr2.test>";

    private final MailComposer composer =
            new MailComposer(SESSION, Clock.fixed(Instant.parse("2017-07-02T08:00:00Z"), ZoneOffset.UTC));
    private final RenderedEmail agenda = new TemplateRenderer(null).render("agenda", SampleModels.agenda());

    @Test
    void aPlainEmailIsAlternativeTextAndHtmlInUtf8() throws Exception {
        MimeMessage parsed = roundTrip(composer.compose(reply()));

        assertThat(parsed.getContentType()).startsWith("multipart/alternative");
        MimeMultipart alternative = (MimeMultipart) parsed.getContent();
        assertThat(alternative.getCount()).isEqualTo(2);
        assertThat(alternative.getBodyPart(0).getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
        assertThat(alternative.getBodyPart(1).getContentType()).isEqualToIgnoringCase("text/html; charset=UTF-8");
        assertThat(alternative.getBodyPart(0).getHeader("Content-Transfer-Encoding")).containsExactly("quoted-printable");
        // MIME canonical line ends are CRLF.
        assertThat((String) alternative.getBodyPart(0).getContent()).isEqualTo("Done – apologies recorded.\r\n");
        assertThat((String) alternative.getBodyPart(1).getContent()).contains("<p>Done – apologies recorded.</p>");
    }

    @Test
    void aReplyCarriesThreadAndAutomationHeadersAndKeepsItsMessageId() throws Exception {
        MimeMessage parsed = roundTrip(composer.compose(reply()));

        assertThat(parsed.getMessageID()).isEqualTo("<confirmation.A7.abcdefghijkl@ssr2.test>");
        assertThat(parsed.getHeader("In-Reply-To", null)).isEqualTo("<CAF=xyz@mail.gmail.com>");
        assertThat(parsed.getHeader("References", null).replaceAll("\\s+", " "))
                .isEqualTo(AGENDA_ID + " <CAF=xyz@mail.gmail.com>");
        assertThat(parsed.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat(parsed.getHeader("X-Auto-Response-Suppress", null)).isEqualTo("All");
        assertThat(parsed.getHeader("X-Plenary-Ref", null)).isEqualTo("A7");
        assertThat(parsed.getHeader("MIME-Version", null)).isEqualTo("1.0");
        assertThat(parsed.getHeader("Precedence")).isNull();
        assertThat(parsed.getSentDate().toInstant()).isEqualTo(Instant.parse("2017-07-02T08:00:00Z"));
        assertThat(parsed.getFrom()).containsExactly(new InternetAddress("secretariat@ssr2.test", "SSR2 Secretariat", "UTF-8"));
        assertThat(parsed.getHeader("From", null)).contains("SSR2 Secretariat <secretariat@ssr2.test>");
        assertThat(parsed.getAllRecipients()).containsExactly(new InternetAddress("kaveh@ssr2.test"));
    }

    @Test
    void aNonAsciiSubjectIsEncodedAndDecodesBack() throws Exception {
        MimeMessage parsed = roundTrip(composer.compose(reply()));

        assertThat(parsed.getHeader("Subject", null)).startsWith("=?UTF-8?");
        assertThat(parsed.getSubject()).isEqualTo("Re: [SSR2] Apologies – plenary 4 July");
    }

    @Test
    void anInvitationIsMixedOfAlternativeWithCalendarAndAnIcsAttachment() throws Exception {
        String calendar = new Invitations().request(invitation());
        MimeMessage parsed = roundTrip(composer.compose(agendaEmail(calendar)));

        assertThat(parsed.getContentType()).startsWith("multipart/mixed");
        MimeMultipart mixed = (MimeMultipart) parsed.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);

        MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
        assertThat(mixed.getBodyPart(0).getContentType()).startsWith("multipart/alternative");
        assertThat(alternative.getCount()).isEqualTo(3);
        assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
        BodyPart inline = alternative.getBodyPart(2);
        assertThat(inline.getContentType().replace(" ", "")).isEqualToIgnoringCase("text/calendar;method=REQUEST;charset=UTF-8");
        assertThat(read(inline)).isEqualTo(calendar);

        BodyPart attachment = mixed.getBodyPart(1);
        assertThat(attachment.getContentType()).startsWith("application/ics");
        assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(attachment.getFileName()).isEqualTo("invite.ics");
        assertThat(read(attachment)).isEqualTo(calendar).contains("METHOD:REQUEST");

        assertThat(parsed.getMessageID()).isEqualTo(AGENDA_ID);
        assertThat(parsed.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(parsed.getHeader("In-Reply-To")).isNull();
        assertThat(parsed.getHeader("Precedence", null)).isEqualTo("list");
        assertThat(parsed.getSubject()).isEqualTo("[SSR2] Proposed agenda: SSR2 Plenary Call, Tuesday 4 July 13:00 UTC");
    }

    @Test
    void aLineBreakInTheSubjectCannotAddAHeader() throws Exception {
        OutgoingEmail sample = reply();
        OutgoingEmail hostile = new OutgoingEmail(sample.messageId(), sample.from(), sample.fromName(), sample.to(),
                "Re: hello\r\nBcc: victim@example.test", sample.text(), sample.html(), null, null, null, List.of(),
                "auto-replied", "A7\r\nBcc: x@example.test", Map.of());

        MimeMessage parsed = roundTrip(composer.compose(hostile));

        assertThat(parsed.getHeader("Bcc")).isNull();
        assertThat(parsed.getSubject()).isEqualTo("Re: hello Bcc: victim@example.test");
        assertThat(parsed.getHeader("X-Plenary-Ref", null)).isEqualTo("A7 Bcc: x@example.test");
    }

    @Test
    void malformedThreadIdsFromOtherPeoplesMailAreDroppedNotFatal() throws Exception {
        OutgoingEmail sample = reply();
        OutgoingEmail odd = new OutgoingEmail(sample.messageId(), sample.from(), sample.fromName(), sample.to(),
                sample.subject(), sample.text(), sample.html(), null, null, "no brackets\r\nBcc: x@example.test",
                List.of("<odd-but-fine>", "<a b@c>", AGENDA_ID), "auto-replied", null, Map.of());

        MimeMessage parsed = roundTrip(composer.compose(odd));

        assertThat(parsed.getHeader("In-Reply-To")).isNull();
        assertThat(parsed.getHeader("Bcc")).isNull();
        assertThat(parsed.getHeader("References", null).replaceAll("\\s+", " ")).isEqualTo("<odd-but-fine> " + AGENDA_ID);
    }

    @Test
    void extraHeadersMayNotReplaceTheOnesItSets() {
        OutgoingEmail sample = reply();
        OutgoingEmail sneaky = new OutgoingEmail(sample.messageId(), sample.from(), sample.fromName(), sample.to(),
                sample.subject(), sample.text(), sample.html(), null, null, null, List.of(), "auto-replied", null,
                Map.of("Message-ID", "<other@elsewhere.test>"));

        assertThatThrownBy(() -> composer.compose(sneaky)).isInstanceOf(PlenaryException.class).hasMessageContaining("Message-ID");
    }

    @Test
    void refusesAMalformedMessageId() {
        OutgoingEmail sample = reply();
        OutgoingEmail malformed = new OutgoingEmail("no-brackets@ssr2.test", sample.from(), sample.fromName(), sample.to(),
                sample.subject(), sample.text(), sample.html(), null, null, null, List.of(), "auto-replied", null, Map.of());

        assertThatThrownBy(() -> composer.compose(malformed)).isInstanceOf(PlenaryException.class);
    }

    private OutgoingEmail reply() {
        return new OutgoingEmail("<confirmation.A7.abcdefghijkl@ssr2.test>", "secretariat@ssr2.test", "SSR2 Secretariat",
                List.of("kaveh@ssr2.test"), "Re: [SSR2] Apologies – plenary 4 July", "Done – apologies recorded.\n",
                "<p>Done – apologies recorded.</p>", null, null, "<CAF=xyz@mail.gmail.com>",
                List.of(AGENDA_ID, "<CAF=xyz@mail.gmail.com>"), "auto-replied", "A7", Map.of());
    }

    private OutgoingEmail agendaEmail(String calendar) {
        return new OutgoingEmail(AGENDA_ID, "secretariat@ssr2.test", "SSR2 Secretariat", List.of("ssr2-review@ssr2.test"),
                agenda.subject(), agenda.text(), agenda.html(), calendar, "REQUEST", null, List.of(), "auto-generated",
                "plenary-2017-07-04", Map.of("Precedence", "list"));
    }

    private static InvitationData invitation() {
        return new InvitationData("plenary-2017-07-04.ssr2@ssr2.test", 0, "[SSR2] SSR2 Plenary Call", "Agenda – see the email.",
                Instant.parse("2017-07-04T13:00:00Z"), Instant.parse("2017-07-04T14:30:00Z"), "CONFIRMED",
                "secretariat@ssr2.test", "SSR2 Secretariat", List.of(new Invitee("Noor Haddad", "noor@ssr2.test")),
                Instant.parse("2017-07-02T08:00:00Z"));
    }

    private static MimeMessage roundTrip(MimeMessage message) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        return new MimeMessage(SESSION, new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static String read(Part part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
