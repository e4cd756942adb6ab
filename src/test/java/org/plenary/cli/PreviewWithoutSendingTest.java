package org.plenary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.app.Plenary;
import org.plenary.app.Settings;
import org.plenary.store.OutboxEmail;
import picocli.CommandLine;

/** {@code ./plenary preview}: the email as it would go out, printed, with nothing queued or recorded as sent. */
class PreviewWithoutSendingTest {
    private Settings settings;

    @BeforeEach
    void aStoreThatKnowsTheDemoGroup() {
        // The same settings PLENARY_DB_URL, PLENARY_GROUP_FILE and PLENARY_NOW would give.
        settings = Settings.from(Map.of(), new Properties()).with(Map.of(
                "plenary.db.url", "jdbc:h2:mem:preview-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "plenary.group.file", "examples/ssr2/group.yaml",
                "plenary.now", "2017-07-02T12:00:00Z"));
        try (Plenary plenary = new Plenary(settings)) {
            plenary.syncGroup();
        }
    }

    @Test
    void previewingTheAgendaPrintsItAndSendsNothing() {
        String output = preview("agenda", "--meeting", "plenary-2017-07-04");

        assertThat(output).startsWith("Subject: [SSR2] Proposed agenda: SSR2 Plenary Call, Tuesday 4 July 13:00 UTC")
                .contains("Welcome, roll call, updated SOIs & apologies", "APOLOGIES SO FAR", "A1 Draft SSR2 progress report",
                        "HOW TO REPLY");
        assertNothingQueuedOrRecorded();
    }

    @Test
    void previewingTheNextAgendaWithoutAMeetingIdTakesTheNextMeeting() {
        String output = preview("agenda");

        assertThat(output).contains("Proposed agenda: SSR2 Plenary Call", "4 July");
        assertNothingQueuedOrRecorded();
    }

    @Test
    void previewingTheDigestPrintsItAndSendsNothing() {
        String output = preview("digest");

        assertThat(output).startsWith("Subject: [SSR2] Weekly digest, week of 26 June 2017")
                .contains("MEETINGS IN THE NEXT TWO WEEKS", "Jennifer Osei (jennifer@ssr2.test)", "A2 Send language to RT");
        assertNothingQueuedOrRecorded();
    }

    @Test
    void previewingTheHtmlPartPrintsEscapedHtml() {
        assertThat(preview("agenda", "--meeting", "plenary-2017-07-04", "--html"))
                .contains("<html", "Welcome, roll call, updated SOIs &amp; apologies");
    }

    private String preview(String... args) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        int exit = new CommandLine(new PreviewCommand(settings, out)).execute(args);
        assertThat(exit).isZero();
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private void assertNothingQueuedOrRecorded() {
        try (Plenary plenary = new Plenary(settings)) {
            List<OutboxEmail> outbox = plenary.database().inTransaction(tx -> tx.outbox().recent("ssr2", 100));
            assertThat(outbox).isEmpty();
            boolean recorded = plenary.database().inTransaction(tx -> tx.schedule().done("ssr2", "agenda:plenary-2017-07-04"));
            assertThat(recorded).isFalse();
        }
    }
}
