package org.plenary.language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notes of a meeting: a "NOTES plenary 4 July" line (or, in a reply to Plenary's agenda, the body itself)
 * followed by "DECISION: …", "ACTION: …" and "ATTENDED: Amara, Lars and Noor" lines. Thread-safe.
 */
final class NotesGrammar {

    private static final Pattern HEADER = Vocabulary.lineStartingWith(Vocabulary.NOTES_WORDS);
    private static final Pattern DECISION = Pattern.compile(
            "^" + Vocabulary.alternation(Vocabulary.DECISION_WORDS) + "\\s{0,5}:\\s{0,5}(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTENDED = Pattern.compile(
            "^" + Vocabulary.alternation(Vocabulary.ATTENDED_WORDS) + "\\s{0,5}:\\s{0,5}(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s{0,5}(?:[,;&]|(?<!\\p{L})and(?!\\p{L}))\\s{0,5}",
            Pattern.CASE_INSENSITIVE);

    private final MeetingPhrase meetings;
    private final ActionGrammar actions;

    NotesGrammar(MeetingPhrase meetings, ActionGrammar actions) {
        this.meetings = meetings;
        this.actions = actions;
    }

    /** The meeting a "NOTES …" line names, or empty when the line is no notes header. */
    Optional<MeetingRef> header(String line, LineContext context) {
        Matcher header = HEADER.matcher(line);
        if (!header.find()) {
            return Optional.empty();
        }
        String rest = header.group(3).strip().replaceAll("[.!]+$", "");
        if (rest.isEmpty()) { // a bare "Notes" names the thread's meeting; outside a thread it names none
            return context.replyToPlenary() ? Optional.of(MeetingRef.unspecified()) : Optional.empty();
        }
        try {
            MeetingPhrase.Reading reading = meetings.read(rest, context.today(), context.order());
            return reading.mentionsMeeting() && reading.isClean() ? Optional.of(reading.ref()) : Optional.empty();
        } catch (NotUnderstood e) {
            return Optional.empty(); // "Notes 31 Feb": its DECISION lines then say how notes are written
        }
    }

    /** Whether the header's keyword is in capitals, which makes it a command even without DECISION lines. */
    static boolean shouted(String line) {
        Matcher header = HEADER.matcher(line);
        return header.find() && header.group(1).equals(header.group(1).toUpperCase(Locale.ROOT));
    }

    /** Whether the line belongs to notes only: "DECISION: …" or "ATTENDED: …". */
    static boolean isNotesLine(String line) {
        return DECISION.matcher(line).find() || ATTENDED.matcher(line).find();
    }

    /** The notes made of the lines; errors of their ACTION lines are added to {@code errors}. */
    Command.Notes notes(MeetingRef meeting, List<String> lines, LineContext context, List<String> errors) {
        List<String> decisions = new ArrayList<>();
        List<Command.ActionCreate> created = new ArrayList<>();
        List<String> attended = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.length() > CommandParser.LONGEST_COMMAND_LINE) {
                continue;
            }
            text.add(line.strip());
            Matcher decision = DECISION.matcher(line);
            Matcher attendance = ATTENDED.matcher(line);
            if (decision.find()) {
                decisions.add(decision.group(1).strip());
            } else if (attendance.find()) {
                Arrays.stream(NAME_SEPARATOR.split(attendance.group(1).strip().replaceAll("[.]+$", "")))
                        .map(String::strip).filter(name -> !name.isEmpty()).forEach(attended::add);
            } else {
                try {
                    actions.readCreate(line, context).ifPresent(created::add);
                } catch (NotUnderstood e) {
                    errors.add(e.getMessage());
                }
            }
        }
        return new Command.Notes(meeting, List.copyOf(decisions), List.copyOf(created), List.copyOf(attended),
                String.join("\n", text));
    }

    static boolean hasNotesContent(List<String> lines, ActionGrammar actions, LineContext context) {
        for (String line : lines) {
            if (line.length() > CommandParser.LONGEST_COMMAND_LINE) {
                continue;
            }
            if (isNotesLine(line)) {
                return true;
            }
            try {
                if (actions.readCreate(line, context).isPresent()) {
                    return true;
                }
            } catch (NotUnderstood e) {
                return true;
            }
        }
        return false;
    }
}
