package org.plenary.language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.correlation.NoticeSubject;
import org.plenary.correlation.SubjectLine;

/**
 * Turns what an email says into {@link Command}s, one line at a time: the subject (unless it is a reply's or a
 * forward's, which repeats someone else's words), then each line of the visible text. Lines that are not commands
 * are prose and ignored; a line that opens like a command but cannot be read becomes an error that says what
 * would work. A line that is not a command as a whole is read as a careful secretary reads it: sentence by sentence,
 * after a lead-in ("Hi all,", "Good news –", "Hola,"), and from where a command's own words start ("…, apologies for",
 * "Turns out I can make it…"), so a command can sit anywhere in a sentence. Stateless and thread-safe: one instance
 * may serve every route.
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
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s{1,5}(?=\\S)");
    /** Where a lead-in ends: "Hi Larisa,", "Good news –", "Bonjour —", "Just a quick note:". */
    private static final Pattern LEAD_IN_END = Pattern.compile("(?:[,:;]|\\s[-\u2013\u2014]|[\u2013\u2014])\\s{0,5}");
    /**
     * Where a command's own words may start inside a sentence. "his apologies" and "Kaveh's apologies" are someone
     * else's, read whole by the apology grammar, never from the word "apologies" on.
     */
    private static final Pattern CUE = Pattern.compile(
            "(?<![\\p{L}\\d'])(?<!(?:his|her|their|'s)\\s)(?:apolog|regrets|excuses|i(?=['\\s])|add\\s|put\\s|could\\s|can\\s"
                    + "|please\\s|(?:re)?assign)",
            Pattern.CASE_INSENSITIVE);
    /** A reader tries a few sentences and starting points per line, not every one: a long line is prose. */
    private static final int MAX_SENTENCES = 8;
    private static final int MAX_STARTS = 6;
    /**
     * Action ids as people type them: "[A1]", "[SSR2 A1]", "#A1", "A-1", "action 1", "Action item 1". "ACTION 1: …" in
     * capitals stays the keyword that creates an action.
     */
    private static final Pattern BRACKETED_ID = Pattern.compile("\\[(?:[\\p{L}\\d-]{1,20}\\s{1,3})?(A\\d{1,6})]", Pattern.CASE_INSENSITIVE);
    private static final Pattern HASH_ID = Pattern.compile("(?<![\\p{L}\\d])#\\s?(A\\d{1,6})(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE);
    private static final Pattern DASH_ID = Pattern.compile("(?<![\\p{L}\\d-])A-(\\d{1,6})(?![\\p{L}\\d-])");
    private static final Pattern WORD_ID = Pattern.compile(
            "(?<![\\p{L}\\d])[Aa]ction(?:\\s{1,3}item)?\\s{1,3}(?:#|no\\.?\\s{0,2}|number\\s{1,3})?(\\d{1,6})(?![\\d/.:]\\d|\\p{L})");

    private final DayParser days;
    private final ApologyGrammar apologies;
    private final ActionGrammar actions;
    private final AgendaGrammar agenda;
    private final MeetingGrammar meetings;
    private final NotesGrammar notes;
    private final MeetingPhrase phrases;
    private final TimeParser times = new TimeParser();

    public CommandParser() {
        this(Vocabulary.english());
    }

    public CommandParser(Vocabulary vocabulary) {
        this.days = new DayParser(vocabulary);
        this.phrases = new MeetingPhrase(days);
        this.apologies = new ApologyGrammar(phrases);
        this.actions = new ActionGrammar(days);
        this.agenda = new AgendaGrammar(phrases);
        this.meetings = new MeetingGrammar(phrases);
        this.notes = new NotesGrammar(phrases, actions);
    }

    public ParseResult parse(Utterance utterance) {
        ParseResult read = read(utterance);
        Optional<MeetingRef> notice = utterance.replyToPlenary() ? Optional.empty() : noticeMeeting(utterance);
        if (notice.isEmpty()) {
            return read;
        }
        // A reply whose client dropped the thread headers: the subject of Plenary's own notice names the meeting.
        return new ParseResult(read.commands().stream().map(c -> inMeeting(c, notice.get())).toList(), read.errors());
    }

    /**
     * The apologies of a message someone forwards (staff passing on a member's apology with a line of their own): each
     * is {@code writer}'s, the forwarded message's author, never the forwarder's. Nothing else in a forwarded message
     * is a command: a forwarded agenda is someone else's words.
     */
    public List<Command> forwardedApologies(Utterance forwarded, String writer) {
        List<Command> apologies = new ArrayList<>();
        for (Command command : parse(forwarded).commands()) {
            if (command instanceof Command.Apology c) {
                apologies.add(new Command.Apology(c.member() == null ? writer : c.member(), c.meeting(), c.reason(), c.partial()));
            } else if (command instanceof Command.ApologyWithdrawn c) {
                apologies.add(new Command.ApologyWithdrawn(c.member() == null ? writer : c.member(), c.meeting(), c.quiet()));
            }
        }
        return apologies;
    }

    private ParseResult read(Utterance utterance) {
        SubjectLine subject = SubjectLine.of(utterance.subject());
        boolean aboutAMeeting = utterance.replyToPlenary()
                || (utterance.subject() != null && NoticeSubject.meetingWords(utterance.subject()).isPresent());
        LineContext inBody = new LineContext(utterance.today(), utterance.dateOrder(), aboutAMeeting, false,
                utterance.groupWords());
        LineContext inSubject = new LineContext(utterance.today(), utterance.dateOrder(), aboutAMeeting, true,
                utterance.groupWords());
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
            readLine(clean(prepare(subject.text(), inSubject)), inSubject, fromSubject, errors);
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
            String line = clean(prepare(lines.get(i), inBody));
            List<Command> fromLine = new ArrayList<>();
            List<String> lineErrors = new ArrayList<>();
            readLine(line, inBody, fromLine, lineErrors);
            if (fromLine.isEmpty() && lineErrors.isEmpty()) {
                readUntagged(line, subject, inBody, fromLine, lineErrors);
            }
            if (fromLine.isEmpty()) {
                List<Command> fromSentences = readSentences(prepare(lines.get(i), inBody), inBody);
                if (!fromSentences.isEmpty()) {
                    lineErrors.clear(); // the line as a whole did not read, its sentences did
                    fromLine.addAll(fromSentences);
                }
            }
            fromBody.addAll(fromLine);
            errors.addAll(lineErrors);
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

    /**
     * A line that is not a command as a whole, read sentence by sentence, each from its start, after each lead-in and
     * from each word a command may start with; the first reading of a sentence that gives commands counts. What does
     * not read is prose here: the line as a whole already said what was not understood, if anything.
     */
    private List<Command> readSentences(String line, LineContext context) {
        if (line.isBlank() || line.length() > LONGEST_COMMAND_LINE) {
            return List.of();
        }
        String plain = line.replace('\u2019', '\'').replace('\u00a0', ' ').strip();
        List<Command> commands = new ArrayList<>();
        String[] sentences = SENTENCE_END.split(plain, MAX_SENTENCES + 1);
        for (int s = 0; s < Math.min(sentences.length, MAX_SENTENCES); s++) {
            for (String start : starts(sentences[s])) {
                List<Command> read = new ArrayList<>();
                readLine(clean(start), context, read, new ArrayList<>());
                read.removeIf(c -> !specific(c, start));
                if (!read.isEmpty()) {
                    commands.addAll(read);
                    break;
                }
            }
        }
        return commands;
    }

    /**
     * Whether a command found inside a line says enough to stand there: a day or id for a meeting (a bare "apologies"
     * mid-line is prose), what changed for an action (mid-line, "A7: …" is a colon in prose and a note must follow
     * punctuation), and never HELP or STATUS, which are whole lines.
     */
    private static boolean specific(Command command, String start) {
        if (command instanceof Command.Help || command instanceof Command.Status) {
            return false;
        }
        if (command instanceof Command.ActionUpdate u) {
            boolean changes = u.status() != null || u.due() != null || u.owner() != null;
            return changes && (u.note() == null || start.matches("(?s).*[;,:(\u2013\u2014-]\\s{0,5}" + Pattern.quote(u.note()) + ".*"));
        }
        MeetingRef meeting = command instanceof Command.Apology a ? a.meeting()
                : command instanceof Command.ApologyWithdrawn w ? w.meeting()
                : command instanceof Command.AgendaRequest r ? r.meeting() : null;
        return meeting == null || meeting.id() != null || meeting.on() != null;
    }

    /** A sentence, then what follows each of its lead-ins, then what follows each word a command may start with. */
    private static List<String> starts(String sentence) {
        List<String> starts = new ArrayList<>();
        starts.add(sentence);
        Matcher leadIn = LEAD_IN_END.matcher(sentence);
        for (int n = 0; n < MAX_STARTS && leadIn.find(); n++) {
            if (LeadIn.is(sentence.substring(0, leadIn.start()))) {
                starts.add(sentence.substring(leadIn.end()));
            }
        }
        Matcher cue = CUE.matcher(sentence);
        for (int n = 0; n < MAX_STARTS && cue.find(); n++) {
            String before = sentence.substring(0, cue.start());
            // "Good news – turns out I can…": what precedes may itself end in a lead-in.
            String[] clauses = LEAD_IN_END.split(before, -1);
            if (cue.start() > 0 && LeadIn.isFrame(clauses[clauses.length - 1])
                    && Arrays.stream(clauses).allMatch(LeadIn::is)) {
                starts.add(sentence.substring(cue.start()));
            }
        }
        return starts;
    }

    /** The line with the group's own words made plain and action ids written as "A1". */
    private static String prepare(String line, LineContext context) {
        if (line.length() > LONGEST_COMMAND_LINE) {
            return line;
        }
        String text = context.words().plain(line);
        text = BRACKETED_ID.matcher(text).replaceAll(m -> m.group(1).toUpperCase(java.util.Locale.ROOT));
        text = HASH_ID.matcher(text).replaceAll(m -> m.group(1).toUpperCase(java.util.Locale.ROOT));
        text = DASH_ID.matcher(text).replaceAll("A$1");
        return WORD_ID.matcher(text).replaceAll("A$1");
    }

    /** The meeting named by the subject of Plenary's notice that this email answers without thread headers. */
    private Optional<MeetingRef> noticeMeeting(Utterance utterance) {
        if (utterance.subject() == null) {
            return Optional.empty();
        }
        Optional<String> words = NoticeSubject.meetingWords(utterance.subject());
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String text = utterance.groupWords().plain(words.get());
        Optional<TimeParser.Time> time = times.find(text);
        if (time.isPresent()) {
            text = text.substring(0, time.get().start()) + " " + text.substring(time.get().end());
        }
        Optional<TimeParser.Zone> zone = times.findZone(text);
        if (zone.isPresent()) {
            text = text.substring(0, zone.get().start()) + " " + text.substring(zone.get().end());
        }
        try {
            MeetingPhrase.Reading reading = phrases.read(text.replace(',', ' '), utterance.today(), utterance.dateOrder());
            return reading.ref().on() != null && reading.isClean() ? Optional.of(reading.ref()) : Optional.empty();
        } catch (NotUnderstood e) {
            return Optional.empty();
        }
    }

    /** The command with the notice's meeting where it named none. */
    private static Command inMeeting(Command command, MeetingRef meeting) {
        if (command instanceof Command.Apology c && c.meeting().isUnspecified()) {
            return new Command.Apology(c.member(), meeting, c.reason(), c.partial());
        }
        if (command instanceof Command.ApologyWithdrawn c && c.meeting().isUnspecified()) {
            return new Command.ApologyWithdrawn(c.member(), meeting, c.quiet());
        }
        if (command instanceof Command.MeetingConfirm c && c.meeting().isUnspecified()) {
            return new Command.MeetingConfirm(meeting);
        }
        if (command instanceof Command.MeetingCancel c && c.meeting().isUnspecified()) {
            return new Command.MeetingCancel(meeting, c.reason());
        }
        if (command instanceof Command.AgendaRequest c && c.meeting().isUnspecified()) {
            return new Command.AgendaRequest(c.title(), c.minutes(), meeting);
        }
        if (command instanceof Command.Notes c && c.meeting().isUnspecified()) {
            return new Command.Notes(meeting, c.decisions(), c.actions(), c.attended(), c.text());
        }
        return command;
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
            if (repeatedInBody(command, fromBody)) {
                continue; // Subject "Confirm" over "CONFIRM plenary 27 June": one change, made and confirmed once
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
                        || body.equals(fromSubject.meeting()) || sameDay(body, fromSubject.meeting()));
    }

    /** "4 July" and "the plenary on Tuesday 4 July": one meeting, the one whose kind is written. */
    private static boolean sameDay(MeetingRef one, MeetingRef other) {
        return one.on() != null && one.on().equals(other.on()) && java.util.Objects.equals(one.until(), other.until())
                && (one.kind() == null || other.kind() == null || one.kind().equals(other.kind()));
    }

    /** Whether the body makes the same change to the same meeting (or names it where the subject did not). */
    private static boolean repeatedInBody(Command fromSubject, List<Command> fromBody) {
        MeetingRef meeting = meetingOf(fromSubject);
        return meeting != null && fromBody.stream().anyMatch(body -> body.type() == fromSubject.type()
                && (meeting.isUnspecified() || meeting.equals(meetingOf(body))));
    }

    private static MeetingRef meetingOf(Command command) {
        if (command instanceof Command.ApologyWithdrawn c) {
            return c.meeting();
        }
        if (command instanceof Command.MeetingConfirm c) {
            return c.meeting();
        }
        if (command instanceof Command.MeetingCancel c) {
            return c.meeting();
        }
        return null;
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
