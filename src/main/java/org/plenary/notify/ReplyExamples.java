package org.plenary.notify;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;
import org.plenary.store.ActionItem;
import org.plenary.store.AgendaItem;
import org.plenary.store.Meeting;
import org.plenary.store.StoreTransaction;

/**
 * The examples an email teaches commands with, taken from the group's own store so that every group sees its own
 * meetings, action items and people rather than another group's: its next meeting, an open action item (the
 * reader's own when there is one), a pending agenda request and its members' first names. Where the group has no
 * meeting or no open item, the examples keep the syntax with a day a week ahead and the id the next item will get.
 *
 * @param hasMeeting whether the group has a meeting ahead; the other meeting fields are made up when not
 * @param meetingKind the next meeting's kind ("plenary"), or "meeting"
 * @param meetingDay its day as a command names it ("4 July"), or the day a week from today
 * @param meetingWeekday the same day with its weekday ("Tuesday 4 July")
 * @param meetingIsoDay the same day as "2017-07-04"
 * @param laterDay a week after that day, for moving and scheduling
 * @param dayAfterLater the day after {@code laterDay}
 * @param startTime its start ("13:00 UTC", the zone only for a group on UTC, where a command may name it)
 * @param minutes its length in minutes
 * @param hasOpenAction whether {@code action} is an open action item
 * @param action the reader's first open action item, else the group's lowest open one, else the id of the next one
 * @param request the first agenda request waiting for a decision, else "R1"
 * @param member the reader's first name, else the first member's
 * @param otherMember another member's first name (the same as {@code member} in a group of one)
 * @param attendees up to four members' first names, for an attendance line
 * @param dueDay a due date two weeks from today
 * @param untilDay the end of an absence three weeks from today
 */
public record ReplyExamples(boolean hasMeeting, String meetingKind, String meetingDay, String meetingWeekday,
                            String meetingIsoDay, String laterDay, String dayAfterLater, String startTime, long minutes,
                            boolean hasOpenAction, String action, String request, String member, String otherMember,
                            String attendees, String dueDay, String untilDay) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    /** The examples for {@code reader} (null for an email to the whole group), from the store as of {@code now}. */
    public static ReplyExamples of(StoreTransaction tx, GroupDefinition group, String reader, Instant now) {
        ZoneId zone = group.timezone();
        LocalDate today = now.atZone(zone).toLocalDate();
        Optional<Meeting> next = tx.meetings().between(group.id(), now, now.plus(Duration.ofDays(400))).stream()
                .filter(Meeting::isLive).findFirst();
        LocalDate day = next.map(m -> m.start().atZone(zone).toLocalDate()).orElse(today.plusWeeks(1));
        String time = next.map(m -> TIME.format(m.start().atZone(zone))).orElse("13:00");
        boolean utc = zone.normalized().equals(ZoneId.of("UTC").normalized());

        List<ActionItem> open = tx.actions().open(group.id()).stream()
                .sorted(Comparator.comparingInt(ActionItem::number)).toList();
        Optional<ActionItem> example = open.stream().filter(a -> reader != null && a.owner().equalsIgnoreCase(reader))
                .findFirst().or(() -> open.stream().findFirst());
        String action = example.map(ActionItem::id).orElse("A" + (tx.actions().count(group.id()) + 1));
        String request = tx.agenda().pending(group.id()).stream().map(AgendaItem::requestId).findFirst().orElse("R1");

        List<Member> members = new ArrayList<>(tx.groups().activeMembers(group.id()));
        Optional<Member> own = members.stream().filter(m -> reader != null && m.hasAddress(reader)).findFirst();
        String first = own.or(() -> members.stream().findFirst()).map(Member::firstName).orElse("Sam");
        String other = members.stream().map(Member::firstName).filter(name -> !name.equals(first)).findFirst()
                .orElse(first);
        String attendees = members.stream().map(Member::firstName).distinct().limit(4).collect(Collectors.joining(", "));

        return new ReplyExamples(next.isPresent(), next.map(Meeting::kind).orElse("meeting"), DAY.format(day),
                WEEKDAY.format(day), day.toString(), DAY.format(day.plusWeeks(1)), DAY.format(day.plusWeeks(1).plusDays(1)),
                utc ? time + " UTC" : time, next.map(m -> m.duration().toMinutes()).orElse(60L), example.isPresent(),
                action, request, first, other, attendees.isEmpty() ? first : attendees, DAY.format(today.plusWeeks(2)),
                DAY.format(today.plusWeeks(3)));
    }

    /** What an error reply suggests: commands that would work in this group today, and its upcoming meetings. */
    public List<String> suggestions(String upcomingMeetings) {
        List<String> suggestions = new ArrayList<>();
        if (hasMeeting) {
            suggestions.add("Apologies for the " + meetingKind + " on " + meetingDay);
            suggestions.add("AGENDA: title (30 min) for the " + meetingKind + " on " + meetingDay);
        }
        if (hasOpenAction) {
            suggestions.add(action + " done");
        }
        suggestions.add("HELP");
        suggestions.add(upcomingMeetings);
        return suggestions;
    }
}
