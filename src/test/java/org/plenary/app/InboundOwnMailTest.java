package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.store.LedgerEntry;

/**
 * Plenary is subscribed to its own list, so the list hands every agenda back to Plenary's mailbox. That copy
 * must be recognised as Plenary's own mail: ignored, with nobody hearing back, or the list would loop.
 */
class InboundOwnMailTest {
    private static final String LIST = "ssr2-review@ssr2.test";
    private TestPlenary app;

    @BeforeEach
    void startTwoDaysBeforeThePlenary() {
        // The plenary of 20 June 13:00 UTC is within the agenda lead (two days), so its agenda goes to the list.
        app = TestPlenary.ssr2().with("plenary.now", "2017-06-18T14:00:00Z").start();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void theAgendaEchoedByTheListIsIgnoredAndAnsweredByNobody() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> agendaOnTheList() != null);
        MimeMessage agenda = agendaOnTheList();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        agenda.writeTo(raw);
        app.deliverRaw(raw.toByteArray());

        assertThat(app.awaitLedgerEntries(1)).extracting(LedgerEntry::outcome).containsExactly("ignored");
        assertThat(app.ledger().get(0).reason()).isEqualTo("Plenary's own mail");
        assertThat(app.outbox()).noneMatch(e -> Set.of("confirmation", "error", "help", "status").contains(e.purpose()));
        await().atMost(Duration.ofSeconds(10)).until(() -> app.seenInPlenaryInbox() == 1);
    }

    private MimeMessage agendaOnTheList() {
        return app.mailbox(LIST).stream().filter(m -> subjectOf(m).toLowerCase().contains("agenda")).findFirst().orElse(null);
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            return "";
        }
    }
}
