package org.plenary.notify;

import java.time.Instant;
import java.util.function.Supplier;
import org.plenary.group.GroupDefinition;
import org.plenary.store.Database;
import org.plenary.store.StoreTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues what the {@link Timetable} finds due: each meeting's agenda {@code agenda-lead} before it, its summary
 * when notes arrive or {@code summaryAfter} after it ends, the reminders of action items, and the weekly digest at
 * the group's day and time.
 * Each send is recorded under its keys ("agenda:plenary-2017-07-04", "digest:2017-W25") in the transaction that
 * fills the outbox, so a restart never sends one twice; one missed while the process was down goes out when it
 * comes back unless it is stale (an agenda once its meeting started, a digest after its day, a summary after a
 * week). A summary that went out without notes is followed by one more when the notes arrive.
 * Called by the schedules route; not re-entrant (one timer thread).
 */
public final class Schedules {
    private static final Logger LOG = LoggerFactory.getLogger(Schedules.class);

    private final Supplier<GroupDefinition> group;
    private final Database database;
    private final Announcements announcements;
    private final Timetable timetable;

    public Schedules(Supplier<GroupDefinition> group, Database database, Announcements announcements, Timetable timetable) {
        this.group = group;
        this.database = database;
        this.announcements = announcements;
        this.timetable = timetable;
    }

    public void tick() {
        GroupDefinition definition = group.get();
        Instant now = timetable.now();
        database.useTransaction(tx -> timetable.agendas(tx, definition, now).forEach(agenda -> {
            record(tx, definition, agenda, announcements.agenda(tx, definition, agenda.meeting(), now), now);
            LOG.info("agenda of {} queued", agenda.meeting().id());
        }));
        database.useTransaction(tx -> timetable.summaries(tx, definition, now).forEach(summary -> {
            record(tx, definition, summary, announcements.summary(tx, definition, summary.meeting(), now), now);
            LOG.info("summary of {} queued{}", summary.meeting().id(),
                    summary.round() == Due.SummaryRound.NOTES_AFTERWARDS ? " (notes arrived after the first)" : "");
        }));
        database.useTransaction(tx -> timetable.reminders(tx, definition, now).forEach(reminder -> {
            record(tx, definition, reminder, announcements.reminder(tx, definition, reminder.action(),
                    reminder.escalated(), now), now);
            LOG.info("{} of {} queued", reminder.escalated() ? "escalation" : "reminder", reminder.action().id());
        }));
        database.useTransaction(tx -> timetable.digest(tx, definition, now).ifPresent(digest -> {
            record(tx, definition, digest,
                    announcements.digest(tx, definition, digest.weekStart(), digest.since(), now), now);
            LOG.info("weekly digest {} queued", digest.key());
        }));
    }

    private static void record(StoreTransaction tx, GroupDefinition definition, Due due, long outboxNo, Instant now) {
        due.keys().forEach(key -> tx.schedule().record(definition.id(), key, outboxNo, now));
    }
}
