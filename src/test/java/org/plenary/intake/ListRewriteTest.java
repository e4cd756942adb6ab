package org.plenary.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A list's DMARC From rewrite: the email is the writer's, and the list's authentication vouches for nobody. */
class ListRewriteTest {
    private static final String REST = "To: ssr2-review@ssr2.test\r\nSubject: Apologies\r\n\r\nApologies for 4 July\r\n";
    private static final String PASS = "Authentication-Results: mx.ssr2.test; dkim=pass header.d=ssr2.test; dmarc=pass\r\n";
    private final MailReader reader = new MailReader();

    @Test
    void aGoogleGroupsRewriteIsTheWritersEmailButNotAuthenticated() {
        InboundEmail email = read(PASS + "From: 'Noor Haddad' via SSR2 Review <ssr2-review@ssr2.test>\r\n"
                + "X-Original-From: Noor Haddad <Noor@ssr2.test>\r\n" + REST);

        assertThat(email.sender()).isEqualTo("noor@ssr2.test");
        assertThat(email.authenticationResults()).isEmpty();
    }

    @Test
    void aMailmanRewriteNamesTheWriterInReplyTo() {
        InboundEmail email = read("From: Kaveh Rostami via ssr2-review <ssr2-review@ssr2.test>\r\n"
                + "Reply-To: Kaveh Rostami <kaveh@ssr2.test>\r\n" + REST);

        assertThat(email.sender()).isEqualTo("kaveh@ssr2.test");
    }

    @Test
    void anOrdinaryReplyToNeverChangesTheSender() {
        InboundEmail email = read(PASS + "From: Noor Haddad <noor@ssr2.test>\r\nReply-To: assistant@elsewhere.test\r\n" + REST);

        assertThat(email.sender()).isEqualTo("noor@ssr2.test");
        assertThat(email.authenticationResults()).isNotEmpty();
    }

    private InboundEmail read(String raw) {
        return reader.read(raw.getBytes(StandardCharsets.UTF_8));
    }
}
