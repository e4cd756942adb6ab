package org.plenary.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;
import org.plenary.store.AttendanceCounts.Presence;
import org.plenary.store.Meeting;
import org.plenary.store.MeetingStatus;
import org.plenary.store.StoreTransaction;

/**
 * Attendance per member over the meetings that start in a period, from the ATTENDED lines of the notes and the
 * apologies (see {@link AttendanceRow} for what each count means). Cancelled and moved meetings do not count.
 * Members in the order of the group file; observers included, since chairs ask about them too.
 */
public final class Attendance {
    private Attendance() {
    }

    /** The period is read in the group's time zone, both days included. */
    public static List<AttendanceRow> over(StoreTransaction tx, GroupDefinition group, LocalDate from, LocalDate to,
                                           Instant now) {
        Instant start = from.atStartOfDay(group.timezone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(group.timezone()).toInstant();
        List<Meeting> meetings = tx.meetings().between(group.id(), start, end).stream()
                .filter(m -> m.status() != MeetingStatus.CANCELLED && m.status() != MeetingStatus.MOVED).toList();
        Set<Presence> attended = new HashSet<>(tx.attendanceCounts().attended(group.id(), start, end));
        Set<Presence> apologised = new HashSet<>(tx.attendanceCounts().apologised(group.id(), start, end));
        Set<String> withNotes = new HashSet<>();
        attended.forEach(p -> withNotes.add(p.meetingId()));
        List<AttendanceRow> rows = new ArrayList<>();
        for (Member member : group.members()) {
            int expected = 0;
            int present = 0;
            int apologies = 0;
            int absent = 0;
            for (Meeting meeting : meetings) {
                if (!meeting.attendedBy(member.role())) {
                    continue;
                }
                expected++;
                Presence here = new Presence(meeting.id(), member.email());
                boolean was = attended.contains(here);
                boolean sorry = apologised.contains(here);
                present += was ? 1 : 0;
                apologies += sorry ? 1 : 0;
                if (!was && !sorry && meeting.end().isBefore(now) && withNotes.contains(meeting.id())) {
                    absent++;
                }
            }
            rows.add(new AttendanceRow(member.email(), member.name(), member.role().id(), expected, present, apologies,
                    absent));
        }
        return rows;
    }
}
