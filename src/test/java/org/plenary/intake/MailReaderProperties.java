package org.plenary.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Random and mutated MIME never makes {@link MailReader#read} throw, and never makes it slow. */
class MailReaderProperties {

    private static final List<String> FIXTURES = List.of("gmail-reply-above-quote.eml", "apple-mail-reply.eml",
            "exchange-decline-with-calendar.eml", "calendar-attachment-quoted-printable.eml", "postfix-bounce.eml",
            "outlook-html-divRplyFwdMsg.eml", "french-le-a-ecrit.eml", "format-flowed.eml", "rfc2047-subject.eml");
    private static final List<String> HEADER_NAMES = List.of("From", "To", "Cc", "Subject", "Date", "Message-ID",
            "In-Reply-To", "References", "Return-Path", "Content-Type", "Content-Transfer-Encoding",
            "Content-Disposition", "Auto-Submitted", "Precedence", "List-Id", "X-Plenary-Ref", "MIME-Version");
    private static final Duration PATIENCE = Duration.ofSeconds(3);

    private final MailReader reader = new MailReader();

    @Property(tries = 300)
    void randomBytesNeverMakeReadThrow(@ForAll @Size(max = 4000) byte[] raw) {
        assertReadsQuickly(raw);
    }

    @Property(tries = 200)
    void truncatedMessagesAreReadAsFarAsTheyGo(@ForAll("fixture") String fixture, @ForAll @IntRange(max = 10_000) int cut) {
        byte[] raw = Fixtures.bytes(fixture);
        assertReadsQuickly(Arrays.copyOf(raw, Math.min(cut, raw.length)));
    }

    @Property(tries = 300)
    void shuffledAndMutatedLinesNeverMakeReadThrow(@ForAll("fixture") String fixture, @ForAll long seed) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>(Arrays.asList(
                new String(Fixtures.bytes(fixture), StandardCharsets.ISO_8859_1).split("\n", -1)));
        switch (random.nextInt(4)) {
            case 0 -> Collections.shuffle(lines, random);
            case 1 -> lines.removeIf(line -> line.startsWith("--") && random.nextBoolean()); // lose boundaries
            case 2 -> lines.add(random.nextInt(lines.size()), lines.get(random.nextInt(lines.size()))); // repeat one
            default -> lines.set(random.nextInt(lines.size()), randomLine(random));
        }
        assertReadsQuickly(String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1));
    }

    @Property(tries = 300)
    void randomHeadersNeverMakeReadThrow(@ForAll("headers") List<String> headers, @ForAll String body) {
        String mail = String.join("\n", headers) + "\n\n" + body;
        InboundEmail email = assertReadsQuickly(mail.getBytes(StandardCharsets.UTF_8));

        assertThat(email.subject()).hasSizeLessThanOrEqualTo(998).doesNotContain("\u0000", "\n", "\r");
    }

    @Provide
    Arbitrary<String> fixture() {
        return Arbitraries.of(FIXTURES);
    }

    @Provide
    Arbitrary<List<String>> headers() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.of("<>", "multipart/mixed; boundary=", "multipart/report", "text/plain; charset=\"",
                        "=?UTF-8?B?!!!?=", "=?x?Q?a=ZZ?=", "\"unclosed <a@b", "<a@b> <c@d", "base64", "auto-replied",
                        "text/calendar; method=REPLY", "\u0000\u0001", "a\n b\n\tc"));
        Arbitrary<String> header = Combinators.combine(Arbitraries.of(HEADER_NAMES), value)
                .as((name, text) -> name + ": " + text);
        return header.list().ofMaxSize(12);
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
