package org.plenary.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.PlenaryException;
import org.plenary.app.Plenary;
import org.plenary.app.Settings;
import org.plenary.intake.MailReader;

/**
 * {@code ./plenary explain} and {@code ./plenary replay} read mail with the configured size limit, as the mailbox
 * does; {@code explain} opens the store as it is and never creates or migrates anything in it.
 */
class LookingCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** About 1,300 bytes of thanks before the command, so a limit of 800 bytes cuts the command off. */
    private static final String PADDED_BODY = "Thanks for the notes.\n".repeat(60);
    private static final String SMALL_LIMIT = "800";

    private final String url = "jdbc:h2:mem:looking-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final Settings settings = Settings.from(Map.of(), new Properties()).with(Map.of(
            "plenary.db.url", url, "plenary.db.user", "sa", "plenary.db.password", "",
            "plenary.group.file", "examples/ssr2/group.yaml",
            "plenary.now", "2017-07-02T12:00:00Z"));

    @TempDir
    Path folder;

    @Test
    void explainReadsMailWithTheConfiguredSizeLimit() throws Exception {
        Path email = write("limit.eml", mail("<limit@members.test>", PADDED_BODY + "Apologies for the plenary on 4 July\n"));

        JsonNode whole = JSON.readTree(explain(settings, email));
        JsonNode cut = JSON.readTree(explain(settings.with(Map.of("plenary.mail.max.bytes", SMALL_LIMIT)), email));

        assertThat(whole.get("commands")).hasSize(1);
        assertThat(whole.get("visibleText").asText()).contains("Apologies for the plenary on 4 July");
        assertThat(cut.get("commands")).isEmpty();
        assertThat(cut.get("visibleText").asText()).startsWith("Thanks for the notes.").doesNotContain("Apologies");
    }

    @Test
    void replayReadsTheKeptMailWithTheConfiguredSizeLimit() throws Exception {
        long whole = rejected("<replay-whole@members.test>");
        long cut = rejected("<replay-cut@members.test>");

        JsonNode replayedWhole = JSON.readTree(replay(settings, whole));
        JsonNode replayedCut = JSON.readTree(replay(settings.with(Map.of("plenary.mail.max.bytes", SMALL_LIMIT)), cut));

        assertThat(replayedWhole.get("commands")).hasSize(1);
        assertThat(replayedWhole.get("visibleText").asText()).contains("A5 done");
        assertThat(replayedCut.get("commands")).isEmpty();
        assertThat(replayedCut.get("visibleText").asText()).doesNotContain("A5 done");
    }

    @Test
    void explainOnAStoreWithoutPlenarysTablesCreatesNothing() throws Exception {
        Path email = write("apology.eml", mail("<empty@members.test>", "Apologies for the plenary on 4 July\n"));
        try (Connection keepsTheStoreAlive = DriverManager.getConnection(url, "sa", "")) {
            JsonNode explained = JSON.readTree(explain(settings, email));

            assertThat(explained.get("commands")).hasSize(1); // understood against the group file, in a scratch store
            assertThat(tables(keepsTheStoreAlive)).isEmpty();
        }
    }

    @Test
    void explainRefusesAStoreOfAnotherVersionAndLeavesItAsItWas() throws Exception {
        try (Plenary plenary = new Plenary(settings)) {
            plenary.syncGroup();
        }
        Path email = write("apology.eml", mail("<newer@members.test>", "Apologies for the plenary on 4 July\n"));
        try (Connection store = DriverManager.getConnection(url, "sa", "")) {
            store.createStatement().execute("""
                    INSERT INTO "flyway_schema_history" ("installed_rank", "version", "description", "type", "script",
                        "installed_by", "execution_time", "success")
                    VALUES (999, '999', 'from a later Plenary', 'SQL', 'V999__later.sql', 'sa', 0, TRUE)""");
            List<String> before = tables(store);

            assertThatThrownBy(() -> explain(settings, email)).isInstanceOf(PlenaryException.class)
                    .hasMessageContaining("newer than this Plenary knows");
            assertThat(tables(store)).isEqualTo(before);
        }
    }

    private long rejected(String messageId) {
        // A5 does not exist yet, so "A5 done" is rejected and kept for a replay.
        byte[] raw = mail(messageId, PADDED_BODY + "A5 done\n").getBytes(StandardCharsets.UTF_8);
        try (Plenary plenary = new Plenary(settings)) {
            plenary.syncGroup();
            plenary.secretariat().receive(new MailReader().read(raw), raw);
            return plenary.database().inTransaction(tx -> tx.ledger().recent("ssr2", 1).get(0)).emailNo();
        }
    }

    private String explain(Settings with, Path email) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ExplainCommand command = new ExplainCommand(with, new PrintStream(buffer, true, StandardCharsets.UTF_8));
        command.files = List.of(email);
        run(command);
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private String replay(Settings with, long emailNo) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ReplayCommand command = new ReplayCommand(with, new PrintStream(buffer, true, StandardCharsets.UTF_8));
        command.emailId = emailNo;
        run(command);
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /** Calls the command as picocli would, letting its failure through for the test to see. */
    private static void run(java.util.concurrent.Callable<Integer> command) {
        try {
            assertThat(command.call()).isZero();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String mail(String messageId, String body) {
        return "From: Noor Haddad <noor@ssr2.test>\nTo: secretariat@ssr2.test\nSubject: From Noor\nMessage-ID: "
                + messageId + "\nDate: Sun, 2 Jul 2017 11:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n" + body;
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(folder.resolve(name), content);
    }

    private static List<String> tables(Connection store) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = store.createStatement().executeQuery(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
