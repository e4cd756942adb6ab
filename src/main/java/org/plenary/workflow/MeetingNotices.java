package org.plenary.workflow;

import org.plenary.store.Meeting;
import org.plenary.store.StoreTransaction;

/**
 * Tells the people concerned when a meeting changes after they were told about it (an update or a
 * cancellation of the invitation). Called inside the transaction of the change, so the notice and the
 * change commit together.
 */
public interface MeetingNotices {
    MeetingNotices NONE = (tx, before, after, what) -> { };

    void changed(StoreTransaction tx, Meeting before, Meeting after, String what);
}
