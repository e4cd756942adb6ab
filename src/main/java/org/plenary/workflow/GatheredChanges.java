package org.plenary.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.store.Meeting;

/**
 * The meeting changes of one email, gathered while its commands apply so that {@link MeetingNotices} announces
 * them together at the end: one meeting changed twice (confirmed, then an agenda item accepted) is one change,
 * from how it was before the email to how it is after. Not thread-safe: one email's.
 */
final class GatheredChanges {
    private final Map<String, MeetingNotices.Change> byMeeting = new LinkedHashMap<>();

    void changed(Meeting before, Meeting after, String what) {
        byMeeting.merge(after.id(), new MeetingNotices.Change(before, after, what),
                (earlier, later) -> new MeetingNotices.Change(earlier.before(), later.after(),
                        earlier.what() + "; " + later.what()));
    }

    List<MeetingNotices.Change> changes() {
        return new ArrayList<>(byMeeting.values());
    }
}
