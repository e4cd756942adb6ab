package org.plenary.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.app.TestPlenary;
import org.plenary.store.Apology;
import org.plenary.store.LedgerEntry;

/**
 * PRODUCT.md 3.6 through the real app, with authentication required: an Authentication-Results header the sender
 * wrote below the trusted server's is refused, whether other headers stand between them or not, while the
 * server's own pass is applied.
 */
class ForgedAuthenticationTest {
    private static final String SERVER_FAIL = "mx.ssr2.test; dkim=fail header.d=ssr2.test; dmarc=fail header.from=ssr2.test";
    private static final String PASS = "mx.ssr2.test; dkim=pass header.d=ssr2.test; dmarc=pass header.from=ssr2.test";
    private TestPlenary app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aHeaderTheSenderWroteBelowTheTrustedOneIsRefused() {
        app = TestPlenary.ssr2().with("plenary.require.authentication", "true")
                .with("plenary.trusted.authserv", "mx.ssr2.test").start();
        String genuine = "<" + UUID.randomUUID() + "@members.test>";
        String forgedBelowReceived = "<" + UUID.randomUUID() + "@members.test>";
        String forgedRightBelow = "<" + UUID.randomUUID() + "@members.test>";
        app.deliverRaw(email("zoe@ssr2.test", genuine, "Authentication-Results: " + PASS + "\r\n" + received(), ""));
        app.deliverRaw(email("noor@ssr2.test", forgedBelowReceived,
                "Authentication-Results: " + SERVER_FAIL + "\r\n" + received(),
                "Received: from [192.0.2.7] by mail.evil.example\r\nAuthentication-Results: " + PASS + "\r\n"));
        app.deliverRaw(email("kaveh@ssr2.test", forgedRightBelow, received(),
                "Authentication-Results: " + SERVER_FAIL + "\r\nAuthentication-Results: " + PASS + "\r\n"));

        Map<String, String> outcomes = app.awaitLedgerEntries(3).stream()
                .collect(Collectors.toMap(LedgerEntry::messageId, LedgerEntry::outcome));
        assertThat(outcomes).containsEntry(genuine, "applied").containsEntry(forgedBelowReceived, "rejected")
                .containsEntry(forgedRightBelow, "rejected");
        List<Apology> apologies = app.database().inTransaction(tx -> tx.apologies().ofMeeting("ssr2", "plenary-2017-07-04"));
        assertThat(apologies).extracting(Apology::email).containsExactly("zoe@ssr2.test");
    }

    private static String received() {
        return "Received: from mail.evil.example (mail.evil.example [203.0.113.66]) by mx.ssr2.test with ESMTPS;"
                + " Thu, 15 Jun 2017 09:00:00 +0000\r\n";
    }

    /** As the trusted MX hands it over: its own headers on top, then the ones the sender wrote. */
    private static byte[] email(String from, String messageId, String serverHeaders, String senderHeaders) {
        return (serverHeaders + senderHeaders + "From: " + from + "\r\nTo: " + TestPlenary.BOT + "\r\nSubject: Apologies\r\n"
                + "Message-ID: " + messageId + "\r\nDate: Thu, 15 Jun 2017 09:00:00 +0000\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nApologies for the plenary on 4 July\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
