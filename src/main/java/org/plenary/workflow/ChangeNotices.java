package org.plenary.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.plenary.group.GroupDefinition;
import org.plenary.notify.Announcements;
import org.plenary.store.Meeting;
import org.plenary.store.MeetingStatus;
import org.plenary.store.StoreTransaction;

/**
 * Once a meeting's agenda and invitation went out, every later change (confirmation, cancellation, move,
 * an accepted agenda item) raises the invitation's SEQUENCE and sends an update, or a CANCEL. Before the
 * agenda went out the agenda will carry the change, except a cancellation or a move to another day, which is
 * announced at once. The changes of one email go out together ({@link Announcements#updates}), and a meeting
 * that was cancelled or moved away already is never announced again.
 */
public final class ChangeNotices implements MeetingNotices {
    private final Supplier<GroupDefinition> group;
    private final Announcements announcements;
    private final java.time.Clock clock;

    public ChangeNotices(Supplier<GroupDefinition> group, Announcements announcements, java.time.Clock clock) {
        this.group = group;
        this.announcements = announcements;
        this.clock = clock;
    }

    @Override
    public void announce(StoreTransaction tx, List<Change> changes) {
        GroupDefinition definition = group.get();
        Instant now = clock.instant();
        List<Announcements.Update> updates = new ArrayList<>();
        for (Change change : changes) {
            if (gone(change.before())) {
                continue; // its cancellation went out already: a second one would only repeat it
            }
            // A meeting cancelled or moved away never gets the agenda that would carry the change, so its
            // attendees hear of it now (PRODUCT.md 1: "a cancellation with a reason, announced").
            if (!gone(change.after()) && !tx.schedule().done(definition.id(), "agenda:" + change.before().id())) {
                continue;
            }
            Meeting current = tx.meetings().find(definition.id(), change.after().id()).orElse(change.after());
            Meeting bumped = new Meeting(current.groupId(), current.id(), current.kind(), current.title(),
                    current.start(), current.end(), current.zone(), current.status(), current.cancelReason(),
                    current.movedTo(), current.origin(), current.attendees(), current.sequence() + 1, current.notes());
            tx.meetings().update(bumped, now);
            updates.add(new Announcements.Update(bumped, change.what()));
        }
        List<Long> outboxNumbers = announcements.updates(tx, definition, updates, now);
        for (int i = 0; i < updates.size(); i++) {
            Meeting meeting = updates.get(i).meeting();
            tx.schedule().record(definition.id(), "update:" + meeting.id() + ":" + meeting.sequence(),
                    outboxNumbers.get(i), now);
        }
    }

    private static boolean gone(Meeting meeting) {
        return meeting.status() == MeetingStatus.CANCELLED || meeting.status() == MeetingStatus.MOVED;
    }
}
