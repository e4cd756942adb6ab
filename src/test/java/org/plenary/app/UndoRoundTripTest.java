package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * UNDO through the running application, as the acceptance check does it: a member's own apology is confirmed by
 * email, the member answers the confirmation with "UNDO", and the apology is gone from the API.
 */
class UndoRoundTripTest {
    private static final String MEETING = "plenary-2017-07-04";

    @RegisterExtension
    final TestPlenary app = TestPlenary.ssr2();

    @Test
    void undoInReplyToAConfirmationTakesTheApologyBack() throws Exception {
        String apology = app.send("noor@ssr2.test", TestPlenary.BOT, "4 July", "Apologies for the plenary on 4 July\n",
                null);
        await().atMost(Duration.ofSeconds(30)).until(() -> apologists().contains("noor@ssr2.test"));
        MimeMessage confirmation = app.awaitMail("noor@ssr2.test", 1).get(0);
        assertThat(TestPlenary.textOf(confirmation)).contains("Reply UNDO within 7 days");
        String confirmationId = confirmation.getHeader("Message-ID", null);

        String undo = app.send("noor@ssr2.test", TestPlenary.BOT, "Re: " + confirmation.getSubject(), "UNDO\n",
                Map.of("In-Reply-To", confirmationId, "References", apology + " " + confirmationId));

        await().atMost(Duration.ofSeconds(30)).until(() -> !apologists().contains("noor@ssr2.test"));
        MimeMessage undone = app.awaitMail("noor@ssr2.test", 2).get(1);
        assertThat(undone.getHeader("In-Reply-To", null)).isEqualTo(undo);
        assertThat(TestPlenary.textOf(undone)).contains("Undone: Apologies recorded", MEETING);
    }

    private List<String> apologists() {
        List<String> emails = new ArrayList<>();
        for (JsonNode apology : app.getJson("/api/meetings/" + MEETING).path("apologies")) {
            emails.add(apology.path("email").asText());
        }
        return emails;
    }
}
