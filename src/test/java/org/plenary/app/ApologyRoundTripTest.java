package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.store.Apology;

class ApologyRoundTripTest {
    @RegisterExtension
    final TestPlenary app = TestPlenary.ssr2();

    @Test
    void anApologyIsStoredMarkedSeenAndConfirmedInThread() throws Exception {
        String messageId = app.send("noor@ssr2.test", TestPlenary.BOT, "Tuesday 4 July",
                "Apologies for the plenary call on Tuesday 4 July, travelling.\n\nNoor\n", null);

        app.awaitLedger(1);
        List<Apology> apologies = app.database().inTransaction(tx -> tx.apologies().ofMeeting("ssr2", "plenary-2017-07-04"));
        assertThat(apologies).extracting(Apology::email).containsExactly("noor@ssr2.test");
        assertThat(apologies.get(0).reason()).isEqualTo("travelling");

        List<MimeMessage> replies = app.awaitMail("noor@ssr2.test", 1);
        MimeMessage confirmation = replies.get(0);
        assertThat(confirmation.getHeader("In-Reply-To", null)).isEqualTo(messageId);
        assertThat(confirmation.getHeader("References", null)).contains(messageId);
        assertThat(confirmation.getSubject()).startsWith("Re:").contains("[SSR2]");
        assertThat(confirmation.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat(TestPlenary.textOf(confirmation)).contains("Apologies recorded", "plenary-2017-07-04");
        assertThat(app.seenInPlenaryInbox()).isEqualTo(1);
    }
}
