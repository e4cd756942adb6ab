package org.plenary.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.app.TestPlenary;
import org.plenary.store.Apology;
import org.plenary.store.LedgerEntry;

/**
 * A poll that finds a backlog applies its emails several to a transaction (issue 11): in the order they came, each
 * seeing what the ones before it wrote, each recorded once, and one that fails is taken back alone and goes the way
 * of any failing email (retried, then moved aside) while the mail around it is applied.
 */
class BacklogTogetherTest {
    private static final String NOOR = "noor@ssr2.test";
    private static final String KAVEH = "kaveh@ssr2.test";
    private static final String ZOE = "zoe@ssr2.test";
    private TestPlenary app;

    @TempDir
    Path templates;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aBacklogIsAppliedInOrderOnceEachAndAFailingEmailAmongItIsTakenBackAlone() throws Exception {
        // Every email that earns a confirmation fails to render it, inside its transaction (MailboxGuardsTest); HELP
        // replies still work.
        Files.writeString(templates.resolve("confirmation-text.ftl"), "<#ftl output_format=\"plainText\">${noSuchValue}\n");
        app = TestPlenary.ssr2().with("plenary.templates", templates.toString());
        // The whole backlog is in the mailbox before Plenary starts, so its first poll finds all of it.
        String first = app.send(KAVEH, TestPlenary.BOT, "Help", "HELP", null);
        byte[] twice = TestPlenary.rawEmail(ZOE, TestPlenary.BOT, "Help", "HELP", "<twice@members.test>", Map.of());
        app.deliverRaw(twice);
        String poison = app.send(NOOR, TestPlenary.BOT, "Apologies", "Apologies for the plenary on 4 July", null);
        app.deliverRaw(twice);
        String last = app.send(KAVEH, TestPlenary.BOT, "Help", "HELP", null);

        app.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> app.mailbox(TestPlenary.BOT, "Plenary-Failed").size() == 1);
        assertThat(app.mailbox(TestPlenary.BOT, "Plenary-Failed").get(0).getMessageID()).isEqualTo(poison);
        await().atMost(Duration.ofSeconds(10)).until(() -> app.seenInPlenaryInbox() == 4);

        Map<String, List<String>> outcomes = app.ledger().stream().collect(Collectors.groupingBy(LedgerEntry::messageId,
                Collectors.mapping(LedgerEntry::outcome, Collectors.toList())));
        assertThat(outcomes.get(first)).containsExactly("applied");
        assertThat(outcomes.get(last)).containsExactly("applied");
        // The second copy saw the first's ledger row, written a moment before in the same transaction.
        assertThat(outcomes.get("<twice@members.test>")).containsExactlyInAnyOrder("applied", "duplicate");
        assertThat(outcomes.get(poison)).containsExactly("failed");
        List<Apology> apologies = app.database().inTransaction(tx -> tx.apologies().ofMeeting("ssr2", "plenary-2017-07-04"));
        assertThat(apologies).as("the failed email changed nothing").isEmpty();
        app.awaitMailboxAndOutbox(2);
        assertThat(app.mailbox(KAVEH)).as("a HELP reply for each of Kaveh's emails").hasSize(2)
                .extracting(MimeMessage::getSubject).allSatisfy(subject -> assertThat(subject).isNotBlank());
        assertThat(app.mailbox(ZOE)).as("one reply for the email sent twice").hasSize(1);
    }
}
