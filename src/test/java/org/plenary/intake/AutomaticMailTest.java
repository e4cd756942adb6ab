package org.plenary.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AutomaticMailTest {

    private final MailReader reader = new MailReader();

    @Test
    void recognisesAVacationReplyByItsAutoSubmittedHeader() {
        assertThat(Fixtures.read("vacation-auto-reply.eml").automatic()).isEqualTo("auto-submitted: auto-replied");
    }

    @Test
    void recognisesAnOutOfOfficeReplyWithoutAutoSubmitted() {
        assertThat(Fixtures.read("out-of-office-without-auto-submitted.eml").automatic()).startsWith("auto-reply: subject");
    }

    @Test
    void recognisesAPostfixBounce() {
        assertThat(Fixtures.read("postfix-bounce.eml").automatic()).startsWith("bounce:");
    }

    @Test
    void aForgedAutoSubmittedNoDoesNotHideABounce() {
        assertThat(Fixtures.read("forged-auto-submitted-no-bounce.eml").automatic()).isEqualTo("bounce: empty return path");
    }

    @Test
    void aCalendarDeclineIsHumanMail() {
        assertThat(Fixtures.read("exchange-decline-with-calendar.eml").automatic()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Auto-Submitted: auto-generated          | auto-submitted: auto-generated
            Auto-Submitted: notification            | auto-submitted: notification
            X-Autoreply: yes                        | auto-reply: X-Autoreply header
            X-Autorespond: yes                      | auto-reply: X-Autorespond header
            Precedence: bulk                        | precedence: bulk
            Precedence: junk                        | precedence: junk
            Precedence: auto_reply                  | precedence: auto_reply
            Return-Path: <>                         | bounce: empty return path
            Content-Type: multipart/report; report-type=delivery-status; boundary=x | bounce: multipart/report delivery-status
            Content-Type: multipart/report; boundary=x | bounce: multipart/report
            X-MS-Exchange-Organization-AutoReply: x | auto-reply: Exchange generated
            """)
    void namesOneReasonPerRule(String header, String reason) {
        assertThat(read(header, "noor@ssr2.test", "Hello")).isEqualTo(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MAILER-DAEMON@mx.ssr2.test", "postmaster@ssr2.test", "MAILER-DAEMON"})
    void recognisesBouncesByTheirSender(String from) {
        assertThat(read("X-Nothing: 1", from, "Returned mail")).startsWith("bounce: from");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Automatic reply: Agenda", "Auto: Agenda", "Out of Office", "Abwesenheitsnotiz: Agenda",
        "Réponse automatique : Agenda", "Auto reply: Nyaan"})
    void recognisesVacationSubjects(String subject) {
        assertThat(read("X-Nothing: 1", "zoe@ssr2.test", subject)).startsWith("auto-reply:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Auto-Submitted: no", "Auto-Submitted: No (sent by a person)", "X-Auto-Response-Suppress: All", "Precedence: list",
        "Precedence: bulk\nList-Id: <ssr2-review.ssr2.test>"})
    void takesHumanMailForHumanMail(String header) {
        assertThat(read(header, "noor@ssr2.test", "Re: Out of office next week, apologies for the plenary")).isNull();
    }

    private String read(String header, String from, String subject) {
        String mail = header + "\nFrom: " + from + "\nSubject: " + subject + "\n\nhello\n";
        return reader.read(mail.getBytes(StandardCharsets.UTF_8)).automatic();
    }
}
