package org.plenary.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A message the server has reported seen, in answer to the inbound bean's batched STORE, is not marked again when
 * camel-mail marks it after its exchange; one whose flags say otherwise, or were never read, still is.
 */
class SeenOnceStoreTest {
    private final GreenMail server = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
    private final ByteArrayOutputStream trace = new ByteArrayOutputStream();
    private GreenMailUser bot;

    @BeforeEach
    void start() throws Exception {
        server.start();
        bot = server.setUser("bot@ssr2.test", "bot@ssr2.test", "secret");
        for (int k = 1; k <= 4; k++) {
            bot.deliver(message("<m" + k + "@members.test>"));
        }
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void theRouteChoosesTheStoreByItsOptions() throws Exception {
        try (Store store = connect()) {
            assertThat(store).isInstanceOf(SeenOnceStore.class);
        }
    }

    @Test
    void aMessageTheServerReportedSeenIsNotMarkedAgain() throws Exception {
        try (Store store = connect()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            Message[] messages = inbox.getMessages();
            FetchProfile flags = new FetchProfile();
            flags.add(FetchProfile.Item.FLAGS);
            inbox.fetch(messages, flags);
            inbox.setFlags(Arrays.copyOf(messages, 3), new Flags(Flags.Flag.SEEN), true);
            int before = stores();

            for (Message message : messages) {
                message.setFlag(Flags.Flag.SEEN, true); // as camel-mail does after each exchange
            }

            assertThat(stores() - before).as("STORE commands for the four messages' turns").isEqualTo(1);
        }
        assertThat(seenOnServer()).containsExactly(true, true, true, true);
    }

    @Test
    void aMessageWhoseFlagsWereNeverReadIsMarked() throws Exception {
        try (Store store = connect()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            for (Message message : inbox.getMessages()) {
                message.setFlag(Flags.Flag.SEEN, true);
            }
            assertThat(stores()).isEqualTo(4);
        }
        assertThat(seenOnServer()).containsExactly(true, true, true, true);
    }

    private int stores() {
        return (int) trace.toString(StandardCharsets.ISO_8859_1).lines().filter(line -> line.matches("[A-Z]+\\d+ STORE .*")).count();
    }

    private Boolean[] seenOnServer() throws Exception {
        Store check = Session.getInstance(new Properties()).getStore("imap");
        check.connect("127.0.0.1", server.getImap().getPort(), "bot@ssr2.test", "secret");
        try (check) {
            Folder inbox = check.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message[] messages = inbox.getMessages();
            Boolean[] seen = new Boolean[messages.length];
            for (int i = 0; i < messages.length; i++) {
                seen[i] = messages[i].isSet(Flags.Flag.SEEN);
            }
            return seen;
        }
    }

    /** A session as the mailbox route's: its options as JavaMail properties, the protocol traced. */
    private Store connect() throws Exception {
        Properties properties = new Properties();
        for (String option : SeenOnceStore.OPTIONS) {
            String[] pair = option.split("=", 2);
            properties.setProperty(pair[0], pair[1]);
        }
        Session session = Session.getInstance(properties);
        session.setDebug(true);
        session.setDebugOut(new PrintStream(trace, true, StandardCharsets.ISO_8859_1));
        Store store = session.getStore("imap");
        store.connect("127.0.0.1", server.getImap().getPort(), "bot@ssr2.test", "secret");
        return store;
    }

    private static MimeMessage message(String messageId) throws Exception {
        String raw = "From: Noor <noor@ssr2.test>\r\nTo: bot@ssr2.test\r\nSubject: Apologies\r\nMessage-ID: " + messageId
                + "\r\nDate: Thu, 15 Jun 2017 09:00:00 +0000\r\n\r\nApologies for the plenary.\r\n";
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1)));
    }
}
