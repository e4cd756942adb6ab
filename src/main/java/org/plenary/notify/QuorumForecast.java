package org.plenary.notify;

import java.util.Set;
import java.util.stream.Collectors;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;
import org.plenary.group.Role;
import org.plenary.store.Apology;
import org.plenary.store.Meeting;
import org.plenary.store.StoreTransaction;

/**
 * Will a meeting have its quorum (PRODUCT.md 3.3 {@code quorum:})? Only chairs and members count: {@code required}
 * is the group's number, or its share of the chairs and members the meeting invites; {@code expected} is those
 * invited chairs and members who sent no apology. A partial apology ("I will join late") does not make its sender
 * absent here.
 */
public record QuorumForecast(int required, int expected, boolean met) {

    /** The forecast, or null when the group sets no quorum or the meeting does not invite the members. */
    public static QuorumForecast of(GroupDefinition group, StoreTransaction tx, Meeting meeting) {
        if (group.quorum() == null) {
            return null;
        }
        Set<String> absent = tx.apologies().ofMeeting(group.id(), meeting.id()).stream().filter(a -> !a.partial())
                .map(Apology::email).collect(Collectors.toSet());
        return of(group, meeting, absent);
    }

    /**
     * The forecast from the apologies already read. A meeting that does not invite the members (a chairs and staff
     * call) has no quorum to forecast: the group's quorum is the plenary body's.
     */
    public static QuorumForecast of(GroupDefinition group, Meeting meeting, Set<String> apologised) {
        if (group.quorum() == null || !meeting.attendedBy(Role.MEMBER)) {
            return null;
        }
        int eligible = 0;
        int expected = 0;
        for (Member member : group.members()) {
            if ((member.role() == Role.CHAIR || member.role() == Role.MEMBER) && meeting.attendedBy(member.role())) {
                eligible++;
                if (!apologised.contains(member.email())) {
                    expected++;
                }
            }
        }
        int required = group.quorum().required(eligible);
        return new QuorumForecast(required, expected, expected >= required);
    }
}
