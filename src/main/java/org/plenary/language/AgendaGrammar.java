package org.plenary.language;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agenda requests ("AGENDA: DNS Abuse Study briefing (30 min) for the plenary on 27 June", Subject "Agenda request:
 * Tech tools demo") and decisions on them ("ACCEPT R3", "DECLINE R3 out of scope", "MOVE R3 TO 11 July").
 * Thread-safe.
 */
final class AgendaGrammar {

    private static final String IDS = "R\\d{1,6}(?:\\s{0,3}(?:,|&|and)\\s{0,3}R\\d{1,6}){0,20}";
    private static final Pattern ONE_ID = Pattern.compile("R\\d{1,6}", Pattern.CASE_INSENSITIVE);
    // The pieces of "please add X to the agenda for …" (inWords), compiled once: it reads every line with "agenda".
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s?!.]+$");
    private static final Pattern TITLED = Pattern.compile("^(.*?)\\s{0,3}:\\s{0,5}(.+)$");
    private static final Pattern QUOTES = Pattern.compile("^[\"'\u2018\u201c]|[\"'\u2019\u201d]$");
    private static final Pattern OF_AT_IN = Pattern.compile("^(?:of|at|in)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern REQUEST = Pattern.compile(
            "^" + Vocabulary.alternation(Vocabulary.AGENDA_KEYWORDS) + "\\s{0,5}:\\s{0,5}(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACCEPT = Pattern.compile(
            "^" + Vocabulary.alternation(Vocabulary.ACCEPT_WORDS) + "(?:ed)?\\s{1,5}(" + IDS + ")(?![\\p{L}\\d])[\\s.!]{0,5}(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DECLINE = Pattern.compile(
            "^" + Vocabulary.alternation(Vocabulary.DECLINE_WORDS) + "(?:d|ed)?\\s{1,5}(" + IDS + ")(?![\\p{L}\\d])(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MOVE = Pattern.compile(
            "^" + Vocabulary.alternation(Vocabulary.MOVE_WORDS) + "\\s{1,5}(R\\d{1,6})(?![\\p{L}\\d])\\s{0,5}(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DECIDED = Pattern.compile(
            "^(R\\d{1,6})\\s{1,5}(accepted|approved|declined|rejected)(?!\\p{L})[\\s.!:,;\u2013\u2014-]{0,10}(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TO = Pattern.compile("^(?:to|until|till)(?!\\p{L})\\s{0,5}(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOR = Pattern.compile(
            "(?<!\\p{L})(?:for|at|on|in|during)\\s{1,5}|\\s[-\u2013\u2014]\\s{0,5}|[\u2013\u2014]\\s{0,5}|,\\s{0,5}",
            Pattern.CASE_INSENSITIVE);
    /**
     * A request in words: "Please add the DNS abuse study to the agenda for next Tuesday's call", "Could we put the
     * budget on the agenda of the plenary on 27 June?", "Please add X to next Tuesday's agenda", "Please add to the
     * agenda of the plenary on 11 July: X". Group 1 is the item (none in the last), group 2 the meeting before
     * "agenda", group 3 what follows it.
     */
    private static final Pattern IN_WORDS = Pattern.compile(
            "^(?:(?:please|kindly)\\s{1,3}|(?:can|could|would|may|shall)\\s{1,3}(?:you|we|i)\\s{1,3}(?:please\\s{1,3})?"
                    + "|(?:i'd|i\\s{1,3}would|we'd|we\\s{1,3}would)\\s{1,3}like\\s{1,3}to\\s{1,3}(?:request\\s{1,3}to\\s{1,3})?|let's\\s{1,3})"
                    + "(?:add|put|include|slot|place)\\s{1,3}(?:(.{1,300}?)\\s{1,3})?(?:to|on|in|into|onto)\\s{1,3}(?:the\\s{1,3})?"
                    + "(?:(.{1,100}?)(?:'s)?\\s{1,3})?agenda(?!\\p{L})(.{0,300})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SOME_ITEM = Pattern.compile(
            "^(?:an?\\s{1,3})?(?:item|topic|point|agenda\\s{1,3}item|discussion|something)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMPTY_PARENTHESES = Pattern.compile("\\(\\s{0,5}\\)");

    private final MeetingPhrase meetings;
    private final DurationParser durations = new DurationParser();

    AgendaGrammar(MeetingPhrase meetings) {
        this.meetings = meetings;
    }

    Optional<List<Command>> read(String line, LineContext context) {
        Matcher request = REQUEST.matcher(line);
        if (request.find()) {
            return Optional.of(List.of(request(request.group(1), line, context)));
        }
        Matcher inWords = IN_WORDS.matcher(line);
        if (inWords.find()) {
            return inWords(inWords, line, context);
        }
        // "ACCEPT R1 and R2" decides both; reading only R1 once left R2 pending without a word.
        Matcher accept = ACCEPT.matcher(line);
        if (accept.find()) {
            return Optional.of(ids(accept.group(1)).stream().<Command>map(id ->
                    new Command.AgendaDecision(id, Command.Decision.ACCEPT, null, null)).toList());
        }
        Matcher decline = DECLINE.matcher(line);
        if (decline.find()) {
            String reason = MeetingPhrase.cleanReason(decline.group(2));
            return Optional.of(ids(decline.group(1)).stream().<Command>map(id -> new Command.AgendaDecision(id,
                    Command.Decision.DECLINE, reason.isEmpty() ? null : reason, null)).toList());
        }
        Matcher decided = DECIDED.matcher(line);
        if (decided.find()) { // "R3 accepted", "R3 declined: out of scope"
            boolean accepted = decided.group(2).toLowerCase(Locale.ROOT).startsWith("a");
            String reason = MeetingPhrase.cleanReason(decided.group(3));
            return Optional.of(List.of(new Command.AgendaDecision(id(decided.group(1)),
                    accepted ? Command.Decision.ACCEPT : Command.Decision.DECLINE,
                    accepted || reason.isEmpty() ? null : reason, null)));
        }
        Matcher move = MOVE.matcher(line);
        if (move.find()) {
            Matcher to = TO.matcher(move.group(2));
            MeetingPhrase.Reading target = to.find() ? meetings.read(to.group(1), context.today(), context.order()) : null;
            if (target == null || !target.mentionsMeeting() || !target.isClean()) {
                throw new NotUnderstood("\"" + line.strip() + "\": could not tell where to move it; e.g. \"MOVE "
                        + id(move.group(1)) + " TO 11 July\" or \"MOVE " + id(move.group(1)) + " TO plenary 11 July\"");
            }
            return Optional.of(List.of(new Command.AgendaDecision(id(move.group(1)), Command.Decision.MOVE, null, target.ref())));
        }
        return Optional.empty();
    }

    /** The title, minutes and meeting of a request; the title may come from the subject and the rest from the body. */
    Command.AgendaRequest request(String text, String line, LineContext context) {
        String rest = text;
        Integer minutes = null;
        Optional<DurationParser.Duration> duration = durations.find(rest);
        if (duration.isPresent()) {
            minutes = duration.get().minutes();
            rest = rest.substring(0, duration.get().start()) + rest.substring(duration.get().end());
            rest = EMPTY_PARENTHESES.matcher(rest).replaceAll(" ");
        }
        MeetingRef meeting = MeetingRef.unspecified();
        Matcher forMatcher = FOR.matcher(rest);
        for (int tries = 0; tries < MeetingPhrase.MAX_SPLITS && forMatcher.find(); tries++) {
            MeetingPhrase.Reading reading = meetings.read(rest.substring(forMatcher.start()), context.today(), context.order());
            if (reading.mentionsMeeting() && reading.isClean()) {
                meeting = reading.ref();
                rest = rest.substring(0, forMatcher.start());
                break;
            }
        }
        String title = rest.strip().replaceAll("^[\\s:;,\u2013\u2014-]+|[\\s:;,.\u2013\u2014-]+$", "").replaceAll("\\s{2,}", " ");
        if (title.isEmpty()) {
            throw new NotUnderstood("\"" + line.strip() + "\": an agenda request needs a title; "
                    + "e.g. \"AGENDA: DNS Abuse Study briefing (30 min) for the plenary on 27 June\"");
        }
        return new Command.AgendaRequest(title, minutes, meeting);
    }

    /** "Please add X to the agenda for …": the item and its meeting, read as "X for …" would be after "AGENDA:". */
    private Optional<List<Command>> inWords(Matcher words, String line, LineContext context) {
        String item = words.group(1) == null ? "an item" : words.group(1).strip(); // "add to the agenda …: X"
        String before = words.group(2) == null ? "" : words.group(2).strip();
        String after = TRAILING_PUNCTUATION.matcher(words.group(3).strip()).replaceAll("");
        Matcher titled = TITLED.matcher(after);
        if (SOME_ITEM.matcher(item).matches() && titled.find()) { // "add an item to the agenda of …: Outreach plan"
            item = titled.group(2);
            after = titled.group(1);
        }
        item = QUOTES.matcher(item).replaceAll("").strip();
        after = OF_AT_IN.matcher(after).replaceFirst("for "); // "the agenda of the plenary on 27 June"
        String meeting = (before.isEmpty() ? "" : " for " + before) + (after.isEmpty() ? "" : " " + after);
        Command.AgendaRequest read = request(item + meeting, line, context);
        if (!before.isEmpty() || !after.isEmpty()) {
            boolean placed = !read.meeting().isUnspecified();
            if (!placed) {
                return Optional.empty(); // "put our views on the agenda of the wider community": not a request here
            }
        }
        return Optional.of(List.of(read));
    }

    /** Minutes and a meeting written in the body of an email whose subject asked for the item. */
    Command.AgendaRequest addDetails(Command.AgendaRequest request, String line, LineContext context) {
        Integer minutes = request.minutes();
        MeetingRef meeting = request.meeting();
        Optional<DurationParser.Duration> duration = durations.find(line);
        if (minutes == null) {
            minutes = duration.map(DurationParser.Duration::minutes).orElse(null);
        }
        // "For the plenary on 27 June please, 30 min.": the minutes are no part of the meeting's words.
        String rest = EMPTY_PARENTHESES.matcher(duration.map(d -> line.substring(0, d.start()) + line.substring(d.end()))
                .orElse(line)).replaceAll(" ").replaceAll("[\\s,;.!]+$", "");
        if (meeting.isUnspecified()) {
            Matcher forMatcher = FOR.matcher(rest);
            for (int tries = 0; tries < MeetingPhrase.MAX_SPLITS && forMatcher.find(); tries++) {
                MeetingPhrase.Reading reading = meetings.read(rest.substring(forMatcher.start()).replaceAll("[.!]+\\s*$", ""),
                        context.today(), context.order());
                if (reading.mentionsMeeting() && reading.isClean()) {
                    meeting = reading.ref();
                    break;
                }
            }
        }
        return new Command.AgendaRequest(request.title(), minutes, meeting);
    }

    private static List<String> ids(String written) {
        List<String> ids = new java.util.ArrayList<>();
        Matcher m = ONE_ID.matcher(written);
        while (m.find()) {
            if (!ids.contains(id(m.group()))) {
                ids.add(id(m.group()));
            }
        }
        return ids;
    }

    private static String id(String written) {
        return written.toUpperCase(Locale.ROOT);
    }
}
