package org.plenary.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.plenary.trials.Draw;
import org.plenary.trials.Trials;

/** Random and mutated MIME never makes {@link MailReader#read} throw, and never makes it slow. */
class MailReaderProperties {

    private static final List<String> FIXTURES = List.of("gmail-reply-above-quote.eml", "apple-mail-reply.eml",
            "exchange-decline-with-calendar.eml", "calendar-attachment-quoted-printable.eml", "postfix-bounce.eml",
            "outlook-html-divRplyFwdMsg.eml", "french-le-a-ecrit.eml", "format-flowed.eml", "rfc2047-subject.eml");
    private static final List<String> HEADER_NAMES = List.of("From", "To", "Cc", "Subject", "Date", "Message-ID",
            "In-Reply-To", "References", "Return-Path", "Content-Type", "Content-Transfer-Encoding",
            "Content-Disposition", "Auto-Submitted", "Precedence", "List-Id", "X-Plenary-Ref", "MIME-Version");
    private static final List<String> AWKWARD_VALUES = List.of("<>", "multipart/mixed; boundary=", "multipart/report",
            "text/plain; charset=\"", "=?UTF-8?B?!!!?=", "=?x?Q?a=ZZ?=", "\"unclosed <a@b", "<a@b> <c@d", "base64",
            "auto-replied", "text/calendar; method=REPLY", "\u0000\u0001", "a\n b\n\tc");
    private static final Duration PATIENCE = Duration.ofSeconds(3);

    private final MailReader reader = new MailReader();

    @Test
    void randomBytesNeverMakeReadThrow() {
        Trials.check(11, 300, draw -> assertReadsQuickly(draw.bytes(4000)));
    }

    @Test
    void truncatedMessagesAreReadAsFarAsTheyGo() {
        Trials.check(12, 200, draw -> {
            byte[] raw = Fixtures.bytes(draw.oneOf(FIXTURES));
            int cut = draw.between(0, 10_000);
            assertReadsQuickly(Arrays.copyOf(raw, Math.min(cut, raw.length)));
        });
    }

    @Test
    void shuffledAndMutatedLinesNeverMakeReadThrow() {
        Trials.check(13, 300, draw -> {
            String fixture = draw.oneOf(FIXTURES);
            Random random = draw.random();
            List<String> lines = new ArrayList<>(Arrays.asList(
                    new String(Fixtures.bytes(fixture), StandardCharsets.ISO_8859_1).split("\n", -1)));
            switch (random.nextInt(4)) {
                case 0 -> Collections.shuffle(lines, random);
                case 1 -> lines.removeIf(line -> line.startsWith("--") && random.nextBoolean()); // lose boundaries
                case 2 -> lines.add(random.nextInt(lines.size()), lines.get(random.nextInt(lines.size()))); // repeat one
                default -> lines.set(random.nextInt(lines.size()), randomLine(random));
            }
            assertReadsQuickly(String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1));
        });
    }

    @Test
    void randomHeadersNeverMakeReadThrow() {
        Trials.check(14, 300, draw -> {
            String mail = String.join("\n", headers(draw)) + "\n\n" + draw.anyString(255);
            InboundEmail email = assertReadsQuickly(mail.getBytes(StandardCharsets.UTF_8));

            assertThat(email.subject()).hasSizeLessThanOrEqualTo(998).doesNotContain("\u0000", "\n", "\r");
        });
    }

    /** Up to twelve known header names, each with random text or a value known to trouble parsers. */
    private static List<String> headers(Draw draw) {
        return draw.list(0, 12, () -> draw.oneOf(HEADER_NAMES) + ": " + (draw.bool() ? draw.anyString(200)
                : draw.oneOf(AWKWARD_VALUES)));
    }

    private static String randomLine(Random random) {
        byte[] bytes = new byte[random.nextInt(200)];
        random.nextBytes(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private InboundEmail assertReadsQuickly(byte[] raw) {
        long start = System.nanoTime();
        InboundEmail email = reader.read(raw);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PATIENCE);
        assertThat(email).isNotNull();
        assertThat(email.digest()).hasSize(64);
        assertThat(email.problems()).isNotNull();
        return email;
    }
}
