package org.plenary.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plenary.group.ActionDefinition;
import org.plenary.group.GroupDefinition;
import org.plenary.group.PlannedMeeting;
import org.plenary.group.Role;
import org.plenary.group.SeriesExpander;
import org.plenary.store.ActionItem;
import org.plenary.store.Database;
import org.plenary.store.Meeting;
import org.plenary.store.MeetingStatus;
import org.plenary.store.StoreTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the store in line with the group file: the group and its members, every meeting from today to
 * {@link #WEEKS_AHEAD} weeks ahead (never earlier ones, which would earn summaries of meetings Plenary never saw), and the carried-over action items (A1… in file order on first load).
 * Idempotent: a meeting whose id exists (whatever became of it since) is left alone, and an action item
 * with the same owner and title is not added twice, so reloading never duplicates anything.
 */
public final class GroupSync {
    public static final int WEEKS_AHEAD = 9;
    private static final Logger LOG = LoggerFactory.getLogger(GroupSync.class);

    private final Database database;
    private final Clock clock;
    private final SeriesExpander expander = new SeriesExpander();

    public GroupSync(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public void sync(GroupDefinition group) {
        Instant now = clock.instant();
        int[] added = database.inTransaction(tx -> {
            tx.groups().save(group, now);
            return new int[] {addMeetings(tx, group, now), addActions(tx, group, now)};
        });
        LOG.info("group {} loaded: {} members, {} new meetings, {} new carried-over action items",
                group.id(), group.members().size(), added[0], added[1]);
    }

    private int addMeetings(StoreTransaction tx, GroupDefinition group, Instant now) {
        LocalDate today = now.atZone(group.timezone()).toLocalDate();
        List<PlannedMeeting> planned = expander.plan(group, today, today.plusWeeks(WEEKS_AHEAD));
        Map<String, Integer> sameDay = new HashMap<>();
        int added = 0;
        for (PlannedMeeting plan : planned) {
            String base = plan.kind() + "-" + plan.localDate();
            int index = sameDay.merge(base, 1, Integer::sum);
            String id = index == 1 ? base : base + "-" + index;
            if (tx.meetings().exists(group.id(), id)) {
                continue;
            }
            // Series meetings wait for a chair's CONFIRM; one-off meetings of the file are fixed already.
            MeetingStatus status = plan.fromSeries() ? MeetingStatus.TENTATIVE : MeetingStatus.CONFIRMED;
            Meeting meeting = new Meeting(group.id(), id, plan.kind(), plan.title(), plan.start(), plan.end(),
                    group.timezone(), status, null, null, plan.fromSeries() ? "series" : "file",
                    plan.attendees().stream().map(Role::id).toList(), 0, null);
            tx.meetings().insert(meeting, now);
            tx.agenda().addStanding(group.id(), id, plan.standingItems(), now);
            added++;
        }
        return added;
    }

    private int addActions(StoreTransaction tx, GroupDefinition group, Instant now) {
        List<ActionItem> existing = tx.actions().all(group.id());
        int added = 0;
        for (ActionDefinition action : group.actions()) {
            boolean known = existing.stream()
                    .anyMatch(a -> a.title().equals(action.title()) && a.owner().equals(action.owner()));
            if (!known) {
                tx.actions().create(group.id(), action.title(), action.owner(), action.due(), null, now, org.plenary.store.ActionRepository.GROUP_FILE);
                added++;
            }
        }
        return added;
    }
}
