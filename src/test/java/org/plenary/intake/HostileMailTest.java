package org.plenary.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Mail built to hurt the reader: each one must come back as an email with problems, never an exception. */
class HostileMailTest {

    private static final String HEADERS = """
            From: Noor Haddad <noor@ssr2.test>
            To: secretariat@ssr2.test
            Message-ID: <hostile@ssr2.test>
            MIME-Version: 1.0
            """;

    private final MailReader reader = new MailReader();

    @Test
    @Timeout(10)
    void stopsAtTheDepthLimitOf150NestedMultiparts() {
        StringBuilder mail = new StringBuilder(HEADERS + "Subject: deep\n");
        for (int level = 0; level < 150; level++) {
            mail.append("Content-Type: multipart/mixed; boundary=\"b").append(level).append("\"\n\n--b")
                    .append(level).append('\n');
        }
        mail.append("Content-Type: text/plain\n\nA7 done\n");
        for (int level = 149; level >= 0; level--) {
            mail.append("--b").append(level).append("--\n");
        }

        InboundEmail email = read(mail.toString());

        assertThat(email.subject()).isEqualTo("deep");
        assertThat(email.problems()).anyMatch(p -> p.contains("nesting deeper than 50"));
    }

    @Test
    void cutsA200KilobyteSubject() {
        InboundEmail email = read(HEADERS + "Subject: " + "Apologies ".repeat(20_000) + "\n\nA7 done\n");

        assertThat(email.subject()).hasSizeLessThanOrEqualTo(998).startsWith("Apologies Apologies");
        assertThat(email.problems()).anyMatch(p -> p.startsWith("header line of"));
        assertThat(email.visibleText()).isEqualTo("A7 done");
    }

    @Test
    void removesNulBytesAndControlCharacters() {
        InboundEmail email = read(HEADERS + "Subject: A7\u0000 done\u001b[31m\n\nA7\u0000 done\n");

        assertThat(email.subject()).isEqualTo("A7 done[31m");
        assertThat(email.text()).isEqualTo("A7 done\n");
    }

    @Test
    void readsAnUnknownCharsetAsUtf8AndSaysSo() {
        InboundEmail email = read(HEADERS + "Subject: x\nContent-Type: text/plain; charset=x-klingon\n\nA7 d\u00f6ne\n");

        assertThat(email.text()).isEqualTo("A7 d\u00f6ne\n");
        assertThat(email.problems()).anyMatch(p -> p.contains("unknown charset x-klingon"));
    }

    @Test
    void fallsBackToLatin1WhenAnUnknownCharsetIsNotUtf8() {
        byte[] head = (HEADERS + "Subject: x\nContent-Type: text/plain; charset=\"bogus\"\n\nd").getBytes(StandardCharsets.US_ASCII);
        byte[] raw = new byte[head.length + 2];
        System.arraycopy(head, 0, raw, 0, head.length);
        raw[head.length] = (byte) 0xe9; // é in Latin-1, invalid alone in UTF-8
        raw[head.length + 1] = '\n';

        assertThat(reader.read(raw).text()).isEqualTo("d\u00e9\n");
    }

    @Test
    void truncatesATenMegabyteBody() {
        InboundEmail email = read(HEADERS + "Subject: big\n\nA7 done\n" + "x".repeat(10 * 1024 * 1024));

        assertThat(email.text()).hasSize(1024 * 1024).startsWith("A7 done");
        assertThat(email.problems()).anyMatch(p -> p.contains("truncated to 1048576 characters"));
    }

    @Test
    @Timeout(20)
    void neverDecodesATwentyFiveMegabyteAttachment() {
        String attachment = "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB\n"
                .repeat(25 * 1024 * 1024 / 77);
        InboundEmail email = read(HEADERS + """
                Subject: minutes
                Content-Type: multipart/mixed; boundary="m"

                --m
                Content-Type: text/plain

                Minutes attached. A7 done
                --m
                Content-Type: application/pdf; name="minutes.pdf"
                Content-Disposition: attachment; filename="minutes.pdf"
                Content-Transfer-Encoding: base64

                """ + attachment + "--m--\n");

        assertThat(email.visibleText()).isEqualTo("Minutes attached. A7 done");
        assertThat(email.problems()).isEmpty();
    }

    @Test
    void readsTheTextOfAMultipartWhoseBoundaryIsMissing() {
        InboundEmail email = read(HEADERS + "Subject: x\nContent-Type: multipart/mixed; boundary=\"gone\"\n\nA7 done\n");

        assertThat(email.visibleText()).isEqualTo("A7 done");
        assertThat(email.problems()).anyMatch(p -> p.startsWith("broken multipart"));
    }

    @Test
    void readsOnlyTheFirstBytesOfAMessageOverTheRawLimit() {
        MailReader small = new MailReader(new MailLimits(200, 1000, 5, 100));

        InboundEmail email = small.read((HEADERS + "Subject: x\n\nA7 done\n" + "y".repeat(500)).getBytes(StandardCharsets.UTF_8));

        assertThat(email.text()).startsWith("A7 done");
        assertThat(email.problems()).anyMatch(p -> p.contains("only the first 200 read"));
    }

    @Test
    void returnsAnEmptyEmailForNoBytesAtAll() {
        assertThatCode(() -> reader.read(new byte[0])).doesNotThrowAnyException();
        assertThat(reader.read(null).digest()).hasSize(64);
    }

    @Test
    void forgedControlHeadersDoNotConfuseTheAddressParser() {
        InboundEmail email = read("From: \"Evil\" <evil@x.test>, <second@x.test>\nTo: ,,,<\nSubject: =?x-bad?Q?oops?=\n\nhi\n");

        assertThat(email.from()).isEqualTo("evil@x.test");
        assertThat(email.subject()).isNotNull();
    }

    private InboundEmail read(String mail) {
        long start = System.nanoTime();
        InboundEmail email = reader.read(mail.getBytes(StandardCharsets.UTF_8));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        return email;
    }

    @Test
    void namesAnUnreadableDate() {
        InboundEmail email = read(HEADERS + "Subject: x\nDate: the day after tomorrow\n\nA7 done\n");

        assertThat(email.date()).isNull();
        assertThat(email.problems()).contains("Date header not readable");
    }

    @Test
    void readsAnEncodedSubjectInAnUnknownCharsetAsUtf8() {
        InboundEmail email = read(HEADERS + "Subject: =?x-unknown?Q?Apologies_=E2=80=93_4_July?=\n\nA7 done\n");

        assertThat(email.subject()).isEqualTo("Apologies – 4 July");
    }

    @Test
    void isSafeToShareBetweenThreads() {
        byte[] raw = Fixtures.bytes("gmail-reply-above-quote.eml");
        String expected = reader.read(raw).visibleText();

        assertThat(java.util.stream.IntStream.range(0, 200).parallel().mapToObj(i -> reader.read(raw).visibleText()))
                .allMatch(expected::equals);
    }

    @Test
    void keepsAtMostTwentyCalendars() {
        StringBuilder mail = new StringBuilder(HEADERS + "Subject: x\nContent-Type: multipart/mixed; boundary=\"c\"\n\n");
        for (int i = 0; i < 30; i++) {
            mail.append("--c\nContent-Type: text/calendar\n\nBEGIN:VCALENDAR\nEND:VCALENDAR\n");
        }
        mail.append("--c--\n");

        InboundEmail email = read(mail.toString());

        assertThat(email.calendars()).hasSize(20);
        assertThat(email.problems()).containsOnlyOnce("more than 20 calendar parts; the rest were not read");
    }

    @Test
    void cutsA200KilobyteSubjectFoldedIntoShortLines() {
        InboundEmail email = read(HEADERS + "Subject: " + "=?UTF-8?Q?Apologies?=\n ".repeat(10_000) + "end\n\nA7 done\n");

        assertThat(email.subject()).hasSizeGreaterThan(900).hasSizeLessThanOrEqualTo(998).startsWith("ApologiesApologies");
        assertThat(email.visibleText()).isEqualTo("A7 done");
    }
}
