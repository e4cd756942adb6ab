package org.plenary.notify;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.function.Supplier;
import org.plenary.group.GroupDefinition;
import org.plenary.store.Database;
import org.plenary.store.Meeting;
import org.plenary.store.MeetingStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What is due now: each meeting's agenda {@code agenda-lead} before it, its summary when notes arrive or
 * {@code summaryAfter} after it ends, and the weekly digest at the group's day and time. Each send is
 * recorded under a key ("agenda:plenary-2017-07-04", "digest:2017-W25") in the transaction that fills the
 * outbox, so a restart never sends one twice; one missed while the process was down goes out when it comes
 * back unless it is stale (an agenda once its meeting started, a digest after its day, a summary after a week).
 * A summary that went out without notes is followed by one more when the notes arrive.
 * Called by the schedules route; not re-entrant (one timer thread).
 */
public final class Schedules {
    private static final Logger LOG = LoggerFactory.getLogger(Schedules.class);
    private static final Duration SUMMARY_STALE = Duration.ofDays(7);

    private final Supplier<GroupDefinition> group;
    private final Database database;
    private final Announcements announcements;
    private final Clock clock;
    private final Duration summaryAfter;
    private final Runnable housekeeping;

    /** {@code housekeeping} runs first on every tick (group file reload, series expansion). */
    public Schedules(Supplier<GroupDefinition> group, Database database, Announcements announcements, Clock clock,
                     Duration summaryAfter, Runnable housekeeping) {
        this.group = group;
        this.database = database;
        this.announcements = announcements;
        this.clock = clock;
        this.summaryAfter = summaryAfter;
        this.housekeeping = housekeeping;
    }

    public void tick() {
        housekeeping.run();
        GroupDefinition definition = group.get();
        Instant now = clock.instant();
        agendas(definition, now);
        summaries(definition, now);
        digest(definition, now);
    }

    private void agendas(GroupDefinition definition, Instant now) {
        database.useTransaction(tx -> {
            for (Meeting meeting : tx.meetings().between(definition.id(), now, now.plus(definition.agendaLead()))) {
                String key = "agenda:" + meeting.id();
                if (meeting.isLive() && !tx.schedule().done(definition.id(), key)) {
                    long outboxNo = announcements.agenda(tx, definition, meeting, now);
                    tx.schedule().record(definition.id(), key, outboxNo, now);
                    LOG.info("agenda of {} queued", meeting.id());
                }
            }
        });
    }

    private void summaries(GroupDefinition definition, Instant now) {
        database.useTransaction(tx -> {
            for (Meeting meeting : tx.meetings().endedBetween(definition.id(), now.minus(SUMMARY_STALE),
                    now.plus(Duration.ofDays(1)))) {
                String key = "summary:" + meeting.id();
                // A summary sent without notes (summaryAfter passed first) is followed by one with them when they
                // arrive: the decisions and actions recorded are what the summary is for.
                String withoutNotesKey = "summary-without-notes:" + meeting.id();
                boolean notesIn = meeting.notes() != null && !meeting.notes().isBlank();
                boolean late = !meeting.end().plus(summaryAfter).isAfter(now);
                boolean first = (notesIn || late) && !tx.schedule().done(definition.id(), key);
                boolean notesAfterwards = notesIn && tx.schedule().done(definition.id(), withoutNotesKey)
                        && !tx.schedule().done(definition.id(), key + ":notes");
                if (meeting.status() != MeetingStatus.CANCELLED && meeting.status() != MeetingStatus.MOVED
                        && !meeting.start().isAfter(now) && (first || notesAfterwards)) {
                    long outboxNo = announcements.summary(tx, definition, meeting, now);
                    tx.schedule().record(definition.id(), first ? key : key + ":notes", outboxNo, now);
                    if (first && !notesIn) {
                        tx.schedule().record(definition.id(), withoutNotesKey, outboxNo, now);
                    }
                    LOG.info("summary of {} queued{}", meeting.id(), notesAfterwards ? " (notes arrived after the first)" : "");
                }
            }
        });
    }

    private void digest(GroupDefinition definition, Instant now) {
        if (definition.digestDay() == null) {
            return;
        }
        LocalDate today = now.atZone(definition.timezone()).toLocalDate();
        LocalDate day = today.with(TemporalAdjusters.previousOrSame(definition.digestDay()));
        ZonedDateTime due = ZonedDateTime.of(day, definition.digestTime(), definition.timezone());
        if (now.isBefore(due.toInstant()) || !now.isBefore(due.plusDays(1).toInstant())) {
            return;
        }
        String key = "digest:" + day.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        database.useTransaction(tx -> {
            if (!tx.schedule().done(definition.id(), key)) {
                LocalDate weekStart = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                long outboxNo = announcements.digest(tx, definition, weekStart,
                        due.minusDays(7).toInstant(), now);
                tx.schedule().record(definition.id(), key, outboxNo, now);
                LOG.info("weekly digest {} queued", key);
            }
        });
    }
}
