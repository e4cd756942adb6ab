package org.plenary.language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.plenary.correlation.SubjectLine;

/**
 * Turns what an email says into {@link Command}s, one line at a time: the subject (unless it is a reply's or a
 * forward's, which repeats someone else's words), then each line of the visible text. Lines that are not commands
 * are prose and ignored; a line that opens like a command but cannot be read becomes an error that says what
 * would work. Stateless and thread-safe: one instance may serve every route.
 */
public final class CommandParser {

    /** Commands are short; longer lines are prose and are not read, which also bounds the work per line. */
    static final int LONGEST_COMMAND_LINE = 1_000;

    private static final Pattern HELP = Pattern.compile(
            "^(?:please\\s{1,3})?" + Vocabulary.alternation(Vocabulary.HELP_WORDS) + "(?:\\s{1,3}please)?[\\s?!.]{0,5}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STATUS = Pattern.compile(
            "^" + Vocabulary.alternation(Vocabulary.STATUS_KEYWORDS) + "(?:\\s{1,3}please)?[\\s?!.]{0,5}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BULLET = Pattern.compile("^\\s{0,20}(?:[-*\u2022\u00b7]|\\d{1,2}[.)])\\s{1,5}");
    private static final Pattern OPENING = Pattern.compile(
            "^" + Vocabulary.alternation(Vocabulary.OPENINGS) + "[,!.:]{0,2}\\s{1,5}", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEWLINE = Pattern.compile("\\r\\n|\\r|\\n");

    private final DayParser days;
    private final ApologyGrammar apologies;
    private final ActionGrammar actions;
    private final AgendaGrammar agenda;
    private final MeetingGrammar meetings;
    private final NotesGrammar notes;

    public CommandParser() {
        this(Vocabulary.english());
    }

    public CommandParser(Vocabulary vocabulary) {
        this.days = new DayParser(vocabulary);
        MeetingPhrase phrases = new MeetingPhrase(days);
        this.apologies = new ApologyGrammar(phrases);
        this.actions = new ActionGrammar(days);
        this.agenda = new AgendaGrammar(phrases);
        this.meetings = new MeetingGrammar(phrases);
        this.notes = new NotesGrammar(phrases, actions);
    }

    public ParseResult parse(Utterance utterance) {
        SubjectLine subject = SubjectLine.of(utterance.subject());
        LineContext inBody = new LineContext(utterance.today(), utterance.dateOrder(), utterance.replyToPlenary(), false);
        LineContext inSubject = new LineContext(utterance.today(), utterance.dateOrder(), utterance.replyToPlenary(), true);
        List<String> lines = lines(utterance.visibleText());
        List<Command> commands = new ArrayList<>();
        List<String> errors = new ArrayList<>();

        int notesAt = notesHeader(lines, inBody);
        List<Command> fromSubject = new ArrayList<>();
        Optional<MeetingRef> subjectNotes = subject.reply() || notesAt >= 0 ? Optional.empty()
                : notes.header(subject.text(), inSubject);
        if (subjectNotes.isPresent() && NotesGrammar.hasNotesContent(lines, actions, inBody)) {
            commands.add(notes.notes(subjectNotes.get(), lines, inBody, errors));
            return result(commands, errors);
        }
        if (!subject.reply() && notes.header(subject.text(), inSubject).isEmpty()) {
            readLine(clean(subject.text()), inSubject, fromSubject, errors);
        }

        boolean threadNotes = notesAt < 0 && utterance.replyToPlenary() && lines.stream().anyMatch(NotesGrammar::isNotesLine);
        if (threadNotes) {
            commands.addAll(fromSubject);
            commands.add(notes.notes(MeetingRef.unspecified(), lines, inBody, errors));
            return result(commands, errors);
        }
        List<Command> fromBody = new ArrayList<>();
        int end = notesAt < 0 ? lines.size() : notesAt;
        for (int i = 0; i < end; i++) {
            String line = clean(lines.get(i));
            int before = fromBody.size() + errors.size();
            readLine(line, inBody, fromBody, errors);
            if (fromBody.size() + errors.size() == before) {
                readUntagged(line, subject, inBody, fromBody, errors);
            }
        }
        if (notesAt >= 0) {
            MeetingRef meeting = notes.header(clean(lines.get(notesAt)), inBody).orElseThrow();
            fromBody.add(notes.notes(meeting, lines.subList(notesAt + 1, lines.size()), inBody, errors));
        }
        commands.addAll(merge(fromSubject, fromBody, lines, inBody));
        return result(commands, errors);
    }

    /** One line: the first grammar that recognises it wins. */
    private void readLine(String line, LineContext context, List<Command> commands, List<String> errors) {
        if (line.isEmpty() || line.length() > LONGEST_COMMAND_LINE) {
            return;
        }
        try {
            if (HELP.matcher(line).find()) {
                commands.add(new Command.Help());
                return;
            }
            if (STATUS.matcher(line).find()) {
                commands.add(new Command.Status());
                return;
            }
            Optional<List<Command>> read = apologies.read(line, context);
            if (read.isEmpty()) {
                read = actions.readCreate(line, context).map(List::of);
            }
            if (read.isEmpty()) {
                read = actions.readUpdate(line, context);
            }
            if (read.isEmpty()) {
                read = agenda.read(line, context);
            }
            if (read.isEmpty()) {
                read = meetings.read(line, context).map(List::of);
            }
            if (read.isEmpty() && !context.subject() && NotesGrammar.isNotesLine(line)) {
                throw new NotUnderstood("\"" + line + "\": DECISION and ATTENDED lines are read as notes; start with a line "
                        + "\"NOTES plenary 12 March\" or reply to the meeting's agenda email");
            }
            read.ifPresent(commands::addAll);
        } catch (NotUnderstood e) {
            errors.add(e.getMessage());
        }
    }

    /** In an email whose subject is tagged "[SSR2 A7]", a line like "done" or "due 30 June" updates A7. */
    private void readUntagged(String line, SubjectLine subject, LineContext context, List<Command> commands,
                              List<String> errors) {
        if (subject.taggedAction().isEmpty() || line.isEmpty() || line.length() > LONGEST_COMMAND_LINE
                || !actions.opensLikeUpdate(line)) {
            return;
        }
        try {
            commands.add(actions.update(subject.taggedAction().get(), line, false, line, context));
        } catch (NotUnderstood e) {
            errors.add(e.getMessage());
        }
    }

    /** The line that opens the notes: a NOTES line in capitals, or one followed by DECISION/ACTION/ATTENDED lines. */
    private int notesHeader(List<String> lines, LineContext context) {
        boolean[] contentAfter = new boolean[lines.size() + 1];
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = clean(lines.get(i));
            contentAfter[i] = contentAfter[i + 1]
                    || (line.length() <= LONGEST_COMMAND_LINE && NotesGrammar.hasNotesContent(List.of(line), actions, context));
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = clean(lines.get(i));
            if (line.length() <= LONGEST_COMMAND_LINE && notes.header(line, context).isPresent()
                    && (NotesGrammar.shouted(line) || contentAfter[i + 1])) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The subject's commands with the body's: an apology in both is the body's (it says more); a subject's agenda
     * request takes its minutes and meeting from the body ("(15 min)", "for the plenary on 4 July").
     */
    private List<Command> merge(List<Command> fromSubject, List<Command> fromBody, List<String> lines, LineContext context) {
        List<Command> merged = new ArrayList<>();
        for (Command command : fromSubject) {
            if (command instanceof Command.Apology apology && saysLess(apology, fromBody)) {
                continue;
            }
            if (command instanceof Command.AgendaRequest request) {
                for (String line : lines) {
                    if (line.length() <= LONGEST_COMMAND_LINE) {
                        try {
                            request = agenda.addDetails(request, clean(line), context);
                        } catch (NotUnderstood e) {
                            // prose around the request may hold anything; only its details are looked for
                        }
                    }
                }
                command = request;
            }
            merged.add(command);
        }
        merged.addAll(fromBody);
        return new ArrayList<>(new LinkedHashSet<>(merged));
    }

    /**
     * Whether the body apologises for the subject's meeting too (or the subject names none), so the body's apology,
     * which says more, stands alone; a subject "Apologies – plenary 4 July" over "Apologies for 11 July as well" is two.
     */
    private static boolean saysLess(Command.Apology fromSubject, List<Command> fromBody) {
        return fromBody.stream().filter(c -> c instanceof Command.Apology).map(c -> ((Command.Apology) c).meeting())
                .anyMatch(body -> fromSubject.meeting().isUnspecified() || body.isUnspecified()
                        || body.equals(fromSubject.meeting()));
    }

    private static ParseResult result(List<Command> commands, List<String> errors) {
        return new ParseResult(commands, new ArrayList<>(new LinkedHashSet<>(errors)));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : List.of(NEWLINE.split(text, -1));
    }

    /** The line as the grammars read it: typographic apostrophes and spaces made plain, bullets and greetings gone. */
    private static String clean(String line) {
        if (line.length() > LONGEST_COMMAND_LINE) {
            return line;
        }
        String text = line.replace('\u2019', '\'').replace('\u00a0', ' ').strip();
        text = BULLET.matcher(text).replaceFirst("");
        text = OPENING.matcher(text).replaceFirst("");
        return text.strip();
    }
}
