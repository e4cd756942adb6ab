package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.store.Apology;
import org.plenary.store.LedgerEntry;

/**
 * A deployment that requires authentication, and a list that breaks the sender's DKIM signature (subject tag,
 * footer): the list's copy is refused, and must not stop the authenticated direct copy from being applied.
 */
class InboundAuthenticatedOnceTest {
    private static final String NOOR = "noor@ssr2.test";
    private static final String LIST = "ssr2-review@ssr2.test";
    private TestPlenary app;

    @BeforeEach
    void start() {
        app = TestPlenary.ssr2().with("plenary.require.authentication", "true")
                .with("plenary.trusted.authserv", "mx.ssr2.test").start();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void theListsUnauthenticatedCopyArrivingFirstDoesNotSwallowTheAuthenticatedDirectCopy() {
        String messageId = InboundOnceTest.newMessageId();
        app.deliverRaw(TestPlenary.rawEmail(NOOR, LIST, "[ssr2-review] Tuesday 4 July", InboundOnceTest.APOLOGY, messageId,
                Map.of("Cc", TestPlenary.BOT, "List-Id", "<ssr2-review.ssr2.test>",
                        "Authentication-Results", "mx.ssr2.test; dkim=fail header.d=ssr2.test; spf=fail")));
        app.awaitLedger(1);
        app.deliverRaw(TestPlenary.rawEmail(NOOR, LIST, "Tuesday 4 July", InboundOnceTest.APOLOGY, messageId,
                Map.of("Cc", TestPlenary.BOT, "Authentication-Results", "mx.ssr2.test; dkim=pass header.d=ssr2.test")));

        List<LedgerEntry> ledger = app.awaitLedgerEntries(2);
        // The unauthenticated copy is refused (rejected) without claiming the email: the good copy still applies.
        assertThat(ledger).extracting(LedgerEntry::outcome).containsExactly("rejected", "applied");
        List<Apology> apologies = app.database().inTransaction(tx -> tx.apologies().ofMeeting("ssr2", "plenary-2017-07-04"));
        assertThat(apologies).extracting(Apology::email).containsExactly(NOOR);
        assertThat(app.outboxTo(NOOR)).extracting(e -> e.purpose()).containsExactly("confirmation");
    }
}
