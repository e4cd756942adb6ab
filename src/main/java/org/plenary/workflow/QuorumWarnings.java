package org.plenary.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.plenary.group.GroupDefinition;
import org.plenary.notify.Announcements;
import org.plenary.notify.QuorumForecast;
import org.plenary.store.Meeting;
import org.plenary.store.StoreTransaction;

/**
 * Warns the chairs, once per meeting, when apologies leave a coming meeting short of its quorum (PRODUCT.md 3.3).
 * It runs at the end of every email's commands, in the email's transaction: the warning is queued in the outbox
 * and recorded in the schedule log ("quorum-warning:{meeting}") with the apology that caused it, so a crash
 * leaves both or neither and a restart never sends it twice. A meeting short of quorum without any apology (a
 * quorum larger than the group) is the group file's business, not news: it draws no warning.
 */
public final class QuorumWarnings implements MeetingNotices {
    /** How far ahead a meeting is "coming". */
    static final Duration AHEAD = Duration.ofDays(31);

    private final Supplier<GroupDefinition> group;
    private final Announcements announcements;
    private final Clock clock;

    public QuorumWarnings(Supplier<GroupDefinition> group, Announcements announcements, Clock clock) {
        this.group = group;
        this.announcements = announcements;
        this.clock = clock;
    }

    @Override
    public void announce(StoreTransaction tx, List<Change> changes) {
        GroupDefinition definition = group.get();
        if (definition.quorum() == null) {
            return;
        }
        Instant now = clock.instant();
        for (Meeting meeting : tx.meetings().between(definition.id(), now, now.plus(AHEAD))) {
            if (!meeting.isLive()) {
                continue;
            }
            String key = "quorum-warning:" + meeting.id();
            QuorumForecast forecast = QuorumForecast.of(definition, tx, meeting);
            if (forecast == null || forecast.met() || tx.apologies().ofMeeting(definition.id(), meeting.id()).isEmpty()
                    || tx.schedule().done(definition.id(), key)) {
                continue;
            }
            tx.schedule().record(definition.id(), key, announcements.quorumWarning(tx, definition, meeting, now), now);
        }
    }

    /** Both, in order: the change notices, then the quorum warnings. */
    public static MeetingNotices after(MeetingNotices first, QuorumWarnings warnings) {
        return (tx, changes) -> {
            first.announce(tx, changes);
            warnings.announce(tx, changes);
        };
    }
}
