package org.plenary.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plenary.intake.MailReader;

/**
 * PRODUCT.md 3.6: only the Authentication-Results the trusted server added count, read as RFC 8601 results, with
 * dkim=pass aligned to the From domain. Each email here is raw mail as the trusted MX ({@code mx.ssr2.test}) hands
 * it over: the server's own headers on top, then the headers the sender wrote; read by the real {@link MailReader}.
 */
class AuthenticityTest {
    private static final String SERVER = "mx.ssr2.test";
    private final Authenticity authenticity = new Authenticity(Trust.AUTHENTICATED, List.of(" MX.ssr2.test ", ""));
    private final MailReader reader = new MailReader();

    @Test
    void aPassFromTheTrustedServerIsBelieved() {
        assertThat(refusal(server(SERVER + "; dkim=pass header.d=ssr2.test"), "amara@ssr2.test", sender())).isEmpty();
        assertThat(refusal(server(SERVER + "; dmarc=pass header.from=ssr2.test"), "amara@ssr2.test", sender())).isEmpty();
    }

    @Test
    void aHeaderTheSenderWroteBelowTheTrustedOneDoesNotCount() {
        String failed = SERVER + "; dkim=fail header.d=ssr2.test; dmarc=fail header.from=ssr2.test";
        String forged = SERVER + "; dkim=pass header.d=ssr2.test; dmarc=pass header.from=ssr2.test";

        assertThat(refusal(server(failed), "amara@ssr2.test", sender(forged))).isPresent();
    }

    @Test
    void aHeaderTheSenderWroteRightBelowTheTrustedOneDoesNotCountForAMethodTheServerReported() {
        // The server's block and the sender's headers touch (a server that inserts below its Received line):
        // the server states each method's verdict once, so a second dkim or dmarc verdict is the sender's.
        String raw = "Received: from mail.evil.example by mx.ssr2.test; Thu, 15 Jun 2017 09:00:00 +0000\r\n"
                + "Authentication-Results: " + SERVER + "; dkim=fail header.d=ssr2.test; dmarc=fail header.from=ssr2.test\r\n"
                + "Authentication-Results: " + SERVER + "; dkim=pass header.d=ssr2.test; dmarc=pass header.from=ssr2.test\r\n"
                + body("amara@ssr2.test", "");

        assertThat(authenticity.refusal(reader.read(bytes(raw)))).isPresent();
    }

    @Test
    void aHeaderTheSenderWroteBelowTheServersDoesNotCountEvenForAMethodTheServerDidNotReport() {
        String forged = SERVER + "; dkim=pass header.d=ssr2.test";

        // (A server that adds no header at all cannot be told from its sender's: trust only an authserv-id whose
        // server stamps every email and removes look-alikes of its stamp, as RFC 8601 section 5 asks of it.)
        assertThat(refusal(server(SERVER + "; spf=pass smtp.mailfrom=ssr2.test"), "amara@ssr2.test", sender(forged))).isPresent();
    }

    @Test
    void separateHeadersTheTrustedServerAddedCountEachForItsOwnMethod() {
        // Postfix with OpenDKIM and OpenDMARC: one header per milter, one above the other.
        String milters = server(SERVER + "; dmarc=none header.from=ssr2.test") + server(SERVER + "; dkim=pass header.d=ssr2.test");

        assertThat(refusal(milters, "amara@ssr2.test", sender())).isEmpty();
    }

    @Test
    void aHeaderFromAnUntrustedServerDoesNotCount() {
        assertThat(refusal(server("mx.evil.example; dkim=pass header.d=ssr2.test; dmarc=pass"), "amara@ssr2.test", sender()))
                .isPresent();
    }

    @Test
    void aTrustedHeaderBelowAnUntrustedOneDoesNotCount() {
        String block = server("mx.evil.example; none") + server(SERVER + "; dkim=pass header.d=ssr2.test");

        assertThat(refusal(block, "amara@ssr2.test", sender())).isPresent();
    }

    @Test
    void dkimPassForTheAttackersOwnDomainDoesNotCount() {
        String own = SERVER + "; dkim=pass header.d=evil.example header.i=@evil.example; dmarc=fail header.from=ssr2.test";

        assertThat(refusal(server(own), "amara@ssr2.test", sender())).isPresent();
    }

    @Test
    void dkimPassForADomainThatOnlyEndsLikeTheFromDomainOrForItsTopLevelDomainDoesNotCount() {
        assertThat(refusal(server(SERVER + "; dkim=pass header.d=evilssr2.test"), "amara@ssr2.test", sender())).isPresent();
        assertThat(refusal(server(SERVER + "; dkim=pass header.d=test"), "amara@ssr2.test", sender())).isPresent();
        assertThat(refusal(server(SERVER + "; dkim=pass header.d=ssr2.test.evil.example"), "amara@ssr2.test", sender()))
                .isPresent();
    }

    @Test
    void dkimPassForTheFromDomainOrAParentOfItCounts() {
        assertThat(refusal(server(SERVER + "; dkim=pass header.d=SSR2.test"), "amara@lists.ssr2.test", sender())).isEmpty();
        assertThat(refusal(server(SERVER + "; dkim=pass header.i=@ssr2.test"), "amara@ssr2.test", sender())).isEmpty();
        assertThat(refusal(server(SERVER + "; dkim=pass header.s=s1"), "amara@ssr2.test", sender()))
                .as("a pass that names no domain").isPresent();
    }

    @Test
    void dmarcPassForAnotherFromDomainDoesNotCount() {
        assertThat(refusal(server(SERVER + "; dmarc=pass header.from=evil.example"), "amara@ssr2.test", sender())).isPresent();
    }

    @Test
    void dkimPassTextInsideAnotherPropertyDoesNotCount() {
        String inProperty = SERVER + "; spf=pass smtp.mailfrom=dkim=pass@evil.example; dkim=none; dmarc=fail";
        String inComment = SERVER + "; dkim=fail (dkim=pass header.d=ssr2.test) header.d=ssr2.test";
        String inQuotes = SERVER + "; spf=pass smtp.mailfrom=\"x;dkim=pass header.d=ssr2.test\"@evil.example";

        for (String header : List.of(inProperty, inComment, inQuotes)) {
            assertThat(refusal(server(header), "amara@ssr2.test", sender())).as(header).isPresent();
        }
    }

    @Test
    void aTrustedHeaderOutsideTheGrammarCountsForNothing() {
        assertThat(refusal(server(SERVER + "; dkim=pass header.d=ssr2.test (unclosed"), "amara@ssr2.test", sender())).isPresent();
    }

    @Test
    void aFromWithTwoAddressesIsNotAuthenticated() {
        String pass = server(SERVER + "; dkim=pass header.d=ssr2.test; dmarc=pass header.from=ssr2.test");

        assertThat(refusal(pass, "amara@ssr2.test, evil@evil.example", sender())).isPresent();
    }

    @Test
    void nothingIsRefusedWhenAuthenticationIsNotRequired() {
        assertThat(Authenticity.NOT_REQUIRED.refusal(reader.read(bytes(body("amara@ssr2.test", ""))))).isEmpty();
    }

    private Optional<String> refusal(String serverHeaders, String from, String senderHeaders) {
        String raw = "Return-Path: <bounce@evil.example>\r\n" + serverHeaders
                + "Received: from mail.evil.example (mail.evil.example [203.0.113.66]) by mx.ssr2.test with ESMTPS;"
                + " Thu, 15 Jun 2017 09:00:00 +0000\r\n"
                + body(from, senderHeaders);
        return authenticity.refusal(reader.read(bytes(raw)));
    }

    private static String server(String value) {
        return "Authentication-Results: " + value + "\r\n";
    }

    /** Headers the sender wrote, between their own Received line and the From. */
    private static String sender(String... authenticationResults) {
        StringBuilder out = new StringBuilder("Received: from [192.0.2.7] by mail.evil.example; Thu, 15 Jun 2017 08:59:58 +0000\r\n");
        for (String value : authenticationResults) {
            out.append("Authentication-Results: ").append(value).append("\r\n");
        }
        return out.toString();
    }

    private static String body(String from, String senderHeaders) {
        return senderHeaders + "From: " + from + "\r\nTo: secretariat@ssr2.test\r\nSubject: cancel\r\n"
                + "Message-ID: <forged@evil.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\n"
                + "CANCEL plenary 4 July: forged\r\n";
    }

    private static byte[] bytes(String raw) {
        return raw.getBytes(StandardCharsets.UTF_8);
    }
}
