package org.plenary.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MailReaderTest {

    @Test
    void readsTheHeadersOfAGmailReply() {
        InboundEmail email = Fixtures.read("gmail-reply-above-quote.eml");

        assertThat(email.messageId()).isEqualTo("<CAF3xk7pQ2@mail.gmail.com>");
        assertThat(email.from()).isEqualTo("noor@ssr2.test");
        assertThat(email.fromName()).isEqualTo("Noor Haddad");
        assertThat(email.returnPath()).isEqualTo("noor@ssr2.test");
        assertThat(email.to()).containsExactly("secretariat@ssr2.test");
        assertThat(email.subject()).isEqualTo("Re: [SSR2] Agenda - Plenary 4 July");
        assertThat(email.date()).isEqualTo(Instant.parse("2017-07-03T08:15:00Z"));
        assertThat(email.inReplyTo()).isEqualTo("<agenda.plenary-2017-07-04.ssr2@ssr2.test>");
        assertThat(email.references()).containsExactly("<agenda.plenary-2017-07-04.ssr2@ssr2.test>");
        assertThat(email.digest()).hasSize(64).matches("[0-9a-f]+");
        assertThat(email.automatic()).isNull();
        assertThat(email.problems()).isEmpty();
    }

    @Test
    void prefersThePlainTextPartAndKeepsTheQuoteInTheText() {
        InboundEmail email = Fixtures.read("gmail-reply-above-quote.eml");

        assertThat(email.visibleText()).isEqualTo("Apologies for the plenary call on Tuesday 4 July.");
        assertThat(email.text()).contains("> 3. AOB").doesNotContain("<div");
    }

    @Test
    void readsListHeadersTheTraceReferenceAndFoldedReferences() {
        InboundEmail email = Fixtures.read("list-reply-with-trace-ref.eml");

        assertThat(email.messageId()).isNull();
        assertThat(email.dedupeKey()).isEqualTo("sha256:" + email.digest());
        assertThat(email.from()).isEqualTo("noor@ssr2.test");
        assertThat(email.cc()).containsExactly("secretariat@ssr2.test", "larisa@ssr2.test");
        assertThat(email.listId()).isEqualTo("SSR2 Review Team <ssr2-review.ssr2.test>");
        assertThat(email.traceRef()).isEqualTo("meeting plenary-2017-07-04");
        assertThat(email.references()).containsExactly("<agenda.plenary-2017-07-04.ssr2@ssr2.test>",
                "<digest-2017-07-03.ssr2@ssr2.test>");
        assertThat(email.automatic()).isNull();
    }

    @Test
    void decodesEncodedWordsInSubjectAndSenderName() {
        InboundEmail email = Fixtures.read("rfc2047-subject.eml");

        assertThat(email.subject()).isEqualTo("Apologies – plenary 4 July");
        assertThat(email.fromName()).isEqualTo("Zoë Müller");
        assertThat(email.from()).isEqualTo("zoe.mueller@ssr2.test");
    }

    @Test
    void decodesQuotedPrintableLatin1() {
        InboundEmail email = Fixtures.read("iso-8859-1-quoted-printable.eml");

        assertThat(email.visibleText()).startsWith("Désolé, je ne pourrai pas assister à la plénière du 4 juillet.");
        assertThat(email.fromName()).isEqualTo("François Léger");
    }

    @Test
    void readsAnEightBitLatin1Body() {
        assertThat(Fixtures.read("german-am-schrieb.eml").visibleText())
                .isEqualTo("Apologies for Friday's call, ich bin auf Reisen.");
    }

    @Test
    void turnsHtmlOnlyMailIntoLines() {
        InboundEmail email = Fixtures.read("html-only.eml");

        assertThat(email.text().lines().filter(line -> !line.isBlank())).containsExactly("A7 done", "A9 due 30 June",
                "A11 owner Jennifer", "ACTION: Larisa to circulate the draft by 30 June", "STATUS", "A12 cancelled");
        assertThat(email.visibleText()).doesNotContain("A12").contains("A7 done\nA9 due 30 June\nA11 owner Jennifer");
    }

    @Test
    void unwrapsFormatFlowedWithDelSp() {
        assertThat(Fixtures.read("format-flowed.eml").visibleText())
                .isEqualTo("AGENDA: DNS Abuse Study briefing (30 min) for the plenary on 27 June\n\nThanks,\nNoor");
    }

    @Test
    void unwrapsFormatFlowedWithoutDelSp() {
        assertThat(Fixtures.read("format-flowed-without-delsp.eml").visibleText())
                .isEqualTo("AGENDA: Tech tools demo (15 min) for the plenary on 11 July");
    }

    @Test
    void collectsTheCalendarPartOfAnExchangeDecline() {
        InboundEmail email = Fixtures.read("exchange-decline-with-calendar.eml");

        assertThat(email.calendars()).singleElement().asString()
                .contains("METHOD:REPLY", "PARTSTAT=DECLINED", "UID:plenary-2017-07-04.ssr2@ssr2.test");
        assertThat(email.visibleText()).isEqualTo("Travelling that week, sorry");
        assertThat(email.automatic()).isNull();
    }

    @Test
    void collectsACalendarSentAsQuotedPrintableAttachment() {
        InboundEmail email = Fixtures.read("calendar-attachment-quoted-printable.eml");

        assertThat(email.calendars()).singleElement().asString().contains("METHOD:REQUEST", "PARTSTAT=NEEDS-ACTION");
        assertThat(email.visibleText()).isEqualTo("Invitation attached.");
    }

    @Test
    void readsTheHtmlWhenThePlainTextTwinIsEmpty() {
        String mail = """
                From: noor@ssr2.test
                Subject: x
                Content-Type: multipart/alternative; boundary="a"

                --a
                Content-Type: text/plain

                
                --a
                Content-Type: text/html

                <p>A7 done</p>
                --a--
                """;

        assertThat(new MailReader().read(mail.getBytes(java.nio.charset.StandardCharsets.UTF_8)).visibleText())
                .isEqualTo("A7 done");
    }

    @Test
    void readsCrlfAndBareLfMailAlike() {
        byte[] lf = Fixtures.bytes("apple-mail-reply.eml");
        byte[] crlf = new String(lf, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\n", "\r\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        MailReader reader = new MailReader();

        InboundEmail fromCrlf = reader.read(crlf);

        assertThat(fromCrlf.visibleText()).isEqualTo(reader.read(lf).visibleText()).isEqualTo("A3 done");
        assertThat(fromCrlf.subject()).isEqualTo("Re: [SSR2 A3] Draft terms of reference");
        assertThat(fromCrlf.digest()).isNotEqualTo(reader.read(lf).digest());
    }
}
