package org.plenary.language;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.util.CompatibilityHints;
import org.plenary.correlation.CalendarUid;

/**
 * Reads an iCalendar REPLY to one of Plenary's invitations: DECLINED is an apology, ACCEPTED and TENTATIVE withdraw
 * one if there is one and are otherwise silent. Only events whose UID is Plenary's own ({@link CalendarUid}) count;
 * a RECURRENCE-ID is ignored because Plenary's UIDs are per occurrence. Calendar clients write loose iCalendar, so
 * ical4j runs relaxed, and text it still refuses is read line by line. Thread-safe.
 */
public final class CalendarReplyReader {

    static {
        // Outlook and others fold and quote loosely; Plenary only reads a few properties of a reply.
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, true);
    }

    /** What a reply says about one event. */
    private record Answer(String method, String uid, String partstat, String comment) {
    }

    private static final Pattern FOLD = Pattern.compile("\\r?\\n[ \\t]");
    private static final Pattern LINE = Pattern.compile("^([A-Za-z-]{1,40})((?:;[^:\\r\\n]{0,500})?):(.*)$", Pattern.MULTILINE);
    private static final Pattern PARTSTAT = Pattern.compile("(?i);PARTSTAT=\"?([A-Z-]{1,20})");

    private final String groupId;
    private final String domain;

    /** @param domain the domain of the group's address ("ssr2.test"); @param groupId the group's id ("ssr2") */
    public CalendarReplyReader(String domain, String groupId) {
        this.domain = domain;
        this.groupId = groupId;
    }

    /** Convenience for one reading: {@code new CalendarReplyReader(domain, groupId).readAll(calendarText)}. */
    public static List<Command> commandsOf(String calendarText, String domain, String groupId) {
        return new CalendarReplyReader(domain, groupId).readAll(calendarText);
    }

    /** The first command of the text/calendar part, or empty when it is not a reply to one of ours. */
    public Optional<Command> read(String calendarText) {
        return readAll(calendarText).stream().findFirst();
    }

    /** One command per event of ours that was accepted or declined. */
    public List<Command> readAll(String calendarText) {
        if (calendarText == null || calendarText.isBlank()) {
            return List.of();
        }
        List<Command> commands = new ArrayList<>();
        for (Answer answer : answers(calendarText)) {
            if (answer.method() != null && !answer.method().equalsIgnoreCase("REPLY")) {
                continue;
            }
            Optional<String> meeting = CalendarUid.meetingOf(answer.uid(), groupId, domain);
            if (meeting.isEmpty() || answer.partstat() == null) {
                continue;
            }
            switch (answer.partstat().toUpperCase(Locale.ROOT)) {
                case "DECLINED" -> commands.add(new Command.Apology(null, MeetingRef.byId(meeting.get()), answer.comment()));
                // TENTATIVE ("may attend") no longer says "I won't": it withdraws a decline, quietly, as ACCEPTED does.
                case "ACCEPTED", "TENTATIVE" -> commands.add(new Command.ApologyWithdrawn(null, MeetingRef.byId(meeting.get()), true));
                default -> { }
            }
        }
        return commands;
    }

    private static List<Answer> answers(String text) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(text));
            String method = calendar.getProperties().stream().filter(p -> p.getName().equalsIgnoreCase(Property.METHOD))
                    .map(Property::getValue).findFirst().orElse(null);
            List<Answer> answers = new ArrayList<>();
            for (Component component : calendar.getComponents()) {
                if (component.getName().equalsIgnoreCase(Component.VEVENT)) {
                    answers.add(answer(method, component));
                }
            }
            return answers;
        } catch (Exception e) {
            return scanLines(text); // ical4j refuses some clients' output; the few properties we need are simple
        }
    }

    private static Answer answer(String method, Component event) {
        String uid = null;
        String partstat = null;
        String comment = null;
        for (Property property : event.getProperties()) {
            switch (property.getName().toUpperCase(Locale.ROOT)) {
                case Property.UID -> uid = property.getValue();
                case Property.COMMENT -> comment = blankToNull(property.getValue());
                case Property.ATTENDEE -> {
                    if (partstat == null) {
                        partstat = property.getParameter("PARTSTAT").map(p -> p.getValue()).orElse(null);
                    }
                }
                default -> { }
            }
        }
        return new Answer(method, uid, partstat, comment);
    }

    private static List<Answer> scanLines(String text) {
        String unfolded = FOLD.matcher(text).replaceAll("");
        String method = null;
        List<Answer> answers = new ArrayList<>();
        String uid = null;
        String partstat = null;
        String comment = null;
        boolean inEvent = false;
        Matcher line = LINE.matcher(unfolded);
        while (line.find()) {
            String name = line.group(1).toUpperCase(Locale.ROOT);
            String value = line.group(3).strip();
            if (name.equals("BEGIN") && value.equalsIgnoreCase("VEVENT")) {
                inEvent = true;
                uid = null;
                partstat = null;
                comment = null;
            } else if (name.equals("END") && value.equalsIgnoreCase("VEVENT") && inEvent) {
                answers.add(new Answer(method, uid, partstat, comment));
                inEvent = false;
            } else if (name.equals("METHOD") && !inEvent) {
                method = value;
            } else if (inEvent && name.equals("UID")) {
                uid = value;
            } else if (inEvent && name.equals("COMMENT")) {
                comment = blankToNull(value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";"));
            } else if (inEvent && name.equals("ATTENDEE") && partstat == null) {
                Matcher status = PARTSTAT.matcher(line.group(2));
                partstat = status.find() ? status.group(1) : null;
            }
        }
        return answers;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
