package org.plenary.desk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;
import org.plenary.notify.Announcements;
import org.plenary.notify.InvitationData;
import org.plenary.notify.Invitations;
import org.plenary.notify.Invitee;
import org.plenary.store.AttendanceCounts.Presence;
import org.plenary.store.Meeting;
import org.plenary.store.MeetingStatus;
import org.plenary.store.StoreTransaction;

/**
 * The calendar feeds (PRODUCT.md 3.7, RFC 5545): the group's meetings, and one member's with their apologies as
 * PARTSTAT=DECLINED. Each meeting carries its invitation's UID and SEQUENCE, so the feed and the emailed
 * invitation are one calendar entry; a cancelled meeting, or one moved to another day (whose new date is a meeting
 * of its own), is STATUS:CANCELLED. The feeds hold the meetings from {@link #PAST} ago on. Thread-safe.
 */
public final class CalendarFeeds {
    static final Duration PAST = Duration.ofDays(183);

    private final Invitations invitations = new Invitations();

    /** Every meeting of the group, without attendees: the group's feed names nobody. */
    public String ofGroup(StoreTransaction tx, GroupDefinition group, Instant now) {
        List<Invitations.FeedEntry> entries = new ArrayList<>();
        for (Meeting meeting : meetings(tx, group, now)) {
            entries.add(new Invitations.FeedEntry(data(group, meeting, now, List.of()), gone(meeting), Set.of()));
        }
        return invitations.feed(group.name(), entries);
    }

    /** The meetings the member is invited to, with the member as the one attendee, declined where they apologised. */
    public String ofMember(StoreTransaction tx, GroupDefinition group, Member member, Instant now) {
        Set<String> apologised = tx.attendanceCounts().apologised(group.id(), now.minus(PAST),
                        Instant.parse("9999-01-01T00:00:00Z"))
                .stream().filter(p -> p.email().equals(member.email())).map(Presence::meetingId)
                .collect(Collectors.toSet());
        List<Invitee> self = List.of(new Invitee(member.name(), member.email()));
        List<Invitations.FeedEntry> entries = new ArrayList<>();
        for (Meeting meeting : meetings(tx, group, now)) {
            if (meeting.attendedBy(member.role())) {
                entries.add(new Invitations.FeedEntry(data(group, meeting, now, self), gone(meeting),
                        apologised.contains(meeting.id()) ? Set.of(member.email()) : Set.of()));
            }
        }
        return invitations.feed(group.name() + " (" + member.name() + ")", entries);
    }

    private static List<Meeting> meetings(StoreTransaction tx, GroupDefinition group, Instant now) {
        return tx.meetings().between(group.id(), now.minus(PAST), Instant.parse("9999-01-01T00:00:00Z"));
    }

    private static boolean gone(Meeting meeting) {
        return meeting.status() == MeetingStatus.CANCELLED || meeting.status() == MeetingStatus.MOVED;
    }

    private static InvitationData data(GroupDefinition group, Meeting meeting, Instant now, List<Invitee> attendees) {
        InvitationData d = Announcements.invitation(group, meeting, now);
        return new InvitationData(d.uid(), d.sequence(), d.summary(), d.description(), d.start(), d.end(), d.status(),
                d.organizerEmail(), d.organizerName(), attendees, d.stamp(), d.location(), d.joinUrl());
    }
}
