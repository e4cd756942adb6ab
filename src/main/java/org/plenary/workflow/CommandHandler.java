package org.plenary.workflow;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;
import org.plenary.group.MeetingIds;
import org.plenary.group.Role;
import org.plenary.group.SeriesDefinition;
import org.plenary.language.Command;
import org.plenary.language.MeetingRef;
import org.plenary.store.ActionItem;
import org.plenary.store.AgendaItem;
import org.plenary.store.Apology;
import org.plenary.store.Meeting;
import org.plenary.store.MeetingStatus;
import org.plenary.store.StoreTransaction;
import org.plenary.notify.DisplayFormats;

/**
 * Applies the commands of one email, from one sender, inside the email's transaction: checks the
 * sender's role, resolves people and meetings, changes the store and says what changed. A command
 * that cannot be applied becomes an {@link Effect} with an error; the others still apply.
 */
final class CommandHandler {
    private final GroupDefinition group;
    private final StoreTransaction tx;
    private final Directory directory;
    private final MeetingFinder finder;
    private final MeetingNotices notices;
    private final Instant now;
    private final Member sender;
    private final Optional<String> thread;
    private final String source;

    CommandHandler(GroupDefinition group, StoreTransaction tx, Directory directory, MeetingNotices notices,
                   Instant now, Member sender, Optional<String> thread, String source) {
        this.group = group;
        this.tx = tx;
        this.directory = directory;
        this.finder = new MeetingFinder(group.id(), group.timezone(), tx.meetings(), now);
        this.notices = notices;
        this.now = now;
        this.sender = sender;
        this.thread = thread;
        this.source = source;
    }

    Effect apply(Command command) {
        Map<String, Object> fields = new LinkedHashMap<>();
        try {
            List<String> changes = dispatch(command, fields);
            for (String change : changes) {
                tx.changes().record(group.id(), now, refOf(fields), sender.name() + ": " + change, source);
            }
            return Effect.done(command.type(), fields, changes);
        } catch (Refusal refusal) {
            return Effect.refused(command.type(), fields, refusal.getMessage());
        }
    }

    private List<String> dispatch(Command command, Map<String, Object> fields) {
        if (command instanceof Command.Apology c) {
            return apology(c, fields);
        } else if (command instanceof Command.ApologyWithdrawn c) {
            return withdraw(c, fields);
        } else if (command instanceof Command.AgendaRequest c) {
            return agendaRequest(c, fields);
        } else if (command instanceof Command.AgendaDecision c) {
            return agendaDecision(c, fields);
        } else if (command instanceof Command.ActionCreate c) {
            return actionCreate(c, fields, null);
        } else if (command instanceof Command.ActionUpdate c) {
            return actionUpdate(c, fields);
        } else if (command instanceof Command.MeetingSchedule c) {
            return schedule(c, fields);
        } else if (command instanceof Command.MeetingConfirm c) {
            return confirm(c, fields);
        } else if (command instanceof Command.MeetingCancel c) {
            return cancel(c, fields);
        } else if (command instanceof Command.MeetingMove c) {
            return move(c, fields);
        } else if (command instanceof Command.Notes c) {
            return notes(c, fields);
        }
        return List.of(); // help and status change nothing; the reply answers them
    }

    private List<String> apology(Command.Apology c, Map<String, Object> fields) {
        Member absent = absentee(c.member());
        fields.put("member", absent.email());
        List<Meeting> meetings = finder.many(c.meeting(), thread, absent);
        fields.put("meetings", meetings.stream().map(Meeting::id).toList());
        fields.put("reason", c.reason());
        if (meetings.size() > 1) {
            meetings = meetings.stream().filter(m -> m.end().isAfter(now)).toList();
        }
        if (meetings.size() == 1 && meetings.get(0).end().isBefore(now)) {
            throw new Refusal(finder.describe(meetings.get(0)) + " is over already");
        }
        fields.put("meetings", meetings.stream().map(Meeting::id).toList());
        List<String> changes = new ArrayList<>();
        for (Meeting meeting : meetings) {
            boolean saved = tx.apologies().save(group.id(), new Apology(meeting.id(), absent.email(), c.reason(), now, source));
            changes.add((saved ? "Apologies recorded" : "Apologies already recorded") + " from " + absent.name()
                    + " for " + finder.describe(meeting) + (c.reason() == null ? "" : " (" + c.reason() + ")"));
        }
        return changes;
    }

    private List<String> withdraw(Command.ApologyWithdrawn c, Map<String, Object> fields) {
        Member absent = absentee(c.member());
        fields.put("member", absent.email());
        List<Meeting> meetings;
        if (c.meeting().isUnspecified() && thread.isEmpty()) {
            // "I can make it after all": the next meeting they apologised for, rather than just the next one.
            meetings = tx.meetings().between(group.id(), now, now.plus(Duration.ofDays(400))).stream()
                    .filter(m -> tx.apologies().exists(group.id(), m.id(), absent.email())).limit(1).toList();
            if (meetings.isEmpty()) {
                throw new Refusal(absent.name() + " has no apologies recorded for upcoming meetings");
            }
        } else {
            meetings = finder.many(c.meeting(), thread, absent);
        }
        fields.put("meetings", meetings.stream().map(Meeting::id).toList());
        fields.put("reason", null);
        List<String> changes = new ArrayList<>();
        for (Meeting meeting : meetings) {
            if (tx.apologies().withdraw(group.id(), meeting.id(), absent.email())) {
                changes.add("Apologies withdrawn: " + absent.name() + " will attend " + finder.describe(meeting));
            } else {
                throw new Refusal(absent.name() + " had sent no apologies for " + finder.describe(meeting));
            }
        }
        return changes;
    }

    private Member absentee(String words) {
        Member absent = directory.resolve(words, sender);
        if (!absent.email().equals(sender.email()) && !sender.role().runsTheGroup()) {
            throw new Refusal("only chairs and staff can send apologies on behalf of someone else");
        }
        return absent;
    }

    private List<String> agendaRequest(Command.AgendaRequest c, Map<String, Object> fields) {
        fields.put("title", c.title());
        fields.put("minutes", c.minutes());
        requireRole("request agenda items", Role.CHAIR, Role.STAFF, Role.MEMBER);
        Meeting meeting = finder.one(c.meeting(), thread, sender);
        fields.put("meeting", meeting.id());
        requireUpcoming(meeting);
        String id = tx.agenda().addRequest(group.id(), meeting.id(), c.title(), sender.email(), c.minutes(), now);
        fields.put("request", id);
        return List.of("Agenda request " + id + " recorded: \"" + c.title() + "\"" + minutes(c.minutes()) + " for "
                + finder.describe(meeting) + "; a chair or staff will accept or decline it");
    }

    private List<String> agendaDecision(Command.AgendaDecision c, Map<String, Object> fields) {
        fields.put("request", c.request());
        fields.put("decision", c.decision().name().toLowerCase(Locale.ROOT));
        fields.put("reason", c.reason());
        requireRole("decide on agenda requests", Role.CHAIR, Role.STAFF);
        AgendaItem item = tx.agenda().request(group.id(), c.request())
                .orElseThrow(() -> new Refusal("there is no agenda request " + c.request() + "; pending requests: "
                        + pendingRequests()));
        switch (c.decision()) {
            case ACCEPT -> {
                tx.agenda().update(group.id(), item.withStatus("accepted", c.reason()));
                fields.put("meeting", item.meetingId());
                noticeAgendaChange(item.meetingId(), "agenda item accepted: " + item.title());
                return List.of(item.requestId() + " accepted: \"" + item.title() + "\" is on the agenda of " + item.meetingId());
            }
            case DECLINE -> {
                tx.agenda().update(group.id(), item.withStatus("declined", c.reason()));
                fields.put("meeting", item.meetingId());
                return List.of(item.requestId() + " declined: \"" + item.title() + "\""
                        + (c.reason() == null ? "" : " (" + c.reason() + ")"));
            }
            default -> {
                Meeting target = finder.one(c.moveTo(), Optional.empty(), null);
                requireUpcoming(target);
                fields.put("meeting", target.id());
                tx.agenda().update(group.id(), item.movedTo(target.id(), tx.agenda().nextPosition(group.id(), target.id())));
                return List.of(item.requestId() + " moved to " + finder.describe(target) + ": \"" + item.title() + "\"");
            }
        }
    }

    private String pendingRequests() {
        List<AgendaItem> pending = tx.agenda().pending(group.id());
        return pending.isEmpty() ? "none" : String.join(", ", pending.stream()
                .map(i -> i.requestId() + " \"" + i.title() + "\"").toList());
    }

    List<String> actionCreate(Command.ActionCreate c, Map<String, Object> fields, String meetingId) {
        Member owner = directory.resolve(c.owner(), sender);
        fields.put("owner", owner.email());
        fields.put("title", c.title());
        fields.put("due", c.due() == null ? null : c.due().toString());
        if (sender.role() == Role.OBSERVER) {
            throw new Refusal("observers can send apologies only");
        }
        if (!owner.email().equals(sender.email()) && !sender.role().runsTheGroup()) {
            throw new Refusal("members can create action items for themselves only; write 'ACTION: I will …'");
        }
        String id = tx.actions().create(group.id(), c.title(), owner.email(), c.due(), meetingId, now, source);
        fields.put("action", id);
        return List.of(id + " created: " + c.title() + " (owner " + owner.name()
                + (c.due() == null ? "" : ", due " + DisplayFormats.date(c.due())) + ")");
    }

    private List<String> actionUpdate(Command.ActionUpdate c, Map<String, Object> fields) {
        fields.put("action", c.action());
        fields.put("status", c.status() == null ? null : c.status().id());
        fields.put("due", c.due() == null ? null : c.due().toString());
        fields.put("owner", null);
        fields.put("note", c.note());
        ActionItem item = tx.actions().find(group.id(), c.action())
                .orElseThrow(() -> new Refusal("there is no action item " + c.action() + "; " + closestActions(c.action())));
        if (!item.owner().equals(sender.email()) && !sender.role().runsTheGroup()) {
            throw new Refusal(c.action() + " belongs to " + nameOf(item.owner())
                    + "; only its owner, chairs and staff can update it");
        }
        String owner = item.owner();
        if (c.owner() != null) {
            owner = directory.resolve(c.owner(), sender).email();
            fields.put("owner", owner);
        }
        String status = c.status() == null ? item.status() : c.status().id();
        LocalDate due = c.due() == null ? item.due() : c.due();
        List<String> changes = new ArrayList<>();
        if (!status.equals(item.status())) {
            changes.add(item.id() + " is now " + status + " (was " + item.status() + "): " + item.title());
        }
        if (due != null && !due.equals(item.due())) {
            changes.add(item.id() + " is due " + DisplayFormats.date(due));
        }
        if (!owner.equals(item.owner())) {
            changes.add(item.id() + " now belongs to " + nameOf(owner) + " (was " + nameOf(item.owner()) + ")");
        }
        if (!changes.isEmpty()) {
            tx.actions().update(group.id(), item.with(status, due, owner), now);
        }
        if (c.note() != null && !c.note().isBlank()) {
            tx.actions().addNote(group.id(), item.id(), c.note(), sender.email(), now);
            changes.add(item.id() + " note: " + c.note());
        }
        if (changes.isEmpty()) {
            changes.add(item.id() + " unchanged: it is already " + item.status());
        }
        return changes;
    }

    private String closestActions(String wanted) {
        List<ActionItem> open = tx.actions().open(group.id());
        if (open.isEmpty()) {
            return "there are no open action items";
        }
        int number = parseNumber(wanted);
        List<ActionItem> closest = open.stream()
                .sorted(java.util.Comparator.comparingInt(a -> Math.abs(a.number() - number))).limit(3).toList();
        return "closest open items: " + String.join(", ", closest.stream().map(a -> a.id() + " " + a.title()).toList());
    }

    private static int parseNumber(String id) {
        try {
            return Integer.parseInt(id.replaceAll("\\D", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String nameOf(String email) {
        return directory.byAddress(email).map(Member::name).orElse(email);
    }

    private List<String> schedule(Command.MeetingSchedule c, Map<String, Object> fields) {
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
            fields.put("meeting", meeting.id());
            fields.put("start", start.toString());
            if (meeting.status() == MeetingStatus.CONFIRMED) {
                return List.of(finder.describe(meeting) + " was already scheduled and confirmed");
            }
            Meeting confirmed = meeting.with(MeetingStatus.CONFIRMED);
            tx.meetings().update(confirmed, now);
            notices.changed(tx, meeting, confirmed, "confirmed");
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
        fields.put("meeting", id);
        fields.put("start", start.toString());
        return List.of("Scheduled " + finder.describe(meeting) + ", " + duration.toMinutes() + " min");
    }

    private List<String> confirm(Command.MeetingConfirm c, Map<String, Object> fields) {
        requireRole("confirm meetings", Role.CHAIR, Role.STAFF);
        Meeting meeting = finder.one(c.meeting(), thread, null);
        fields.put("meeting", meeting.id());
        requireUpcoming(meeting);
        if (meeting.status() == MeetingStatus.CONFIRMED) {
            return List.of(finder.describe(meeting) + " was already confirmed");
        }
        Meeting confirmed = meeting.with(MeetingStatus.CONFIRMED);
        tx.meetings().update(confirmed, now);
        notices.changed(tx, meeting, confirmed, "confirmed");
        return List.of("Confirmed " + finder.describe(meeting));
    }

    private List<String> cancel(Command.MeetingCancel c, Map<String, Object> fields) {
        requireRole("cancel meetings", Role.CHAIR, Role.STAFF);
        Meeting meeting = finder.one(c.meeting(), thread, null);
        fields.put("meeting", meeting.id());
        fields.put("reason", c.reason());
        requireUpcoming(meeting);
        Meeting cancelled = new Meeting(meeting.groupId(), meeting.id(), meeting.kind(), meeting.title(),
                meeting.start(), meeting.end(), meeting.zone(), MeetingStatus.CANCELLED, c.reason(), null,
                meeting.origin(), meeting.attendees(), meeting.sequence(), meeting.notes());
        tx.meetings().update(cancelled, now);
        notices.changed(tx, meeting, cancelled, "cancelled");
        return List.of("Cancelled " + finder.describe(meeting) + (c.reason() == null ? "" : ": " + c.reason()));
    }

    private List<String> move(Command.MeetingMove c, Map<String, Object> fields) {
        requireRole("move meetings", Role.CHAIR, Role.STAFF);
        Meeting meeting = finder.one(c.meeting(), thread, null);
        fields.put("meeting", meeting.id());
        requireUpcoming(meeting);
        ZoneId zone = c.zone() != null ? c.zone() : group.timezone();
        LocalTime time = c.time() != null ? c.time() : meeting.start().atZone(zone).toLocalTime();
        // "MOVE plenary 4 July TO 14:00" names no new day: the meeting keeps its day, as it keeps its time without one.
        LocalDate day = c.date() != null ? c.date() : meeting.start().atZone(zone).toLocalDate();
        Instant start = ZonedDateTime.of(day, time, zone).toInstant();
        if (start.isBefore(now)) {
            throw new Refusal("cannot move a meeting into the past (" + DisplayFormats.longDateTime(start, group.timezone()) + ")");
        }
        fields.put("start", start.toString());
        String id = newMeetingId(meeting.kind(), start);
        if (id.equals(meeting.id()) || start.atZone(group.timezone()).toLocalDate()
                .equals(meeting.start().atZone(group.timezone()).toLocalDate())) {
            // Same day: the meeting keeps its id and simply changes time.
            Meeting moved = new Meeting(meeting.groupId(), meeting.id(), meeting.kind(), meeting.title(), start,
                    start.plus(meeting.duration()), meeting.zone(), meeting.status(), null, null, meeting.origin(),
                    meeting.attendees(), meeting.sequence(), meeting.notes());
            tx.meetings().update(moved, now);
            notices.changed(tx, meeting, moved, "moved");
            fields.put("to", meeting.id());
            return List.of("Moved " + meeting.id() + " to " + DisplayFormats.longDateTime(start, group.timezone()));
        }
        Meeting moved = new Meeting(meeting.groupId(), id, meeting.kind(), meeting.title(), start,
                start.plus(meeting.duration()), meeting.zone(), meeting.status(), null, null, "email",
                meeting.attendees(), 0, null);
        tx.meetings().insert(moved, now);
        List<AgendaItem> standing = tx.agenda().ofMeeting(group.id(), meeting.id()).stream()
                .filter(i -> i.status().equals("standing")).toList();
        tx.agenda().addStanding(group.id(), id, standing.stream().map(AgendaItem::title).toList(), now);
        tx.agenda().moveAll(group.id(), meeting.id(), id);
        Meeting old = new Meeting(meeting.groupId(), meeting.id(), meeting.kind(), meeting.title(), meeting.start(),
                meeting.end(), meeting.zone(), MeetingStatus.MOVED, null, id, meeting.origin(), meeting.attendees(),
                meeting.sequence(), meeting.notes());
        tx.meetings().update(old, now);
        notices.changed(tx, meeting, old, "moved to " + DisplayFormats.longDateTime(start, group.timezone()));
        fields.put("to", id);
        return List.of("Moved " + meeting.id() + " to " + DisplayFormats.longDateTime(start, group.timezone()) + " (now " + id
                + "); agenda requests moved with it, apologies stay with the old date");
    }

    private List<String> notes(Command.Notes c, Map<String, Object> fields) {
        requireRole("record notes", Role.CHAIR, Role.STAFF);
        Meeting meeting = finder.one(c.meeting(), thread, null);
        if (meeting.start().isAfter(now) && c.meeting().isUnspecified() && thread.isEmpty()) {
            throw new Refusal("notes need a meeting that has started; write 'NOTES plenary 4 July'");
        }
        fields.put("meeting", meeting.id());
        fields.put("decisions", c.decisions());
        fields.put("attended", c.attended());
        List<String> changes = new ArrayList<>();
        String previous = meeting.notes() == null ? "" : meeting.notes() + "\n";
        Meeting withNotes = new Meeting(meeting.groupId(), meeting.id(), meeting.kind(), meeting.title(),
                meeting.start(), meeting.end(), meeting.zone(), meeting.status(), meeting.cancelReason(),
                meeting.movedTo(), meeting.origin(), meeting.attendees(), meeting.sequence(), previous + c.text());
        tx.meetings().update(withNotes, now);
        changes.add("Notes recorded for " + finder.describe(meeting) + ": " + c.decisions().size() + " decision(s)"
                + (c.attended().isEmpty() ? "" : ", " + c.attended().size() + " attended"));
        List<Map<String, Object>> actions = new ArrayList<>();
        for (Command.ActionCreate action : c.actions()) {
            Map<String, Object> actionFields = new LinkedHashMap<>();
            changes.addAll(actionCreate(action, actionFields, meeting.id()));
            actions.add(actionFields);
        }
        fields.put("actions", actions);
        return changes;
    }

    private void noticeAgendaChange(String meetingId, String what) {
        tx.meetings().find(group.id(), meetingId).ifPresent(m -> notices.changed(tx, m, m, what));
    }

    private void requireRole(String what, Role... allowed) {
        if (!List.of(allowed).contains(sender.role())) {
            throw new Refusal("only " + String.join(" and ", List.of(allowed).stream().map(r -> r.id() + "s").toList())
                    + " can " + what + "; " + sender.name() + " is " + article(sender.role()) + " " + sender.role().id());
        }
    }

    private void requireUpcoming(Meeting meeting) {
        if (!meeting.isLive()) {
            throw new Refusal(finder.describe(meeting) + " is " + meeting.status().id()
                    + (meeting.movedTo() == null ? "" : " to " + meeting.movedTo()));
        }
        if (meeting.end().isBefore(now)) {
            throw new Refusal(finder.describe(meeting) + " is over already");
        }
    }

    private String newMeetingId(String kind, Instant start) {
        LocalDate day = start.atZone(group.timezone()).toLocalDate();
        return MeetingIds.idFor(kind, day, id -> tx.meetings().exists(group.id(), id));
    }

    private static String refOf(Map<String, Object> fields) {
        Object ref = fields.getOrDefault("action", fields.get("meeting"));
        if (ref == null && fields.get("meetings") instanceof List<?> list && !list.isEmpty()) {
            ref = list.get(0);
        }
        return ref == null ? null : ref.toString();
    }

    private static String minutes(Integer minutes) {
        return minutes == null ? "" : " (" + minutes + " min)";
    }

    private static String article(Role role) {
        return role == Role.OBSERVER ? "an" : "a";
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

}
