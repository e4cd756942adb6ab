package org.plenary.language;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chairs' and staff's meeting commands: "CONFIRM plenary 4 July", "CANCEL Friday 23 June call: Johannesburg
 * travel", "SCHEDULE plenary 11 July 13:00 UTC 90 min", "MOVE plenary 11 July TO 12 July 14:00" (also
 * "RESCHEDULE"). A line that opens with one of these words but does not read as a meeting is prose ("Confirm if
 * we should…") unless the keyword is in capitals, followed by a colon, or followed by a number: then it is an
 * error that shows the form that works. "MOVE plenary 11 July TO 14:00" keeps the day: the move's date is null.
 * "SCHEDULE … 15:00 to 16:30" gives 90 minutes. Thread-safe.
 */
final class MeetingGrammar {

    private static final Pattern CONFIRM = Vocabulary.lineStartingWith(Vocabulary.CONFIRM_WORDS);
    private static final Pattern CANCEL = Vocabulary.lineStartingWith(Vocabulary.CANCEL_WORDS);
    private static final Pattern SCHEDULE = Vocabulary.lineStartingWith(Vocabulary.SCHEDULE_WORDS);
    private static final Pattern MOVE = Vocabulary.lineStartingWith(Vocabulary.MOVE_WORDS);
    private static final Pattern TO = Pattern.compile("\\s(?:to|until)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLED = Pattern.compile("(?:,\\s{0,3})?(?<!\\p{L})(?:titled|called|title|named)\\s{0,3}:?\\s{1,3}(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("[\"\u201c\u201e]([^\"\u201c\u201d\u201e]{1,200})[\"\u201d]");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern REASON_FIRST = Pattern.compile("^[,;(\u2013\u2014-]");

    private final MeetingPhrase meetings;
    private final DurationParser durations = new DurationParser();
    private final TimeParser times = new TimeParser();

    MeetingGrammar(MeetingPhrase meetings) {
        this.meetings = meetings;
    }

    Optional<Command> read(String line, LineContext context) {
        Matcher confirm = CONFIRM.matcher(line);
        if (confirm.find()) {
            return confirm(confirm, line, context);
        }
        Matcher cancel = CANCEL.matcher(line);
        if (cancel.find()) {
            return cancel(cancel, line, context);
        }
        Matcher schedule = SCHEDULE.matcher(line);
        if (schedule.find()) {
            return schedule(schedule, line, context);
        }
        Matcher move = MOVE.matcher(line);
        if (move.find()) {
            return move(move, line, context);
        }
        return Optional.empty();
    }

    private Optional<Command> confirm(Matcher keyword, String line, LineContext context) {
        String rest = keyword.group(3).strip().replaceAll("[.!]+$", "");
        if (rest.isEmpty() && context.acceptsBareWord()) {
            return Optional.of(new Command.MeetingConfirm(MeetingRef.unspecified()));
        }
        MeetingPhrase.Reading reading = meetings.read(rest, context.today(), context.order());
        if (reading.mentionsMeeting() && reading.isClean()) {
            return Optional.of(new Command.MeetingConfirm(reading.ref()));
        }
        return refuse(keyword, reading, line, "e.g. \"CONFIRM plenary 12 March\"");
    }

    private Optional<Command> cancel(Matcher keyword, String line, LineContext context) {
        String rest = keyword.group(3).strip();
        if (rest.isEmpty() && context.acceptsBareWord()) {
            return Optional.of(new Command.MeetingCancel(MeetingRef.unspecified(), null));
        }
        MeetingPhrase.WithReason read = meetings.readWithReason(rest, context.today(), context.order());
        if (read.reading().mentionsMeeting() && read.reading().isClean()) {
            return Optional.of(new Command.MeetingCancel(read.reading().ref(), blankToNull(read.reason())));
        }
        boolean reasonOnly = !keyword.group(2).isEmpty() || REASON_FIRST.matcher(rest).lookingAt();
        if (context.replyToPlenary() && reasonOnly && !read.reading().mentionsMeeting()) {
            // "Cancel: no quorum" in reply to an agenda: the thread names the meeting, the rest is the reason.
            return Optional.of(new Command.MeetingCancel(MeetingRef.unspecified(), blankToNull(MeetingPhrase.cleanReason(rest))));
        }
        return refuse(keyword, read.reading(), line, "e.g. \"CANCEL plenary 12 March: travel\"");
    }

    private Optional<Command> schedule(Matcher keyword, String line, LineContext context) {
        String rest = keyword.group(3);
        String title = null;
        Matcher titled = TITLED.matcher(rest);
        Matcher quoted = QUOTED.matcher(rest);
        if (titled.find()) {
            title = titled.group(1).strip().replaceAll("^[\"\u201c\u201e]|[\"\u201d]$", "");
            rest = rest.substring(0, titled.start());
        } else if (quoted.find()) {
            title = quoted.group(1).strip();
            rest = rest.substring(0, quoted.start()) + " " + rest.substring(quoted.end());
        }
        When when = when(rest, context);
        MeetingPhrase.Reading reading = meetings.read(when.rest(), context.today(), context.order());
        if (reading.ref().on() != null && reading.ref().until() == null && reading.isClean()) {
            return Optional.of(new Command.MeetingSchedule(reading.ref().kind(), reading.ref().on(), when.time(), when.zone(),
                    when.minutes(), title));
        }
        return refuse(keyword, reading, line, "e.g. \"SCHEDULE plenary 11 July 13:00 UTC 90 min\"");
    }

    private Optional<Command> move(Matcher keyword, String line, LineContext context) {
        String rest = keyword.group(3);
        Matcher to = TO.matcher(rest);
        for (int tries = 0; tries < MeetingPhrase.MAX_SPLITS && to.find(); tries++) {
            MeetingPhrase.Reading from = meetings.read(rest.substring(0, to.start()), context.today(), context.order());
            if (!from.mentionsMeeting() || !from.isClean()) {
                continue;
            }
            When when = when(rest.substring(to.end()), context);
            MeetingPhrase.Reading target = meetings.read(when.rest(), context.today(), context.order());
            boolean hasDay = target.ref().on() != null && target.ref().until() == null;
            if ((hasDay || when.time() != null) && target.isClean()) {
                return Optional.of(new Command.MeetingMove(from.ref(), hasDay ? target.ref().on() : null, when.time(), when.zone()));
            }
        }
        return refuse(keyword, meetings.read(rest, context.today(), context.order()), line,
                "e.g. \"MOVE plenary 11 July TO 12 July 14:00\"");
    }

    /** The time, zone and duration of a line, and what is left of it. */
    private record When(LocalTime time, ZoneId zone, Integer minutes, String rest) {
    }

    private When when(String text, LineContext context) {
        StringBuilder rest = new StringBuilder(text);
        Integer minutes = null;
        Optional<DurationParser.Duration> duration = durations.find(rest.toString());
        if (duration.isPresent()) {
            minutes = duration.get().minutes();
            blank(rest, duration.get().start(), duration.get().end());
        }
        LocalTime time = null;
        Optional<TimeParser.Time> clock = times.find(rest.toString());
        if (clock.isPresent()) {
            time = clock.get().time();
            blank(rest, clock.get().start(), clock.get().end());
            Optional<TimeParser.Time> endClock = times.find(rest.toString()); // "13:00 to 14:30"
            if (endClock.isPresent() && endClock.get().time().isAfter(time)) {
                if (minutes == null) {
                    minutes = (int) java.time.Duration.between(time, endClock.get().time()).toMinutes();
                }
                blank(rest, endClock.get().start(), endClock.get().end());
            }
        }
        ZoneId zone = null;
        Optional<TimeParser.Zone> written = times.findZone(rest.toString());
        if (written.isPresent()) {
            zone = written.get().zone();
            blank(rest, written.get().start(), written.get().end());
        }
        return new When(time, zone, minutes, rest.toString());
    }

    private static void blank(StringBuilder text, int start, int end) {
        for (int i = start; i < end; i++) {
            text.setCharAt(i, ' ');
        }
    }

    /** Prose unless the sender clearly meant the keyword; then an error naming the form that works. */
    private static Optional<Command> refuse(Matcher keyword, MeetingPhrase.Reading reading, String line, String example) {
        String word = keyword.group(1);
        boolean meant = word.equals(word.toUpperCase(Locale.ROOT)) || !keyword.group(2).isEmpty()
                || reading.leftover().stream().anyMatch(w -> DIGIT.matcher(w).find());
        if (meant) {
            String problem = reading.isClean() ? "could not tell which meeting and when"
                    : "could not read \"" + String.join(" ", reading.leftover()) + "\"";
            throw new NotUnderstood("\"" + line.strip() + "\": " + problem + "; " + example);
        }
        return Optional.empty();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

}
