package org.plenary.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;
import org.plenary.store.StoreTransaction;

/**
 * Writes the notices of one email ({@link PeopleToTell}) into the outbox, in the email's transaction: the notices
 * for the same people come together as one email, so ten requests in one email are one notice to the chairs, not
 * ten. Thread-safe.
 */
final class PeopleNotices {
    private final Replies replies;

    PeopleNotices(Replies replies) {
        this.replies = replies;
    }

    void tell(StoreTransaction tx, GroupDefinition group, PeopleToTell told, String source, Instant now) {
        Map<List<String>, List<PeopleToTell.Notice>> byPeople = new LinkedHashMap<>();
        for (PeopleToTell.Notice notice : told.notices()) {
            byPeople.computeIfAbsent(notice.to().stream().map(Member::email).sorted().toList(),
                    k -> new ArrayList<>()).add(notice);
        }
        for (List<PeopleToTell.Notice> same : byPeople.values()) {
            PeopleToTell.Notice first = same.get(0);
            List<String> lines = same.stream().flatMap(n -> n.lines().stream()).toList();
            List<String> followUps = same.stream().flatMap(n -> n.followUps().stream()).distinct().toList();
            String headline = same.size() == 1 ? first.headline() : first.headline() + " and " + (same.size() - 1)
                    + " more";
            replies.notice(tx, group, first.to(), first.ref(), headline, lines, followUps,
                    source + "/notice/" + String.join(",", first.to().stream().map(Member::email).toList()), now);
        }
    }
}
