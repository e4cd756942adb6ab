package org.plenary.app;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.plenary.cli.DemoMailServer;
import org.plenary.group.GroupDefinition;
import org.plenary.group.GroupFileReader;
import org.plenary.store.Database;
import org.plenary.store.LedgerEntry;
import org.plenary.store.OutboxEmail;

/**
 * The real application for tests: GreenMail on free loopback ports with an account for every address of
 * the group (password "demo"), a fresh H2 store (or the one given), the routes of {@code routes/}, and fast
 * polling. Start it with {@link #start()}; {@link #close()} stops Plenary and the mail server. As a field with
 * {@code @RegisterExtension} it starts before each test and closes after it.
 */
public final class TestPlenary implements AutoCloseable, BeforeEachCallback, AfterEachCallback {
    public static final String GROUP_FILE = "examples/ssr2/group.yaml";
    public static final String BOT = "secretariat@ssr2.test";
    /** PLENARY_API_TOKEN of every test app: {@link #httpGet} sends it. */
    public static final String SERVICE_TOKEN = "test-service-token-5d0c8e2a";

    static {
        // GreenMail's IDLE command throws in its own connection thread when a message of the folder was moved away
        // (ImapSessionFolder.getExpunged: "Need to do this properly..."); Plenary's IDLE watch reconnects, but
        // Awaitility would fail whichever test happens to be waiting. The tests' own assertions decide instead.
        org.awaitility.Awaitility.doNotCatchUncaughtExceptionsByDefault();
    }

    private final Map<String, String> settings = new HashMap<>();
    private final GroupDefinition group;
    private final int smtpPort;
    private final int imapPort;
    private DemoMailServer mail;
    private Plenary plenary;
    private SmtpServer restartedSmtp;

    private TestPlenary(String groupFile) {
        this.group = new GroupFileReader().read(Path.of(groupFile));
        this.smtpPort = freePort();
        this.imapPort = freePort();
        settings.put("plenary.group.file", groupFile);
        settings.put("plenary.db.url", "jdbc:h2:mem:plenary-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        settings.put("plenary.imap.url", "imap://" + BOT.replace("@", "%40") + ":demo@127.0.0.1:" + imapPort + "/INBOX");
        settings.put("plenary.smtp.url", "smtp://127.0.0.1:" + smtpPort);
        settings.put("plenary.http.port", String.valueOf(freePort()));
        settings.put("plenary.now", "2017-06-15T09:00:00Z");
        settings.put("plenary.trust", "open"); // tests about trust set it themselves
        settings.put("plenary.poll.delay", "200ms");
        settings.put("plenary.outbox.delay", "200ms");
        settings.put("plenary.schedule.delay", "200ms");
        settings.put("plenary.api.token", SERVICE_TOKEN);
        // The routes' first run, a second after start in production (a placeholder default in routes/): every app
        // test would wait it out.
        System.setProperty("plenary.start.delay.ms", "100");
    }

    /** The demo group, its clock at 15 June 2017 09:00 UTC, a fresh in-memory store. */
    public static TestPlenary ssr2() {
        return new TestPlenary(GROUP_FILE);
    }

    public static TestPlenary withGroupFile(String groupFile) {
        return new TestPlenary(groupFile);
    }

    /** Sets a configuration key (as in plenary.properties), e.g. "plenary.now". Before {@link #start()}. */
    public TestPlenary with(String key, String value) {
        settings.put(key, value);
        return this;
    }

    public TestPlenary start() {
        if (mail == null) {
            mail = new DemoMailServer(smtpPort, imapPort, group);
        }
        plenary = new Plenary(Settings.from(Map.of(), new Properties()).with(settings));
        plenary.start();
        return this;
    }

    /** Stops Plenary (not the mail server), as a restart would; {@link #start()} brings it back on the same store. */
    public void stopPlenary() {
        if (plenary != null) {
            plenary.close();
            plenary = null;
        }
    }

    public Plenary plenary() {
        return plenary;
    }

    public Database database() {
        return plenary.database();
    }

    public GroupDefinition group() {
        return group;
    }

    /** The mail server; before {@link #start()} it starts it, so a test can change a mailbox first. */
    public GreenMail greenMail() {
        if (mail == null) {
            mail = new DemoMailServer(smtpPort, imapPort, group);
        }
        return mail.greenMail();
    }

    public String httpBase() {
        return "http://127.0.0.1:" + settings.get("plenary.http.port");
    }

    public String setting(String key) {
        return settings.get(key);
    }

    /** Delivers an email to Plenary's mailbox through SMTP, as a member's client would. */
    public void send(String from, String subject, String body) {
        send(from, BOT, subject, body, null);
    }

    public String send(String from, String to, String subject, String body, Map<String, String> headers) {
        String messageId = "<" + UUID.randomUUID() + "@members.test>";
        StringBuilder raw = new StringBuilder()
                .append("From: ").append(from).append("\r\n")
                .append("To: ").append(to).append("\r\n")
                .append("Subject: ").append(subject).append("\r\n")
                .append("Message-ID: ").append(messageId).append("\r\n")
                .append("Date: Thu, 15 Jun 2017 09:00:00 +0000\r\n")
                .append("MIME-Version: 1.0\r\n")
                .append("Content-Type: text/plain; charset=UTF-8\r\n");
        if (headers != null) {
            headers.forEach((k, v) -> raw.append(k).append(": ").append(v).append("\r\n"));
        }
        raw.append("\r\n").append(body.replace("\n", "\r\n")).append("\r\n");
        deliverRaw(to, raw.toString().getBytes(StandardCharsets.UTF_8));
        return messageId;
    }

    /** Puts a raw message straight into a mailbox (Plenary's by default), as the delivery agent would. */
    public void deliverRaw(byte[] raw) {
        deliverRaw(BOT, raw);
    }

    public void deliverRaw(String to, byte[] raw) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
            greenMail().getUserManager().getUserByEmail(to).deliver(message);
        } catch (Exception e) {
            throw new IllegalStateException("cannot deliver to " + to, e);
        }
    }

    /** Every message in an account's folder, read without changing flags. */
    public List<MimeMessage> mailbox(String address) {
        return mailbox(address, "INBOX");
    }

    public List<MimeMessage> mailbox(String address, String folderName) {
        try {
            Store store = imapSession().getStore("imap");
            store.connect("127.0.0.1", imapPort, address, DemoMailServer.PASSWORD);
            try {
                Folder folder = store.getFolder(folderName);
                if (!folder.exists()) {
                    return List.of();
                }
                folder.open(Folder.READ_ONLY);
                List<MimeMessage> out = new ArrayList<>();
                for (Message message : folder.getMessages()) {
                    out.add(new MimeMessage((MimeMessage) message));
                }
                folder.close(false);
                return out;
            } finally {
                store.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the mailbox of " + address, e);
        }
    }

    /** How many messages of Plenary's own INBOX are marked seen (processed). */
    public int seenInPlenaryInbox() {
        try {
            Store store = imapSession().getStore("imap");
            store.connect("127.0.0.1", imapPort, BOT, DemoMailServer.PASSWORD);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                int seen = 0;
                for (Message message : inbox.getMessages()) {
                    if (message.isSet(Flags.Flag.SEEN)) {
                        seen++;
                    }
                }
                inbox.close(false);
                return seen;
            } finally {
                store.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read Plenary's inbox", e);
        }
    }

    /**
     * Sets Plenary's clock to {@code now}, from where it runs on; what that makes due is sent by the next ticks
     * (see {@link #awaitSchedulesAndOutbox()}). Tests drive time this way instead of waiting for it to pass.
     */
    public void setClock(Instant now) {
        ((ShiftedClock) plenary.clock()).set(now);
    }

    /** Moves Plenary's clock on by {@code duration}, e.g. past the outbox's retry backoff, instead of waiting it out. */
    public void advanceClock(Duration duration) {
        setClock(plenary.clock().instant().plus(duration));
    }

    /**
     * Waits until the mailbox has been polled {@code count} more times and then the outbox route has
     * run twice: whatever those polls could have done is committed and delivered, so "nothing more happened" is a
     * finding, not a guess about timing.
     */
    public void awaitMailboxAndOutbox(int count) {
        awaitMailboxPolls(count);
        awaitRoute("outbox-delivery", 2);
    }

    /**
     * Waits until the mailbox consumer has polled {@code count} more times. camel-mail logs a poll that cannot reach
     * the server and counts it like any other, so while the server is away these are the attempts that failed.
     */
    public void awaitMailboxPolls(int count) {
        ScheduledPollConsumer consumer = mailboxConsumer();
        long from = consumer.getCounter();
        await().atMost(Duration.ofSeconds(30)).until(() -> consumer.getCounter() >= from + count);
    }

    private ScheduledPollConsumer mailboxConsumer() {
        return (ScheduledPollConsumer) plenary.camelContext().getRoute("inbound-mail-" + plenary.group().get().id()).getConsumer();
    }

    /**
     * Waits until the schedules route has ticked twice and then the outbox route has run twice: the second of each
     * started after the previous step ended, so whatever the clock made due by now is in the outbox and delivered.
     * After it, "nothing was sent" is a finding, not a guess about timing.
     */
    public void awaitSchedulesAndOutbox() {
        awaitRoute("schedules", 2);
        awaitRoute("outbox-delivery", 2);
    }

    /** Waits until the route {@code routeId} has completed {@code count} more exchanges from now on. */
    public void awaitRoute(String routeId, int count) {
        NotifyBuilder runs = new NotifyBuilder(plenary.camelContext()).fromRoute(routeId).whenCompleted(count).create();
        if (!runs.matches(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the route " + routeId + " did not complete " + count + " exchanges within 30 s");
        }
    }

    /** Waits until the ledger holds at least {@code count} emails. */
    public void awaitLedger(int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> database().inTransaction(
                tx -> tx.ledger().recent(group.id(), 10_000).size()) >= count);
    }

    /** Waits until an account has at least {@code count} messages and returns them. */
    public List<MimeMessage> awaitMail(String address, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> mailbox(address).size() >= count);
        return mailbox(address);
    }

    public static String textOf(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof String text) {
                return text;
            }
            jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) content;
            return findText(multipart);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String findText(jakarta.mail.Multipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            jakarta.mail.BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof jakarta.mail.Multipart nested) {
                String text = findText(nested);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static Session imapSession() {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "5000");
        properties.put("mail.imap.timeout", "5000");
        return Session.getInstance(properties);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Plenary on the same store and settings with its routes NOT started: what a process that committed an email
     * and died before the mailbox heard of it leaves behind. Call while {@link #stopPlenary() stopped}; close it after.
     */
    public Plenary withoutRoutes() {
        return new Plenary(Settings.from(Map.of(), new Properties()).with(settings));
    }

    /** A raw RFC 5322 message; a null {@code messageId} leaves the header out (deduped by content digest). */
    public static byte[] rawEmail(String from, String to, String subject, String body, String messageId,
                                  Map<String, String> headers) {
        StringBuilder raw = new StringBuilder()
                .append("From: ").append(from).append("\r\n")
                .append("To: ").append(to).append("\r\n")
                .append("Subject: ").append(subject).append("\r\n");
        if (messageId != null) {
            raw.append("Message-ID: ").append(messageId).append("\r\n");
        }
        raw.append("Date: Thu, 15 Jun 2017 09:00:00 +0000\r\n")
                .append("MIME-Version: 1.0\r\n")
                .append("Content-Type: text/plain; charset=UTF-8\r\n");
        if (headers != null) {
            headers.forEach((k, v) -> raw.append(k).append(": ").append(v).append("\r\n"));
        }
        raw.append("\r\n").append(body.replace("\n", "\r\n")).append("\r\n");
        return raw.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The ledger of inbound emails, oldest first. */
    public List<LedgerEntry> ledger() {
        List<LedgerEntry> entries = new ArrayList<>(database().inTransaction(tx -> tx.ledger().recent(group.id(), 10_000)));
        java.util.Collections.reverse(entries);
        return entries;
    }

    /** The outbox (sent and pending), oldest first. */
    public List<OutboxEmail> outbox() {
        List<OutboxEmail> emails = new ArrayList<>(database().inTransaction(tx -> tx.outbox().recent(group.id(), 10_000)));
        java.util.Collections.reverse(emails);
        return emails;
    }

    /** The outbox emails addressed to one person, oldest first: every reply Plenary has decided to send them. */
    public List<OutboxEmail> outboxTo(String address) {
        return outbox().stream().filter(e -> e.recipients().contains(address)).toList();
    }

    /** Waits until the ledger holds at least {@code count} emails and returns it, oldest first. */
    public List<LedgerEntry> awaitLedgerEntries(int count) {
        awaitLedger(count);
        return ledger();
    }

    public List<MimeMessage> awaitMail(String address, int count, Duration atMost) {
        await().atMost(atMost).until(() -> mailbox(address).size() >= count);
        return mailbox(address);
    }

    /** GET on Plenary's HTTP server with the service token. */
    public HttpResponse<String> httpGet(String path) {
        return httpGet(path, SERVICE_TOKEN);
    }

    /** GET on Plenary's HTTP server with this bearer token, or none when null. */
    public HttpResponse<String> httpGet(String path, String token) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(httpBase() + path)).timeout(Duration.ofSeconds(10));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("GET " + path, e);
        }
    }

    /** GET on Plenary's HTTP server, expecting 200, as JSON. */
    public JsonNode getJson(String path) {
        HttpResponse<String> response = httpGet(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        try {
            return new ObjectMapper().readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " is not JSON: " + response.body(), e);
        }
    }

    /** Stops GreenMail's SMTP service only (IMAP and every mailbox stay), as an SMTP outage would. */
    public void stopSmtp() {
        (restartedSmtp != null ? restartedSmtp : greenMail().getSmtp()).stopService();
    }

    /**
     * Brings SMTP back on the same port, delivering into the same mailboxes. A GreenMail service is a thread and
     * cannot start twice, and restarting all of GreenMail would drop its accounts and mail, so a new SMTP server
     * is started on GreenMail's managers.
     */
    public void startSmtp() {
        restartedSmtp = new SmtpServer(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                greenMail().getManagers());
        restartedSmtp.startService();
        try {
            if (!restartedSmtp.waitTillRunning(10_000)) {
                throw new IllegalStateException("SMTP did not come back on port " + smtpPort);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (plenary == null) {
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        stopPlenary();
        if (restartedSmtp != null) {
            restartedSmtp.stopService();
        }
        if (mail != null) {
            mail.close();
        }
    }
}
