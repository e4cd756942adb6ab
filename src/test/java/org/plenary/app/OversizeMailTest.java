package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OversizeMailTest {
    @RegisterExtension
    final TestPlenary app = TestPlenary.ssr2().with("plenary.mail.max.bytes", String.valueOf(4 * 1024 * 1024));

    @Test
    void anEmailOverTheLimitKeepsItsHeadersAndTheFirstMegabyteOfItsBody() {
        String body = "Apologies for the plenary on 4 July\n" + "x".repeat(76).concat("\n").repeat(6 * 1024 * 1024 / 77);
        app.deliverRaw(TestPlenary.rawEmail("noor@ssr2.test", TestPlenary.BOT, "Apologies", body, "<oversize@mail.test>", null));
        app.awaitLedger(1);

        long emailNo = app.ledger().get(0).emailNo();
        byte[] raw = app.database().inTransaction(tx -> tx.ledger().raw("ssr2", emailNo)).orElseThrow();
        // Half of the 4 MB limit would be 2 MB: the body kept is bounded by a megabyte whatever the limit.
        assertThat(raw.length).isBetween(1024 * 1024, 1024 * 1024 + 64 * 1024);
        assertThat(new String(raw, 0, 2000, StandardCharsets.ISO_8859_1)).contains("Message-ID: <oversize@mail.test>")
                .contains("Apologies for the plenary on 4 July");
    }
}
