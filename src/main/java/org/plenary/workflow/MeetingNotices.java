package org.plenary.workflow;

import java.util.List;
import org.plenary.store.Meeting;
import org.plenary.store.StoreTransaction;

/**
 * Tells the people concerned when meetings change after they were told about them (an update or a cancellation
 * of the invitation). Called once per email, at the end of its commands and inside its transaction, with every
 * meeting the email changed, so the notices and the changes commit together and one email makes at most one
 * announcement to the list.
 */
public interface MeetingNotices {
    MeetingNotices NONE = (tx, changes) -> { };

    void announce(StoreTransaction tx, List<Change> changes);

    /** One meeting as it was before the email, as it is after, and what happened to it in words. */
    record Change(Meeting before, Meeting after, String what) {
    }
}
