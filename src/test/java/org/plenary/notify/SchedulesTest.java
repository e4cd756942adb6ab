package org.plenary.notify;

import org.plenary.clock.SetClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.group.GroupDefinition;
import org.plenary.group.GroupFileReader;
import org.plenary.store.Meeting;
import org.plenary.store.OutboxEmail;
import org.plenary.store.StoreFixture;
import org.plenary.workflow.GroupSync;

/**
 * What the schedules queue, tick by tick, with the clock the test sets: the demo group (agenda-lead P2D, digest
 * Monday 08:00 UTC) in a fresh store, its plenary of 4 July 13:00–14:30 UTC, and summaries an hour after the end.
 * Each tick here is one run of the schedules route, without Camel.
 */
class SchedulesTest {
    private final GroupDefinition group = new GroupFileReader().read(Path.of("examples/ssr2/group.yaml"));
    private final StoreFixture store = StoreFixture.h2();
    private SetClock clock;

    @AfterEach
    void close() {
        store.close();
    }

    private Schedules schedulesAt(String now) {
        clock = new SetClock(now);
        new GroupSync(store.database(), clock).sync(group);
        return restarted();
    }

    /** New schedules on the same store and clock, as after a restart. */
    private Schedules restarted() {
        return new Schedules(() -> group, store.database(), new Announcements(new TemplateRenderer(null)),
                new Timetable(clock, Duration.ofHours(1)));
    }

    private List<OutboxEmail> queued(String purpose) {
        return store.database().inTransaction(tx -> tx.outbox().recent(group.id(), 1000)).stream()
                .filter(e -> e.purpose().equals(purpose)).toList();
    }

    @Test
    void theAgendaIsDueAtItsLeadTimeAndQueuedOnce() {
        Schedules schedules = schedulesAt("2017-07-02T12:59:00Z");
        schedules.tick();
        assertThat(queued("agenda")).as("12:59, a minute early").isEmpty();

        clock.set("2017-07-02T13:00:00Z");
        schedules.tick();
        assertThat(queued("agenda")).extracting(OutboxEmail::ref).containsExactly("plenary-2017-07-04");

        clock.set("2017-07-02T13:10:00Z");
        schedules.tick();
        restarted().tick();
        assertThat(queued("agenda")).as("13:10, and after a restart").hasSize(1);
    }

    @Test
    void anAgendaMissedWhileDownIsQueuedUntilItsMeetingStartsAndNotAfter() {
        Schedules schedules = schedulesAt("2017-07-04T13:10:00Z");
        schedules.tick();
        assertThat(queued("agenda")).extracting(OutboxEmail::ref).doesNotContain("plenary-2017-07-04");

        clock.set("2017-07-02T18:00:00Z");
        schedules.tick();
        assertThat(queued("agenda")).extracting(OutboxEmail::ref).containsExactly("plenary-2017-07-04");
    }

    @Test
    void theDigestIsDueOnItsDayFromItsTimeOnceAWeekAndNotTheDayAfter() {
        Schedules schedules = schedulesAt("2017-06-19T07:59:00Z");
        schedules.tick();
        assertThat(queued("digest")).as("07:59").isEmpty();

        clock.set("2017-06-19T08:00:00Z");
        schedules.tick();
        clock.set("2017-06-19T08:10:00Z");
        schedules.tick();
        restarted().tick();
        assertThat(queued("digest")).as("once on 19 June").hasSize(1);

        // The next Monday's was missed while down: on Tuesday it is stale.
        clock.set("2017-06-27T08:01:00Z");
        schedules.tick();
        assertThat(queued("digest")).hasSize(1);
        clock.set("2017-07-03T08:00:00Z");
        schedules.tick();
        assertThat(queued("digest")).hasSize(2);
    }

    @Test
    void aSummaryWithoutNotesIsDueAfterSummaryAfterAndOneMoreWhenTheNotesArrive() {
        Schedules schedules = schedulesAt("2017-07-04T15:29:00Z");
        schedules.tick();
        assertThat(queued("summary")).as("15:29, before summaryAfter").isEmpty();

        clock.set("2017-07-04T15:30:00Z");
        schedules.tick();
        schedules.tick();
        assertThat(queued("summary")).extracting(OutboxEmail::ref).containsExactly("plenary-2017-07-04");

        writeNotes("plenary-2017-07-04", "DECISION: Plenary calls rotate from August");
        clock.set("2017-07-04T16:00:00Z");
        schedules.tick();
        schedules.tick();
        restarted().tick();
        assertThat(queued("summary")).as("one more with the notes, once").hasSize(2);
    }

    @Test
    void notesBeforeSummaryAfterEarnOneSummaryAndAStaleMeetingNone() {
        Schedules schedules = schedulesAt("2017-07-04T12:00:00Z");
        writeNotes("plenary-2017-07-04", "DECISION: The progress report goes to the SO/ACs");
        schedules.tick();
        assertThat(queued("summary")).as("before the meeting started").isEmpty();

        clock.set("2017-07-04T14:40:00Z");
        schedules.tick();
        clock.set("2017-07-04T16:00:00Z");
        schedules.tick();
        assertThat(queued("summary")).as("on the notes, and not again after summaryAfter").hasSize(1);

        // A meeting that ended more than a week before the process came back gets no summary.
        writeNotes("plenary-2017-07-11", "DECISION: late notes");
        clock.set("2017-07-18T15:00:00Z");
        schedules.tick();
        assertThat(queued("summary")).extracting(OutboxEmail::ref).doesNotContain("plenary-2017-07-11");
    }

    private void writeNotes(String meetingId, String notes) {
        store.database().useTransaction(tx -> {
            Meeting m = tx.meetings().find(group.id(), meetingId).orElseThrow();
            tx.meetings().update(new Meeting(m.groupId(), m.id(), m.kind(), m.title(), m.start(), m.end(), m.zone(),
                    m.status(), m.cancelReason(), m.movedTo(), m.origin(), m.attendees(), m.sequence(), notes), clock.instant());
        });
    }
}
