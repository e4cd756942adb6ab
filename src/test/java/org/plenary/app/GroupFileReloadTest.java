package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.store.ActionItem;
import org.plenary.store.Apology;
import org.plenary.store.Meeting;

/**
 * The group file as the store sees it: series expanded at least eight weeks ahead of the clock, and an edited file
 * reloaded by the group-file route without a restart, adding what is new and duplicating nothing. The expansion
 * rules themselves are unit-tested in org.plenary.group; this proves them through the store.
 */
class GroupFileReloadTest {
    // A call whose time rotates, in Europe/Rome: Wednesdays 05:00, 13:00, 21:00 counted from 4 October 2017.
    private static final String ROTATING_SERIES = """
              - kind: rotation
                title: Rotating Plenary Call
                rrule: FREQ=WEEKLY;BYDAY=WE
                times: ["05:00", "13:00", "21:00"]
                timezone: Europe/Rome
                start: 2017-10-04
                duration: PT90M
            """;

    @TempDir
    Path folder;
    private TestPlenary app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void seriesAreStoredAtLeastEightWeeksAheadOfTheClock() throws IOException {
        app = TestPlenary.withGroupFile(copyOfDemoGroup().toString()).start();
        LocalDate today = LocalDate.of(2017, 6, 15);

        assertThat(meetingIds()).containsAll(weekly("plenary", today, DayOfWeek.TUESDAY))
                .containsAll(weekly("coordination", today, DayOfWeek.FRIDAY));
    }

    @Test
    void anEditedGroupFileIsReloadedWithoutDuplicatingMeetingsOrActions() throws IOException {
        Path file = copyOfDemoGroup();
        // October, so that the rotating series crosses Europe/Rome's return to winter time on 29 October.
        app = TestPlenary.withGroupFile(file.toString()).with("plenary.now", "2017-10-10T09:00:00Z").start();
        List<String> meetingsBefore = meetingIds();
        List<ActionItem> actionsBefore = actions();

        edit(file, text -> text.replace("Noor Haddad", "Noor Haddad-Rahman").replace("series:\n", "series:\n" + ROTATING_SERIES));
        await().atMost(Duration.ofSeconds(30)).until(() -> nameOf("noor@ssr2.test").equals("Noor Haddad-Rahman"));

        assertThat(meetingIds()).containsAll(meetingsBefore).doesNotHaveDuplicates()
                .noneMatch(id -> id.matches(".*-\\d{4}-\\d{2}-\\d{2}-\\d+"));
        assertThat(meetingIds().stream().filter(id -> !id.startsWith("rotation-")).toList())
                .containsExactlyElementsOf(meetingsBefore);
        assertThat(actions()).extracting(ActionItem::id).containsExactlyElementsOf(actionsBefore.stream().map(ActionItem::id).toList());
        // 05:00, 13:00, 21:00 local: two hours ahead of UTC before 29 October, one hour after.
        assertThat(rotationStarts()).containsAllEntriesOf(Map.of(
                "rotation-2017-10-11", Instant.parse("2017-10-11T11:00:00Z"),
                "rotation-2017-10-18", Instant.parse("2017-10-18T19:00:00Z"),
                "rotation-2017-10-25", Instant.parse("2017-10-25T03:00:00Z"),
                "rotation-2017-11-01", Instant.parse("2017-11-01T12:00:00Z"),
                "rotation-2017-11-08", Instant.parse("2017-11-08T20:00:00Z"),
                "rotation-2017-11-15", Instant.parse("2017-11-15T04:00:00Z")));
    }

    @Test
    void aRestartOnTheSameStoreLoadsTheFileAgainAndDuplicatesNothing() throws IOException {
        app = TestPlenary.withGroupFile(copyOfDemoGroup().toString()).start();
        List<String> meetingsBefore = meetingIds();
        List<String> actionsBefore = actions().stream().map(a -> a.id() + " " + a.title()).toList();

        app.stopPlenary();
        app.start();

        assertThat(meetingIds()).containsExactlyElementsOf(meetingsBefore);
        assertThat(actions()).extracting(a -> a.id() + " " + a.title()).containsExactlyElementsOf(actionsBefore);
    }

    @Test
    void aMemberRemovedFromTheGroupFileIsAnUnknownSenderAfterTheReload() throws IOException {
        Path file = copyOfDemoGroup();
        app = TestPlenary.withGroupFile(file.toString()).start();

        // Noor's new name tells the test the reload has happened.
        edit(file, text -> text.replaceAll("(?m)^.*denise@ssr2.test.*\n", "").replace("Noor Haddad", "Noor Haddad-Rahman"));
        await().atMost(Duration.ofSeconds(30)).until(() -> nameOf("noor@ssr2.test").equals("Noor Haddad-Rahman"));
        app.send("denise@ssr2.test", "Tuesday 4 July", "Apologies for the plenary call on Tuesday 4 July.");

        assertThat(app.awaitLedgerEntries(1)).extracting(e -> e.outcome()).containsExactly("rejected");
        List<Apology> apologies = app.database().inTransaction(tx -> tx.apologies().ofMeeting("ssr2", "plenary-2017-07-04"));
        assertThat(apologies).isEmpty();
        assertThat(app.outboxTo("denise@ssr2.test")).isEmpty();
        // Her history keeps her name, though: the store forgets nobody.
        assertThat(nameOf("denise@ssr2.test")).isEqualTo("Denise Marlow");
    }

    private Path copyOfDemoGroup() throws IOException {
        return Files.copy(Path.of(TestPlenary.GROUP_FILE), folder.resolve("group.yaml"));
    }

    /** Rewrites the file and moves its modification time on, so the reload does not hinge on timestamp granularity. */
    private static void edit(Path file, java.util.function.UnaryOperator<String> change) throws IOException {
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, change.apply(Files.readString(file)));
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 5_000));
    }

    /** Ids of the meetings of a weekly series from {@code today} through eight weeks ahead. */
    private static List<String> weekly(String kind, LocalDate today, DayOfWeek day) {
        return today.with(TemporalAdjusters.nextOrSame(day)).datesUntil(today.plusWeeks(8).plusDays(1), java.time.Period.ofWeeks(1))
                .map(date -> kind + "-" + date).toList();
    }

    private List<String> meetingIds() {
        return app.database().inTransaction(tx -> tx.meetings().all("ssr2")).stream().map(Meeting::id).toList();
    }

    private Map<String, Instant> rotationStarts() {
        return app.database().inTransaction(tx -> tx.meetings().all("ssr2")).stream()
                .filter(m -> m.kind().equals("rotation")).collect(Collectors.toMap(Meeting::id, Meeting::start));
    }

    private List<ActionItem> actions() {
        return app.database().inTransaction(tx -> tx.actions().all("ssr2"));
    }

    private String nameOf(String email) {
        return app.database().inTransaction(tx -> tx.groups().nameOf("ssr2", email)).orElse("");
    }
}
