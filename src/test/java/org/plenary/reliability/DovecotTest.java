package org.plenary.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.UIDFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.app.TestPlenary;
import org.plenary.store.LedgerEntry;

/**
 * Plenary against a real IMAP server, {@link Dovecot}: GreenMail's leniency cannot hide a protocol mistake here,
 * and IMAP IDLE meets a real server's restart. Skipped where Dovecot is not installed (CI installs dovecot-imapd).
 */
class DovecotTest {
    private static final String BOT = TestPlenary.BOT;

    @TempDir
    Path dir;
    private Dovecot dovecot;
    private TestPlenary app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (dovecot != null) {
            dovecot.close();
        }
    }

    @Test
    void anApologyIsAppliedOnceAndSeenAndAPoisonEmailIsMovedAsideOnDovecot() throws Exception {
        startDovecot();
        // The poison: this deployment's error template cannot render, so an email earning an error reply fails.
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("error-text.ftl"), "<#ftl output_format=\"plainText\">${noSuchValue}\n");
        dovecot.deliver(MailboxGuardsTest.raw("kaveh@ssr2.test", "hello", "Lorem ipsum", Map.of("Message-ID", "<poison@members.test>")));
        dovecot.deliver(MailboxGuardsTest.raw("noor@ssr2.test", "Apologies", "Apologies for the plenary on 4 July",
                Map.of("Message-ID", "<apology@members.test>")));
        Map<String, Long> uidsBefore = uids("INBOX");

        app = TestPlenary.ssr2().with("plenary.templates", templates.toString())
                .with("plenary.imap.url", dovecot.imapUrl())
                .start();

        await().atMost(Duration.ofSeconds(40)).until(() -> uids("Plenary-Failed").containsKey("<poison@members.test>"));
        await().atMost(Duration.ofSeconds(10)).until(() -> seen().getOrDefault("<apology@members.test>", false));
        assertThat(uids("INBOX")).containsOnlyKeys("<apology@members.test>")
                .containsEntry("<apology@members.test>", uidsBefore.get("<apology@members.test>"));
        List<LedgerEntry> ledger = app.database().inTransaction(tx -> tx.ledger().recent("ssr2", 100));
        Map<String, String> outcomes = new LinkedHashMap<>();
        ledger.forEach(e -> outcomes.merge(e.messageId(), e.outcome(), (a, b) -> a + "," + b));
        assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of(
                "<apology@members.test>", "applied", "<poison@members.test>", "failed"));
        List<org.plenary.store.Apology> apologies = app.database().inTransaction(
                tx -> tx.apologies().ofMeeting("ssr2", "plenary-2017-07-04"));
        assertThat(apologies).extracting(org.plenary.store.Apology::email).containsExactly("noor@ssr2.test");
        // A few more polls change nothing: no second application, no second move.
        app.awaitMailboxPolls(3);
        List<LedgerEntry> later = app.database().inTransaction(tx -> tx.ledger().recent("ssr2", 100));
        assertThat(later).hasSize(2);
    }

    @Test
    void imapIdleBringsAReplyLongBeforeTheNextPollAndComesBackAfterTheServerRestarts() throws Exception {
        startDovecot();
        // Ten minutes between polls: only IDLE can explain a reply within seconds.
        app = TestPlenary.ssr2().with("plenary.poll.delay", "10m").with("plenary.imap.url", dovecot.imapUrl()).start();
        awaitIdle(true);

        dovecot.deliver(MailboxGuardsTest.raw("noor@ssr2.test", "Apologies", "Apologies for the plenary on 4 July",
                Map.of("Message-ID", "<idle-1@members.test>")));
        awaitReplyTo("noor@ssr2.test", "<idle-1@members.test>");

        dovecot.restart();
        awaitIdle(false);
        awaitIdle(true);
        dovecot.deliver(MailboxGuardsTest.raw("kaveh@ssr2.test", "Apologies", "Apologies for the plenary on 4 July",
                Map.of("Message-ID", "<idle-2@members.test>")));
        awaitReplyTo("kaveh@ssr2.test", "<idle-2@members.test>");
        List<org.plenary.store.Apology> apologies = app.database().inTransaction(
                tx -> tx.apologies().ofMeeting("ssr2", "plenary-2017-07-04"));
        assertThat(apologies).extracting(org.plenary.store.Apology::email)
                .containsExactlyInAnyOrder("noor@ssr2.test", "kaveh@ssr2.test");
    }

    private void awaitIdle(boolean connected) {
        await().atMost(Duration.ofSeconds(30)).until(() -> Http.get(app.httpBase() + "/metrics")
                .contains("plenary_imap_idle_connected " + (connected ? "1.0" : "0.0")));
    }

    private void awaitReplyTo(String address, String messageId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> app.mailbox(address).stream().anyMatch(m -> {
            try {
                String[] inReplyTo = m.getHeader("In-Reply-To");
                return inReplyTo != null && inReplyTo[0].contains(messageId);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }));
    }

    private void startDovecot() throws Exception {
        Assumptions.assumeTrue(Dovecot.installed(), "Dovecot is not installed");
        dovecot = Dovecot.start(dir, BOT);
    }

    private Map<String, Long> uids(String folderName) throws Exception {
        Map<String, Long> out = new LinkedHashMap<>();
        dovecot.withFolder(folderName, Folder.READ_ONLY, folder -> {
            for (Message m : folder.getMessages()) {
                out.put(m.getHeader("Message-ID")[0], ((UIDFolder) folder).getUID(m));
            }
        });
        return out;
    }

    private Map<String, Boolean> seen() throws Exception {
        Map<String, Boolean> out = new LinkedHashMap<>();
        dovecot.withFolder("INBOX", Folder.READ_ONLY, folder -> {
            for (Message m : folder.getMessages()) {
                out.put(m.getHeader("Message-ID")[0], m.isSet(Flags.Flag.SEEN));
            }
        });
        return out;
    }
}
