package org.plenary.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.Flags;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.app.TestPlenary;
import org.plenary.store.LedgerEntry;

/**
 * Issue 10: an email whose IMAP envelope the server cannot build (GreenMail fails on a {@code From} with a trailing
 * dot) used to fail the route before anything read it, and was retried on every poll with a stack trace. Now it is
 * recorded as failed with its raw bytes, staff are told and it is moved to the failure folder, like any poison mail,
 * while the mail behind it is applied. The route's first step, which makes that possible by never reading
 * camel-mail's headers, also keeps a sender's headers from steering the consumer.
 */
class PoisonEnvelopeTest {
    @RegisterExtension
    final TestPlenary app = TestPlenary.ssr2();

    @Test
    void aFromWithATrailingDotIsRecordedAsFailedAndMovedAsideOnce() throws Exception {
        app.deliverRaw(poison("noor@ssr2.test.", "<dot1@members.test>"));
        app.deliverRaw(poison("\"Noor\" <noor@ssr2.test.>", "<dot2@members.test>"));
        String behind = app.send("kaveh@ssr2.test", TestPlenary.BOT, "Apologies", "Apologies for the plenary on 4 July", null);

        await().atMost(Duration.ofSeconds(30)).until(() -> folder("Plenary-Failed").size() == 2);
        assertThat(folder("Plenary-Failed")).extracting(MimeMessage::getMessageID)
                .containsExactlyInAnyOrder("<dot1@members.test>", "<dot2@members.test>");
        await().atMost(Duration.ofSeconds(30)).until(() -> folder("INBOX").size() == 1);
        assertThat(folder("INBOX")).extracting(MimeMessage::getMessageID).containsExactly(behind);
        List<LedgerEntry> ledger = app.awaitLedgerEntries(3);
        assertThat(ledger).filteredOn(e -> e.messageId() != null && e.messageId().startsWith("<dot"))
                .hasSize(2).allSatisfy(e -> {
                    assertThat(e.outcome()).isEqualTo("failed");
                    assertThat(e.errorsJson()).contains("envelope");
                    byte[] raw = app.database().inTransaction(tx -> tx.ledger().raw("ssr2", e.emailNo())).orElseThrow();
                    assertThat(new String(raw, StandardCharsets.UTF_8)).contains("Apologies for the plenary on 4 July");
                });
        assertThat(ledger).filteredOn(e -> behind.equals(e.messageId())).extracting(LedgerEntry::outcome)
                .containsExactly("applied");
        List<org.plenary.store.Apology> apologies =
                app.database().inTransaction(tx -> tx.apologies().ofMeeting("ssr2", "plenary-2017-07-04"));
        assertThat(apologies).extracting(org.plenary.store.Apology::email).containsExactly("kaveh@ssr2.test");
        await().atMost(Duration.ofSeconds(15)).until(() -> app.mailbox("larisa@ssr2.test").stream()
                .filter(m -> TestPlenary.textOf(m).contains("failure folder")).count() == 2);
    }

    @Test
    void aSendersHeadersNeverSteerTheMailbox() {
        String raw = "From: noor@ssr2.test\r\nTo: " + TestPlenary.BOT + "\r\nSubject: Apologies\r\n"
                + "Message-ID: <steer@members.test>\r\nmoveTo: Trash\r\ncopyTo: Elsewhere\r\ndelete: true\r\n\r\n"
                + "Apologies for the plenary on 4 July\r\n";
        app.deliverRaw(raw.getBytes(StandardCharsets.UTF_8));
        assertThat(app.awaitLedgerEntries(1)).extracting(LedgerEntry::outcome).containsExactly("applied");
        await().atMost(Duration.ofSeconds(10)).until(() -> app.seenInPlenaryInbox() == 1);
        assertThat(folder("INBOX")).extracting(MimeMessage::getMessageID).containsExactly("<steer@members.test>");
        assertThat(List.of("Trash", "Elsewhere", "Plenary-Failed")).allSatisfy(name -> assertThat(folder(name)).isEmpty());
    }

    /**
     * A folder of the bot as GreenMail holds it, without moved (deleted) messages: read through IMAP, these
     * messages fail for the test's own client as they did for Plenary.
     */
    private List<MimeMessage> folder(String name) {
        GreenMailUser bot = app.greenMail().getUserManager().getUserByEmail(TestPlenary.BOT);
        MailFolder folder = app.greenMail().getManagers().getImapHostManager().getFolder(bot, name);
        if (folder == null) {
            return List.of();
        }
        return folder.getMessages().stream().filter(m -> !m.getFlags().contains(Flags.Flag.DELETED))
                .map(StoredMessage::getMimeMessage).toList();
    }

    private static byte[] poison(String from, String messageId) {
        return ("From: " + from + "\r\nTo: " + TestPlenary.BOT + "\r\nSubject: Apologies\r\nMessage-ID: " + messageId
                + "\r\nDate: Thu, 15 Jun 2017 09:00:00 +0000\r\n\r\nApologies for the plenary on 4 July\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
