package org.plenary.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The keys bean reads a poll's small messages whole, together and as the server holds them; a large one is left to be
 * read on its own, and reading marks nothing seen.
 */
class BatchPrefetchTest {
    private final GreenMail server = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
    private GreenMailUser bot;

    @BeforeEach
    void start() {
        server.start();
        bot = server.setUser("bot@ssr2.test", "bot@ssr2.test", "secret");
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void smallMessagesAreReadWholeTogetherAndTheLargeOneIsLeftUnreadAndNothingIsSeen() throws Exception {
        for (int k = 1; k <= 4; k++) {
            bot.deliver(message("<small" + k + "@members.test>", "Apologies for the plenary on " + k + " July\r\n"));
        }
        bot.deliver(message("<large@members.test>", ("y".repeat(998) + "\r\n").repeat(300)));

        List<byte[]> expected = new ArrayList<>();
        try (Store reference = connect()) {
            Folder inbox = reference.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            for (Message message : inbox.getMessages()) {
                ((IMAPMessage) message).setPeek(true);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                message.writeTo(out);
                expected.add(out.toByteArray());
            }
        }

        BatchPrefetch keys = new BatchPrefetch(100);
        try (Store store = connect()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            Message[] messages = inbox.getMessages();
            List<String> ids = new ArrayList<>();
            for (Message message : messages) {
                ids.add(keys.generateUuid(null, message));
            }
            assertThat(ids).containsExactly("<small1@members.test>", "<small2@members.test>", "<small3@members.test>",
                    "<small4@members.test>", "<large@members.test>");
            for (int k = 0; k < 4; k++) {
                assertThat(new String(keys.whole(messages[k]), StandardCharsets.ISO_8859_1))
                        .isEqualTo(new String(expected.get(k), StandardCharsets.ISO_8859_1));
            }
            assertThat(expected.get(4).length).isGreaterThan(BatchPrefetch.SMALL_BYTES);
            assertThat(keys.whole(messages[4])).isNull();
            assertThat(keys.after(messages[1], 10)).containsExactly(messages[2], messages[3], messages[4]);
        }
        try (Store check = connect()) {
            Folder inbox = check.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            for (Message message : inbox.getMessages()) {
                assertThat(message.isSet(Flags.Flag.SEEN)).as("message %d seen", message.getMessageNumber()).isFalse();
            }
        }
    }

    private Store connect() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", server.getImap().getPort(), "bot@ssr2.test", "secret");
        return store;
    }

    private static MimeMessage message(String messageId, String body) throws Exception {
        String raw = "From: Noor <noor@ssr2.test>\r\nTo: bot@ssr2.test\r\nSubject: Apologies\r\nMessage-ID: " + messageId
                + "\r\nDate: Thu, 15 Jun 2017 09:00:00 +0000\r\n\r\n" + body;
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1)));
    }
}
