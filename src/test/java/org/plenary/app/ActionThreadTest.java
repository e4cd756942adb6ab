package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.group.ActionStatus;

class ActionThreadTest {
    @RegisterExtension
    final TestPlenary app = TestPlenary.ssr2();

    @Test
    void aBareDoneInReplyToAConfirmationAboutAnActionClosesThatAction() throws Exception {
        app.send("larisa@ssr2.test", "scope of work", "A2: in progress - language with RT for review");
        // Larisa is staff: the coordination call's agenda reaches her too, so pick the reply by its thread.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> confirmationTo().isPresent());
        MimeMessage confirmation = confirmationTo().orElseThrow();
        assertThat(confirmation.getSubject()).contains("[SSR2 A2]");

        app.send("larisa@ssr2.test", TestPlenary.BOT, "Re: " + confirmation.getSubject(), "done\n\n> A2 is now in progress",
                Map.of("In-Reply-To", confirmation.getMessageID()));
        app.awaitLedger(2);

        assertThat(app.database().inTransaction(tx -> tx.actions().find("ssr2", "A2")).orElseThrow().status())
                .isEqualTo(ActionStatus.DONE);
    }

    private java.util.Optional<MimeMessage> confirmationTo() {
        return app.mailbox("larisa@ssr2.test").stream().filter(m -> {
            try {
                return m.getHeader("In-Reply-To") != null;
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).findFirst();
    }
}
