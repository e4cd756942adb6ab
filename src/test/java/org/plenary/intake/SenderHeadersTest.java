package org.plenary.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the reader keeps of the headers that say who an email is from (PRODUCT.md 3.6). */
class SenderHeadersTest {
    private static final String REST = "To: secretariat@ssr2.test\r\nSubject: x\r\n\r\nA7 done\r\n";
    private final MailReader reader = new MailReader();

    @Test
    void theSenderIsTheOnlyAddressOfTheFromHeader() {
        InboundEmail email = read("From: Noor <Noor@SSR2.test>\r\n" + REST);

        assertThat(email.sender()).isEqualTo("noor@ssr2.test");
        assertThat(email.fromAddresses()).containsExactly("noor@ssr2.test");
    }

    @Test
    void aFromWithTwoAddressesIsNobodyThoughTheFirstIsStillShown() {
        InboundEmail email = read("From: Amara <amara@ssr2.test>, <mallory@evil.example>\r\n" + REST);

        assertThat(email.sender()).isNull();
        assertThat(email.from()).isEqualTo("amara@ssr2.test");
        assertThat(email.fromAddresses()).containsExactly("amara@ssr2.test", "mallory@evil.example");
        assertThat(email.problems()).anyMatch(p -> p.startsWith("From header holds 2 addresses"));
    }

    @Test
    void aFromWithoutAnAddressIsNobody() {
        assertThat(read("Subject: none\r\n\r\nhi\r\n").sender()).isNull();
    }

    @Test
    void addressesLowerTheirAsciiLettersOnly() {
        InboundEmail email = read("From: <\u212Aaveh@SSR2.test>\r\nCc: \u212Aaveh@ssr2.test\r\n"
                + "Return-Path: <\u212Aaveh@ssr2.test>\r\n" + REST);

        assertThat(email.sender()).isEqualTo("\u212Aaveh@ssr2.test");
        assertThat(email.cc()).containsExactly("\u212Aaveh@ssr2.test");
        assertThat(email.returnPath()).isEqualTo("\u212Aaveh@ssr2.test");
    }

    @Test
    void keepsOnlyTheTopmostRunOfAuthenticationResultsTopFirst() {
        InboundEmail email = read("Return-Path: <noor@ssr2.test>\r\n"
                + "Authentication-Results: mx.ssr2.test; dmarc=pass\r\n"
                + "Authentication-Results: mx.ssr2.test;\r\n\tdkim=pass header.d=ssr2.test\r\n"
                + "Received: from mail.ssr2.test by mx.ssr2.test\r\n"
                + "Authentication-Results: mx.ssr2.test; spf=pass\r\n"
                + "From: noor@ssr2.test\r\n" + REST);

        assertThat(email.authenticationResults())
                .containsExactly("mx.ssr2.test; dmarc=pass", "mx.ssr2.test; dkim=pass header.d=ssr2.test");
    }

    @Test
    void anOverLongAuthenticationResultsEndsTheRunRatherThanBeingCut() {
        String padding = "x".repeat(MailHeaders.MAX_TRACE_FIELD_CHARS);
        InboundEmail email = read("Authentication-Results: mx.ssr2.test; spf=pass\r\n"
                + "Authentication-Results: mx.ssr2.test; spf=pass smtp.helo=" + padding + " dkim=pass header.d=evil.example\r\n"
                + "Authentication-Results: mx.ssr2.test; dkim=pass header.d=ssr2.test\r\n"
                + "From: noor@ssr2.test\r\n" + REST);

        assertThat(email.authenticationResults()).containsExactly("mx.ssr2.test; spf=pass");
        assertThat(email.problems()).anyMatch(p -> p.startsWith("Authentication-Results header of"));
    }

    private InboundEmail read(String raw) {
        return reader.read(raw.getBytes(StandardCharsets.UTF_8));
    }
}
