package org.plenary.workflow;

import java.time.Instant;
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
 * announced at once.
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
    public void changed(StoreTransaction tx, Meeting before, Meeting after, String what) {
        GroupDefinition definition = group.get();
        // A meeting cancelled or moved away never gets the agenda that would carry the change, so its
        // attendees hear of it now (PRODUCT.md 1: "a cancellation with a reason, announced").
        boolean gone = after.status() == MeetingStatus.CANCELLED || after.status() == MeetingStatus.MOVED;
        if (!gone && !tx.schedule().done(definition.id(), "agenda:" + before.id())) {
            return;
        }
        Instant now = clock.instant();
        Meeting current = tx.meetings().find(definition.id(), after.id()).orElse(after);
        Meeting bumped = new Meeting(current.groupId(), current.id(), current.kind(), current.title(), current.start(),
                current.end(), current.zone(), current.status(), current.cancelReason(), current.movedTo(),
                current.origin(), current.attendees(), current.sequence() + 1, current.notes());
        tx.meetings().update(bumped, now);
        long outboxNo = announcements.update(tx, definition, bumped, what, now);
        tx.schedule().record(definition.id(), "update:" + bumped.id() + ":" + bumped.sequence(), outboxNo, now);
    }
}
