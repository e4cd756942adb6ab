package org.plenary.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.plenary.store.ActionItem;
import org.plenary.store.Meeting;

/** One send the {@link Timetable} finds due now, with the schedule keys to record in the transaction that queues it. */
public sealed interface Due {
    /** The keys recorded with the send, so it never goes out twice (first the one that names it). */
    List<String> keys();

    /** A meeting's agenda, its {@code agenda-lead} before it. */
    record Agenda(Meeting meeting) implements Due {
        @Override
        public List<String> keys() {
            return List.of("agenda:" + meeting.id());
        }
    }

    /**
     * A meeting's summary: the first one (on notes, or {@code summaryAfter} after its end without them), or the
     * one that follows a summary sent without notes once they arrive.
     */
    record Summary(Meeting meeting, SummaryRound round) implements Due {
        @Override
        public List<String> keys() {
            String key = "summary:" + meeting.id();
            return switch (round) {
                case FIRST_WITH_NOTES -> List.of(key);
                case FIRST_WITHOUT_NOTES -> List.of(key, "summary-without-notes:" + meeting.id());
                case NOTES_AFTERWARDS -> List.of(key + ":notes");
            };
        }
    }

    /** Which summary of a meeting is due. */
    enum SummaryRound {
        FIRST_WITH_NOTES, FIRST_WITHOUT_NOTES, NOTES_AFTERWARDS
    }

    /** The weekly digest of the week starting {@code weekStart}, covering what happened {@code since}. */
    record Digest(String key, LocalDate weekStart, Instant since) implements Due {
        @Override
        public List<String> keys() {
            return List.of(key);
        }
    }

    /**
     * An action's reminder: to its owner {@code before-due} before its due date, or, {@code escalated}, to the chairs
     * once it is {@code escalate-after} overdue. The key names the due date, so a new due date earns a new reminder.
     */
    record Reminder(ActionItem action, boolean escalated) implements Due {
        @Override
        public List<String> keys() {
            return List.of((escalated ? "escalation:" : "reminder:") + action.id() + ":" + action.due());
        }
    }
}
