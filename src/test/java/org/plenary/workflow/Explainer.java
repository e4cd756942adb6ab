package org.plenary.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.plenary.group.GroupDefinition;
import org.plenary.group.GroupFileReader;
import org.plenary.intake.MailReader;
import org.plenary.notify.TemplateRenderer;
import org.plenary.store.Database;

/**
 * The explain level of Plenary without Camel or mail servers: a fresh in-memory store holding a group file synced
 * at a fixed instant, and a {@link Secretariat} over it. {@link #explain} gives the JSON of PRODUCT.md 3.5 and keeps
 * nothing; {@link #receive} applies an email, for tests that need an apology or a request to exist first.
 */
final class Explainer implements AutoCloseable {
    static final String DEMO_GROUP = "examples/ssr2/group.yaml";
    static final Instant DEMO_NOW = Instant.parse("2017-06-15T09:00:00Z");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static int counter;

    private final Database database;
    private final Secretariat secretariat;
    private final MailReader reader = new MailReader();

    private Explainer(String groupFile, Instant now) {
        GroupDefinition group = new GroupFileReader().read(Path.of(groupFile));
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        this.database = Database.open("jdbc:h2:mem:explain-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
        new GroupSync(database, clock).sync(group);
        this.secretariat = new Secretariat(CurrentGroup.of(group), database, clock,
                new Replies(new TemplateRenderer(null)), MeetingNotices.NONE, Authenticity.NOT_REQUIRED);
    }

    /** The demo group at 15 June 2017 09:00 UTC, a Thursday. */
    static Explainer ssr2() {
        return new Explainer(DEMO_GROUP, DEMO_NOW);
    }

    static Explainer ssr2At(String instant) {
        return new Explainer(DEMO_GROUP, Instant.parse(instant));
    }

    static Explainer of(String groupFile, String instant) {
        return new Explainer(groupFile, Instant.parse(instant));
    }

    Database database() {
        return database;
    }

    JsonNode explain(byte[] raw) {
        try {
            return JSON.readTree(ReceiptJson.explain(secretariat.explain(reader.read(raw))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode explainScenario(String name) {
        return explain(scenario(name));
    }

    JsonNode explain(String from, String subject, String body) {
        return explain(email(from, subject, body));
    }

    Receipt receive(String from, String subject, String body) {
        byte[] raw = email(from, subject, body);
        return secretariat.receive(reader.read(raw), raw);
    }

    Receipt receiveScenario(String name) {
        byte[] raw = scenario(name);
        return secretariat.receive(reader.read(raw), raw);
    }

    JsonNode explain(String from, String subject, String body, String extraHeaders) {
        return explain(email(from, subject, body, extraHeaders));
    }

    /** A plain text email to Plenary with a fresh Message-ID. */
    static byte[] email(String from, String subject, String body) {
        return email(from, subject, body, "");
    }

    /** {@code extraHeaders}: whole header lines ending in CRLF, e.g. an In-Reply-To. */
    static byte[] email(String from, String subject, String body, String extraHeaders) {
        String raw = "From: " + from + "\r\n" + extraHeaders
                + "To: secretariat@ssr2.test\r\n"
                + "Subject: " + subject + "\r\n"
                + "Message-ID: <explain-" + (++counter) + "-" + UUID.randomUUID() + "@members.test>\r\n"
                + "Date: Thu, 15 Jun 2017 09:00:00 +0000\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "\r\n" + body.replace("\n", "\r\n") + "\r\n";
        return raw.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] scenario(String name) {
        try (InputStream in = Explainer.class.getResourceAsStream("/scenarios/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no scenario " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
