package org.plenary.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VisibleTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            gmail-reply-above-quote.eml             | Apologies for the plenary call on Tuesday 4 July.
            outlook-reply-with-original-message.eml | A7 done\\n\\nBest,\\nAmara
            outlook-html-divRplyFwdMsg.eml          | A7: in progress – draft with RT for review, scheduled to publish 6/20
            apple-mail-reply.eml                    | A3 done
            thunderbird-moz-cite.eml                | I won't be able to join tomorrow.
            french-le-a-ecrit.eml                   | Excuses pour la plénière du 4 juillet, je serai en déplacement.
            german-am-schrieb.eml                   | Apologies for Friday's call, ich bin auf Reisen.
            iphone-signature.eml                    | Regrets for today's call
            """)
    void keepsOnlyWhatTheSenderWroteInEachClientsReply(String fixture, String expected) {
        assertThat(Fixtures.read(fixture).visibleText()).isEqualTo(expected.replace("\\n", "\n"));
    }

    @Test
    void stripsGmailQuoteBelowTheReply() {
        assertThat(VisibleText.of("""
                A7 done

                On Mon, 3 Jul 2017 at 09:12, SSR2 Secretariat <secretariat@ssr2.test> wrote:

                > A7: send language to RT
                """)).isEqualTo("A7 done");
    }

    @Test
    void stripsAReplyHeaderWrappedOverThreeLines() {
        assertThat(VisibleText.of("""
                A7 done

                On Mon, Jul 3, 2017 at 9:12 AM, SSR2 Secretariat
                <secretariat@ssr2.test>
                wrote:
                > A7: send language to RT
                """)).isEqualTo("A7 done");
    }

    @Test
    void keepsACommandTypedRightAboveTheReplyHeader() {
        assertThat(VisibleText.of("""
                Apologies for the plenary on 4 July
                On Mon, 3 Jul 2017 at 09:12, SSR2 Secretariat <secretariat@ssr2.test> wrote:
                > Agenda
                """)).isEqualTo("Apologies for the plenary on 4 July");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Le lun. 3 juil. 2017 à 09:12, Secrétariat <s@ssr2.test> a écrit :",
        "Am 03.07.2017 um 09:12 schrieb Secretariat <s@ssr2.test>:",
        "El lun., 3 jul. 2017 a las 09:12, Secretaría (<s@ssr2.test>) escribió:",
        "Il giorno lun 3 lug 2017 alle ore 09:12 Segreteria <s@ssr2.test> ha scritto:",
        "Op ma 3 jul. 2017 om 09:12 schreef Secretariaat <s@ssr2.test>:",
        "W dniu 3.07.2017 o 09:12, Sekretariat pisze:",
        "пн, 3 июл. 2017 г. в 09:12, Секретариат <s@ssr2.test>:",
        "3 июля 2017 г., 09:12 пользователь Секретариат <s@ssr2.test> написал:",
        "-----Original Message-----",
        "---------- Forwarded message ---------",
        "Begin forwarded message:",
        "-- ",
        "--",
    })
    void cutsAtReplyHeadersForwardsAndSignaturesInManyLanguages(String header) {
        assertThat(VisibleText.of("A7 done\n\n" + header + "\nA9 done\nsomething quoted\n")).isEqualTo("A7 done");
    }

    @Test
    void cutsAtAnOutlookUnderscoreLineFollowedByFrom() {
        assertThat(VisibleText.of("""
                A7 done

                ________________________________
                From: SSR2 Secretariat <secretariat@ssr2.test>
                Sent: Monday, July 3, 2017 9:00 AM
                A9 done
                """)).isEqualTo("A7 done");
    }

    @ParameterizedTest
    @ValueSource(strings = {"From: / Sent: / To: / Subject:", "De : / Envoyé : / À : / Objet :",
        "Von: / Gesendet: / An: / Betreff:"})
    void cutsAtOutlookHeaderBlocksInSeveralLanguages(String labels) {
        String[] label = labels.split(" / ");
        String block = label[0] + " Secretariat <s@ssr2.test>\n" + label[1] + " Monday, 3 July 2017 09:00\n"
                + label[2] + " Noor\n" + label[3] + " A7\n\nA9 done\n";

        assertThat(VisibleText.of("A7 done\n\n" + block)).isEqualTo("A7 done");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sent from my iPhone", "Sent from my iPad", "Sent from my BlackBerry 10 smartphone.",
        "Sent from my mobile device", "Get Outlook for Android", "Get Outlook for iOS<https://aka.ms/o0ukef>",
        "Sent from Mail for Windows 10", "Von meinem iPhone gesendet", "Envoyé de mon iPhone"})
    void dropsMobileSignatures(String signature) {
        assertThat(VisibleText.of("Regrets for today's call\n\n" + signature + "\n")).isEqualTo("Regrets for today's call");
    }

    @Test
    void keepsProseThatOnlyLooksLikeAHeader() {
        String body = """
                On your remote host you can run:
                  ssh plenary status

                From: the registry operators we heard a lot of concern.
                A7 done
                """;

        assertThat(VisibleText.of(body)).isEqualTo(body.strip());
    }

    @Test
    void keepsASentenceAboutAPhone() {
        String body = "The notice was sent from my iPhone app to all members.";

        assertThat(VisibleText.of(body)).isEqualTo(body);
    }

    @Test
    void keepsABottomPostedReplyBelowAQuote() {
        assertThat(VisibleText.of("""
                On 3 Jul 2017, at 09:12, Secretariat <s@ssr2.test> wrote:
                > Please reply with your apologies.

                Apologies for the plenary on 4 July
                """)).isEqualTo("Apologies for the plenary on 4 July");
    }

    @Test
    void dropsQuotedLinesInterleavedWithTheReply() {
        assertThat(VisibleText.of("> A7 open\nA7 done\n> A9 open\nA9 cancelled\n")).isEqualTo("A7 done\nA9 cancelled");
    }

    @Test
    void stripsHtmlQuoteContainersOfEachClient() {
        assertThat(VisibleText.ofHtml("<div>A7 done</div><div class=\"gmail_quote\">On … wrote: A9 done</div>"))
                .isEqualTo("A7 done");
        assertThat(VisibleText.ofHtml("<p>A7 done</p><div class=\"yahoo_quoted\">A9 done</div>")).isEqualTo("A7 done");
        assertThat(VisibleText.ofHtml("<p>A7 done</p><div class=\"gmail_signature\">Noor | A9 owner</div>"))
                .isEqualTo("A7 done");
        assertThat(VisibleText.ofHtml("<p>A7 done</p><div class=\"moz-cite-prefix\">On 3/7 Noor wrote:</div>"
                + "<blockquote class=\"moz-cite\">A9 done</blockquote>")).isEqualTo("A7 done");
        assertThat(VisibleText.ofHtml("<p>A7 done</p><blockquote type=\"cite\">A9 done</blockquote>")).isEqualTo("A7 done");
        assertThat(VisibleText.ofHtml("<div><div>A7 done</div><div id=\"appendonsend\"></div><p>From: x</p></div><p>A9</p>"))
                .isEqualTo("A7 done");
    }

    @Test
    void runsInLinearTimeOnPathologicalInput() {
        String[] attacks = {"On ".repeat(33_000) + "wrote", "> ".repeat(50_000), "-".repeat(100_000),
            ("On a\n").repeat(20_000), ("From: x\n").repeat(12_500), "Sent from my " + "a ".repeat(50_000),
            "a".repeat(100_000) + ":", ("<a@b>:\n1\n").repeat(12_500), "*".repeat(100_000),
            "From: x\n" + "*".repeat(100_000), ("> " + "x".repeat(70) + "\ny\n").repeat(1300), "<div>".repeat(20_000)};
        for (String attack : attacks) {
            // A hang detector, not a speed test: a backtracking regular expression takes minutes on these inputs,
            // while a linear reading takes milliseconds. The bound is far above that so a loaded machine never
            // fails it (IntakeBenchmark prints the real figures).
            Duration best = Duration.ofDays(1);
            for (int run = 0; run < 4; run++) {
                long start = System.nanoTime();
                VisibleText.of(attack);
                VisibleText.ofHtml(attack);
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                best = run == 0 || took.compareTo(best) > 0 ? best : took;
            }
            assertThat(best).as("time for %.20s…", attack).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void returnsAnEmptyStringForNothing() {
        assertThat(VisibleText.of(null)).isEmpty();
        assertThat(VisibleText.of("\n \n")).isEmpty();
        assertThat(VisibleText.ofHtml("")).isEmpty();
    }
}
