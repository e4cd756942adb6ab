package org.plenary.notify;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Reminders;
import org.plenary.store.ActionItem;
import org.plenary.store.Meeting;
import org.plenary.store.MeetingStatus;
import org.plenary.store.StoreTransaction;

/**
 * What is due at the clock's now, read from the store and changing nothing: each meeting's agenda
 * {@code agenda-lead} before it, its summary when notes arrive or {@code summaryAfter} after it ends, and the
 * weekly digest at the group's day and time. A send recorded in the schedule log (see {@link Due#keys()}) is
 * never due again. One missed while the process was down is due when it comes back unless it is stale: an
 * agenda once its meeting started, a digest after its day, a summary after a week. A summary that went out
 * without notes is followed by one more when the notes arrive.
 */
public final class Timetable {
    private static final Duration SUMMARY_STALE = Duration.ofDays(7);

    private final Clock clock;
    private final Duration summaryAfter;

    public Timetable(Clock clock, Duration summaryAfter) {
        this.clock = clock;
        this.summaryAfter = summaryAfter;
    }

    public Instant now() {
        return clock.instant();
    }

    public List<Due.Agenda> agendas(StoreTransaction tx, GroupDefinition group, Instant now) {
        List<Due.Agenda> due = new ArrayList<>();
        // Due from agenda-lead before the start on the dot: "between" excludes its end, so ask a second beyond it.
        Instant latestStart = now.plus(group.agendaLead());
        for (Meeting meeting : tx.meetings().between(group.id(), now, latestStart.plusSeconds(1))) {
            Due.Agenda agenda = new Due.Agenda(meeting);
            if (!meeting.start().isAfter(latestStart) && meeting.isLive() && !done(tx, group, agenda.keys().get(0))) {
                due.add(agenda);
            }
        }
        return due;
    }

    public List<Due.Summary> summaries(StoreTransaction tx, GroupDefinition group, Instant now) {
        List<Due.Summary> due = new ArrayList<>();
        for (Meeting meeting : tx.meetings().endedBetween(group.id(), now.minus(SUMMARY_STALE), now.plus(Duration.ofDays(1)))) {
            if (meeting.status() == MeetingStatus.CANCELLED || meeting.status() == MeetingStatus.MOVED
                    || meeting.start().isAfter(now)) {
                continue;
            }
            String key = "summary:" + meeting.id();
            // A summary sent without notes (summaryAfter passed first) is followed by one with them when they
            // arrive: the decisions and actions recorded are what the summary is for.
            boolean notesIn = meeting.notes() != null && !meeting.notes().isBlank();
            boolean late = !meeting.end().plus(summaryAfter).isAfter(now);
            if ((notesIn || late) && !done(tx, group, key)) {
                due.add(new Due.Summary(meeting, notesIn ? Due.SummaryRound.FIRST_WITH_NOTES : Due.SummaryRound.FIRST_WITHOUT_NOTES));
            } else if (notesIn && done(tx, group, "summary-without-notes:" + meeting.id()) && !done(tx, group, key + ":notes")) {
                due.add(new Due.Summary(meeting, Due.SummaryRound.NOTES_AFTERWARDS));
            }
        }
        return due;
    }

    public Optional<Due.Digest> digest(StoreTransaction tx, GroupDefinition group, Instant now) {
        if (group.digestDay() == null) {
            return Optional.empty();
        }
        LocalDate today = now.atZone(group.timezone()).toLocalDate();
        LocalDate day = today.with(TemporalAdjusters.previousOrSame(group.digestDay()));
        ZonedDateTime time = ZonedDateTime.of(day, group.digestTime(), group.timezone());
        if (now.isBefore(time.toInstant()) || !now.isBefore(time.plusDays(1).toInstant())) {
            return Optional.empty();
        }
        String key = "digest:" + day.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        if (done(tx, group, key)) {
            return Optional.empty();
        }
        return Optional.of(new Due.Digest(key, day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                time.minusDays(7).toInstant()));
    }

    /**
     * The reminders due now (PRODUCT.md 3.3 {@code reminders:}): an open action's owner from {@code before-due}
     * before the start of its due day until the day is over; the chairs from {@code escalate-after} after the due
     * day is over, for a week (one missed for longer while the process was down is stale).
     */
    public List<Due.Reminder> reminders(StoreTransaction tx, GroupDefinition group, Instant now) {
        Reminders settings = group.reminders();
        List<Due.Reminder> due = new ArrayList<>();
        if (settings.beforeDue() == null && settings.escalateAfter() == null) {
            return due;
        }
        for (ActionItem action : tx.actions().open(group.id())) {
            if (action.due() == null) {
                continue;
            }
            Instant dayStarts = action.due().atStartOfDay(group.timezone()).toInstant();
            Instant dayEnds = action.due().plusDays(1).atStartOfDay(group.timezone()).toInstant();
            if (settings.beforeDue() != null && !now.isBefore(dayStarts.minus(settings.beforeDue()))
                    && now.isBefore(dayEnds)) {
                Due.Reminder reminder = new Due.Reminder(action, false);
                if (!done(tx, group, reminder.keys().get(0))) {
                    due.add(reminder);
                }
            }
            if (settings.escalateAfter() != null) {
                Instant escalates = dayEnds.plus(settings.escalateAfter());
                Due.Reminder escalation = new Due.Reminder(action, true);
                if (!now.isBefore(escalates) && now.isBefore(escalates.plus(SUMMARY_STALE))
                        && !done(tx, group, escalation.keys().get(0))) {
                    due.add(escalation);
                }
            }
        }
        return due;
    }

    private static boolean done(StoreTransaction tx, GroupDefinition group, String key) {
        return tx.schedule().done(group.id(), key);
    }
}
