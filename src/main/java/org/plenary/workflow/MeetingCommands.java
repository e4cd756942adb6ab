package org.plenary.workflow;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plenary.group.MeetingIds;
import org.plenary.group.Member;
import org.plenary.group.Role;
import org.plenary.group.SeriesDefinition;
import org.plenary.language.Command;
import org.plenary.store.AgendaItem;
import org.plenary.store.Attendee;
import org.plenary.store.Decision;
import org.plenary.store.AgendaStatus;
import org.plenary.store.Meeting;
import org.plenary.store.MeetingStatus;
import org.plenary.notify.DisplayFormats;

/** Scheduling, confirming, cancelling and moving meetings, and recording their notes: chairs and staff only. */
final class MeetingCommands extends CommandFamily {
    private final ActionCommands actionCommands;

    MeetingCommands(Circumstances at, ActionCommands actionCommands) {
        super(at);
        this.actionCommands = actionCommands;
    }

    List<String> schedule(Command.MeetingSchedule c, Resolved.Builder resolved) {
        requireRole("schedule meetings", Role.CHAIR, Role.STAFF);
        Optional<SeriesDefinition> series = group.series().stream().filter(s -> s.kind().equals(c.kind())).findFirst();
        ZoneId zone = c.zone() != null ? c.zone() : group.timezone();
        LocalTime time = c.time() != null ? c.time()
                : series.map(s -> s.times().get(0)).orElseThrow(() -> new Refusal("say the time, e.g. 'SCHEDULE "
                + c.kind() + " " + c.date() + " 13:00 UTC 60 min'"));
        Instant start = ZonedDateTime.of(c.date(), time, zone).toInstant();
        Duration duration = c.minutes() != null ? Duration.ofMinutes(c.minutes())
                : series.map(SeriesDefinition::duration).orElse(Duration.ofMinutes(60));
        if (start.isBefore(now)) {
            throw new Refusal("cannot schedule a meeting in the past (" + DisplayFormats.longDateTime(start, group.timezone()) + ")");
        }
        Optional<Meeting> existing = tx.meetings().between(group.id(), start, start.plusSeconds(1)).stream()
                .filter(m -> m.isLive() && m.kind().equals(c.kind()) && m.start().equals(start)).findFirst();
        if (existing.isPresent()) {
            // The calendar holds this meeting already (a series' plenary at its usual time): SCHEDULE means that one,
            // as a scheduled meeting is confirmed; a second meeting at the same time would only earn two agendas.
            Meeting meeting = existing.get();
            resolved.meeting(meeting.id()).start(start);
            if (meeting.status() == MeetingStatus.CONFIRMED) {
                return List.of(finder.describe(meeting) + " was already scheduled and confirmed");
            }
            Meeting confirmed = meeting.with(MeetingStatus.CONFIRMED);
            tx.meetings().update(confirmed, now);
            notices.changed(meeting, confirmed, "confirmed");
            return List.of(finder.describe(meeting) + " was already in the calendar; confirmed");
        }
        String title = c.title() != null ? c.title()
                : series.map(SeriesDefinition::title).orElse(capitalised(c.kind()) + " meeting");
        String id = newMeetingId(c.kind(), start);
        List<String> attendees = series.map(s -> s.attendees().stream().map(Role::id).toList()).orElse(List.of());
        Meeting meeting = new Meeting(group.id(), id, c.kind(), title, start, start.plus(duration), zone,
                MeetingStatus.CONFIRMED, null, null, "email", attendees, 0, null);
        tx.meetings().insert(meeting, now);
        tx.agenda().addStanding(group.id(), id, series.map(SeriesDefinition::standingItems).orElse(List.of()), now);
        resolved.meeting(id).start(start);
        return List.of("Scheduled " + finder.describe(meeting) + ", " + duration.toMinutes() + " min");
    }

    List<String> confirm(Command.MeetingConfirm c, Resolved.Builder resolved) {
        requireRole("confirm meetings", Role.CHAIR, Role.STAFF);
        Meeting meeting = finder.one(c.meeting(), thread, null);
        resolved.meeting(meeting.id());
        requireUpcoming(meeting);
        if (meeting.status() == MeetingStatus.CONFIRMED) {
            return List.of(finder.describe(meeting) + " was already confirmed");
        }
        Meeting confirmed = meeting.with(MeetingStatus.CONFIRMED);
        tx.meetings().update(confirmed, now);
        notices.changed(meeting, confirmed, "confirmed");
        return List.of("Confirmed " + finder.describe(meeting));
    }

    List<String> cancel(Command.MeetingCancel c, Resolved.Builder resolved) {
        requireRole("cancel meetings", Role.CHAIR, Role.STAFF);
        Meeting meeting = finder.one(c.meeting(), thread, null);
        resolved.meeting(meeting.id());
        requireUpcoming(meeting);
        Meeting cancelled = new Meeting(meeting.groupId(), meeting.id(), meeting.kind(), meeting.title(),
                meeting.start(), meeting.end(), meeting.zone(), MeetingStatus.CANCELLED, c.reason(), null,
                meeting.origin(), meeting.attendees(), meeting.sequence(), meeting.notes());
        tx.meetings().update(cancelled, now);
        notices.changed(meeting, cancelled, "cancelled");
        return List.of("Cancelled " + finder.describe(meeting) + (c.reason() == null ? "" : ": " + c.reason()));
    }

    List<String> move(Command.MeetingMove c, Resolved.Builder resolved) {
        requireRole("move meetings", Role.CHAIR, Role.STAFF);
        Meeting meeting = finder.one(c.meeting(), thread, null);
        resolved.meeting(meeting.id());
        requireUpcoming(meeting);
        ZoneId zone = c.zone() != null ? c.zone() : group.timezone();
        LocalTime time = c.time() != null ? c.time() : meeting.start().atZone(zone).toLocalTime();
        // "MOVE plenary 4 July TO 14:00" names no new day: the meeting keeps its day, as it keeps its time without one.
        LocalDate day = c.date() != null ? c.date() : meeting.start().atZone(zone).toLocalDate();
        Instant start = ZonedDateTime.of(day, time, zone).toInstant();
        if (start.isBefore(now)) {
            throw new Refusal("cannot move a meeting into the past (" + DisplayFormats.longDateTime(start, group.timezone()) + ")");
        }
        resolved.start(start);
        String id = newMeetingId(meeting.kind(), start);
        if (id.equals(meeting.id()) || start.atZone(group.timezone()).toLocalDate()
                .equals(meeting.start().atZone(group.timezone()).toLocalDate())) {
            // Same day: the meeting keeps its id and simply changes time.
            Meeting moved = new Meeting(meeting.groupId(), meeting.id(), meeting.kind(), meeting.title(), start,
                    start.plus(meeting.duration()), meeting.zone(), meeting.status(), null, null, meeting.origin(),
                    meeting.attendees(), meeting.sequence(), meeting.notes());
            tx.meetings().update(moved, now);
            notices.changed(meeting, moved, "moved");
            resolved.movedTo(meeting.id());
            return List.of("Moved " + meeting.id() + " to " + DisplayFormats.longDateTime(start, group.timezone()));
        }
        Meeting moved = new Meeting(meeting.groupId(), id, meeting.kind(), meeting.title(), start,
                start.plus(meeting.duration()), meeting.zone(), meeting.status(), null, null, "email",
                meeting.attendees(), 0, null);
        tx.meetings().insert(moved, now);
        List<AgendaItem> standing = tx.agenda().ofMeeting(group.id(), meeting.id()).stream()
                .filter(i -> i.status() == AgendaStatus.STANDING).toList();
        tx.agenda().addStanding(group.id(), id, standing.stream().map(AgendaItem::title).toList(), now);
        tx.agenda().moveAll(group.id(), meeting.id(), id);
        Meeting old = new Meeting(meeting.groupId(), meeting.id(), meeting.kind(), meeting.title(), meeting.start(),
                meeting.end(), meeting.zone(), MeetingStatus.MOVED, null, id, meeting.origin(), meeting.attendees(),
                meeting.sequence(), meeting.notes());
        tx.meetings().update(old, now);
        notices.changed(meeting, old, "moved to " + DisplayFormats.longDateTime(start, group.timezone()));
        resolved.movedTo(id);
        return List.of("Moved " + meeting.id() + " to " + DisplayFormats.longDateTime(start, group.timezone()) + " (now " + id
                + "); agenda requests moved with it, apologies stay with the old date");
    }

    List<String> notes(Command.Notes c, Resolved.Builder resolved) {
        requireRole("record notes", Role.CHAIR, Role.STAFF);
        Meeting meeting = finder.one(c.meeting(), thread, null);
        if (meeting.start().isAfter(now) && c.meeting().isUnspecified() && thread.isEmpty()) {
            throw new Refusal("notes need a meeting that has started; write 'NOTES plenary 12 March'");
        }
        resolved.meeting(meeting.id());
        List<String> changes = new ArrayList<>();
        String previous = meeting.notes() == null ? "" : meeting.notes() + "\n";
        Meeting withNotes = new Meeting(meeting.groupId(), meeting.id(), meeting.kind(), meeting.title(),
                meeting.start(), meeting.end(), meeting.zone(), meeting.status(), meeting.cancelReason(),
                meeting.movedTo(), meeting.origin(), meeting.attendees(), meeting.sequence(), previous + c.text());
        tx.meetings().update(withNotes, now);
        recordDecisionsAndAttendance(meeting, c);
        changes.add("Notes recorded for " + finder.describe(meeting) + ": " + c.decisions().size() + " decision(s)"
                + (c.attended().isEmpty() ? "" : ", " + c.attended().size() + " attended"));
        List<Resolved> actions = new ArrayList<>();
        for (Command.ActionCreate action : c.actions()) {
            Resolved.Builder created = new Resolved.Builder();
            changes.addAll(actionCommands.actionCreate(action, created, meeting.id()));
            actions.add(created.build());
        }
        resolved.actions(actions);
        return changes;
    }

    /**
     * The notes' decisions and attendance as rows, parsed once here so the summary and attendance statistics never
     * read the raw text again. Notes sent again for the meeting add what they add: new decisions after the earlier
     * ones, and people not listed yet. A name is kept as written, with the member's address when it names one.
     */
    private void recordDecisionsAndAttendance(Meeting meeting, Command.Notes c) {
        for (String decision : c.decisions()) {
            tx.decisions().record(group.id(), new Decision(meeting.id(), decision, now, source));
        }
        for (String name : c.attended()) {
            String email = directory.match(name).map(Member::email).orElse(null);
            tx.attendance().record(group.id(), new Attendee(meeting.id(), email, name, now, source));
        }
    }

    private String newMeetingId(String kind, Instant start) {
        LocalDate day = start.atZone(group.timezone()).toLocalDate();
        return MeetingIds.idFor(kind, day, id -> tx.meetings().exists(group.id(), id));
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
