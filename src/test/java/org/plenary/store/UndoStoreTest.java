package org.plenary.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.group.ActionStatus;

/**
 * The undo log on both stores: a snapshot sees every row an email's commands create, change or delete, of every
 * kind, and reverting them writes back exactly the rows as they were, nulls, dates and instants included.
 */
class UndoStoreTest extends StoreTestSupport {
    private static final String JULY_4 = "plenary-2017-07-04";
    private static final Instant LATER = NOW.plusSeconds(3600);

    @BeforeEach
    void someRows() {
        use(tx -> {
            tx.meetings().insert(MeetingStoreTest.plenary(JULY_4, Instant.parse("2017-07-04T13:00:00Z")), NOW);
            tx.apologies().save(GROUP, new Apology(JULY_4, "noor@ssr2.test", "dentist", NOW, "<a@members.test>"));
            tx.actions().create(GROUP, "Draft the outreach plan", "noor@ssr2.test", LocalDate.of(2017, 6, 30), null,
                    NOW, "<b@members.test>");
            tx.agenda().addRequest(GROUP, JULY_4, "DNS abuse", "kaveh@ssr2.test", 30, NOW);
        });
    }

    @Test
    void revertingAnEmailsChangesRestoresEveryRowExactly() {
        List<String> left = in(tx -> {
            UndoLog.Snapshot before = tx.undoLog().snapshot(GROUP);
            changeOneOfEach(tx);
            tx.undoLog().record(GROUP, "<c@members.test>", LATER, before.changesSince());
            List<RowChange> changes = tx.undoLog().ofSource(GROUP, "<c@members.test>");
            assertThat(changes).extracting(RowChange::kind).containsExactlyInAnyOrder(EntityKind.values());
            assertThat(changes).allMatch(change -> tx.undoLog().unchangedSince(GROUP, change));

            tx.undoLog().revert(GROUP, changes, "<undo@members.test>", LATER.plusSeconds(60));

            return before.changesSince().stream().map(change -> change.kind().id()).toList();
        });

        assertThat(left).as("rows still differing from before the email").isEmpty();
        assertThat(committed().undoLog().ofSource(GROUP, "<c@members.test>"))
                .allMatch(change -> "<undo@members.test>".equals(change.undoneBy()));
    }

    @Test
    void aRowChangedSinceIsNoLongerAsTheEmailLeftIt() {
        use(tx -> {
            UndoLog.Snapshot before = tx.undoLog().snapshot(GROUP);
            tx.apologies().save(GROUP, new Apology(JULY_4, "noor@ssr2.test", "travelling", LATER, "<c@members.test>"));
            tx.undoLog().record(GROUP, "<c@members.test>", LATER, before.changesSince());
        });
        use(tx -> {
            UndoLog.Snapshot before = tx.undoLog().snapshot(GROUP);
            tx.apologies().withdraw(GROUP, JULY_4, "noor@ssr2.test");
            tx.undoLog().record(GROUP, "<d@members.test>", LATER, before.changesSince());
        });

        RowChange first = committed().undoLog().ofSource(GROUP, "<c@members.test>").get(0);
        assertThat(first.before().text("reason")).isEqualTo("dentist");
        assertThat(first.after().text("reason")).isEqualTo("travelling");
        assertThat(committed().undoLog().unchangedSince(GROUP, first)).isFalse();
        assertThat(committed().undoLog().current(GROUP, first)).isEmpty();
        assertThat(committed().undoLog().laterChanges(GROUP, first)).extracting(RowChange::source)
                .containsExactly("<d@members.test>");
    }

    @Test
    void anEmailsChangesCostTheRowsItWroteNotTheGroupsRows() {
        use(tx -> {
            for (int i = 0; i < 2000; i++) {
                tx.actions().create(GROUP, "Item " + i, "kaveh@ssr2.test", null, null, NOW, "<bulk@members.test>");
            }
        });

        long read = in(tx -> {
            UndoLog.Snapshot before = tx.undoLog().snapshot(GROUP);
            tx.actions().create(GROUP, "Draft the report", "noor@ssr2.test", LocalDate.of(2017, 6, 30), null, LATER,
                    "<c@members.test>");
            List<UndoLog.Change> changes = before.changesSince();
            assertThat(changes).singleElement().satisfies(change -> {
                assertThat(change.before()).isNull();
                assertThat(change.after().text("id")).isEqualTo("A2002");
            });
            return tx.undoLog().rowsRead();
        });

        assertThat(read).as("rows the undo journal read for one new action among 2,001").isLessThanOrEqualTo(5);
    }

    @Test
    void movingAMeetingsRowsKeepsEachRowMoved() {
        List<UndoLog.Change> changes = in(tx -> {
            UndoLog.Snapshot before = tx.undoLog().snapshot(GROUP);
            tx.agenda().moveAll(GROUP, JULY_4, "plenary-2017-07-11");
            tx.apologies().moveAll(GROUP, JULY_4, "plenary-2017-07-11");
            tx.apologies().moveAll(GROUP, JULY_4, "plenary-2017-07-11");
            return before.changesSince();
        });

        assertThat(changes).extracting(UndoLog.Change::kind)
                .containsExactly(EntityKind.AGENDA_ITEM, EntityKind.APOLOGY, EntityKind.APOLOGY);
        assertThat(changes).filteredOn(change -> change.kind() == EntityKind.AGENDA_ITEM)
                .allSatisfy(change -> assertThat(change.after().text("meeting_id")).isEqualTo("plenary-2017-07-11"));
        assertThat(changes).filteredOn(change -> change.kind() == EntityKind.APOLOGY)
                .extracting(change -> change.before() == null ? "created" : change.after() == null ? "gone" : "changed")
                .containsExactly("gone", "created");
    }

    private static void changeOneOfEach(StoreTransaction tx) {
        Meeting meeting = tx.meetings().find(GROUP, JULY_4).orElseThrow();
        tx.meetings().update(new Meeting(GROUP, JULY_4, meeting.kind(), meeting.title(), meeting.start(), meeting.end(),
                meeting.zone(), MeetingStatus.CANCELLED, "no quorum", null, meeting.origin(), meeting.attendees(),
                meeting.sequence() + 1, meeting.notes()), LATER);
        tx.apologies().withdraw(GROUP, JULY_4, "noor@ssr2.test");
        ActionItem action = tx.actions().find(GROUP, "A1").orElseThrow();
        tx.actions().update(GROUP, action.with(ActionStatus.DONE, null, action.owner()), LATER);
        tx.actions().addNote(GROUP, "A1", "sent to the list", "noor@ssr2.test", LATER);
        AgendaItem request = tx.agenda().request(GROUP, "R1").orElseThrow();
        tx.agenda().update(GROUP, new AgendaItem(request.itemNo(), request.meetingId(), request.requestId(),
                request.position(), request.title(), AgendaStatus.ACCEPTED, request.requestedBy(), request.minutes(),
                "first", null));
        tx.decisions().record(GROUP, new Decision(JULY_4, "Adopt the plan", LATER, "<c@members.test>"));
        tx.attendance().record(GROUP, new Attendee(JULY_4, null, "A guest", LATER, "<c@members.test>"));
    }
}
