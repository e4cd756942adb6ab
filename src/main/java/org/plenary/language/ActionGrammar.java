package org.plenary.language;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.group.ActionStatus;

/**
 * Action items: "ACTION: Larisa to send language to RT by 30 June" creates one; "A7 done", "A7: in progress –
 * draft with RT", "A7 due 30 June", "A7 owner Jennifer", "DONE A7", "A7, A8 done" update them. Thread-safe.
 */
final class ActionGrammar {

    private static final String ID = "A\\d{1,6}";
    private static final String NAME_OR_ADDRESS = "[\\p{L}][\\p{L}'.-]{0,30}(?:\\s{1,3}[\\p{L}][\\p{L}'.-]{0,30}){0,3}|[^\\s@]{1,64}@[^\\s@]{1,255}";
    private static final Pattern CREATE = Pattern.compile(
            "^" + Vocabulary.alternation(Vocabulary.ACTION_KEYWORDS) + "\\s{0,5}:\\s{0,5}(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern IDS_FIRST = Pattern.compile(
            "^(?:action\\s{1,3})?(" + ID + "(?:\\s{0,3}(?:,|&|\\+|/|and)\\s{0,3}" + ID + "){0,20})(?![\\p{L}\\d])(\\s{0,3}:?)(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STATUS_FIRST = Pattern.compile(
            "^(?:(?:i've|i\\s{1,3}have|we've|we\\s{1,3}have|i|we)\\s{1,3}(?:now\\s{1,3}|just\\s{1,3})?)?("
                    + Vocabulary.alternation(Vocabulary.STATUS_WORDS.keySet()) + ")\\s{0,3}:?\\s{1,3}(?:with\\s{1,3})?("
                    + ID + "(?:\\s{0,3}(?:,|&|\\+|/|and)\\s{0,3}" + ID + "){0,20})[\\s.!]{0,5}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ONE_ID = Pattern.compile(ID, Pattern.CASE_INSENSITIVE);
    private static final Pattern STATUS = Pattern.compile(
            "^(" + Vocabulary.alternation(Vocabulary.STATUS_WORDS.keySet()) + ")(?![\\p{L}\\d-])[\\s:;,.!\u2013\u2014-]{0,10}(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTE = Pattern.compile("^(?:note|notes|comment)(?:\\s{0,3}:|\\s)\\s{0,5}(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DUE = Pattern.compile(
            "^(?:new\\s{1,3})?(?:due|deadline)(?:\\s{1,3}date)?(?:\\s{1,3}(?:on|by|is|now))?\\s{0,3}:?\\s{0,3}(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OWNER = Pattern.compile(
            "^(?:new\\s{1,3})?(?:owner(?:\\s{1,3}is)?|(?:re)?assign(?:ed)?\\s{1,3}to)\\s{0,3}:?\\s{0,3}(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FILLER = Pattern.compile(
            "^(?:(?:is|now|status|has been|is now|still|currently|has|was|already|now officially|officially)\\s{1,3}){1,3}",
            Pattern.CASE_INSENSITIVE);
    /** "Please reassign A1 to Larisa", "reassign A1 and A2 to Jennifer". */
    private static final Pattern REASSIGN = Pattern.compile(
            "^(?:please\\s{1,3}|can\\s{1,3}you\\s{1,3}|could\\s{1,3}you\\s{1,3})?(?:re-?assign|assign|give|hand\\s{1,3}over|transfer|move)\\s{1,3}("
                    + ID + "(?:\\s{0,3}(?:,|&|\\+|/|and)\\s{0,3}" + ID + "){0,20})\\s{1,3}to\\s{1,3}(" + NAME_OR_ADDRESS + ")[\\s.!?]{0,5}"
                    + "(?:please[\\s.!?]{0,5})?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATORS = Pattern.compile("^[\\s:;,.\u2013\u2014-]+");

    private static final Pattern DUE_CLAUSE = Pattern.compile(
            "(?:[,;(]\\s{0,3})?(?<!\\p{L})(?:due(?:\\s{1,3}(?:by|on|date))?|by|before|deadline)\\s{0,3}:?\\s{0,3}",
            Pattern.CASE_INSENSITIVE);
    private static final String NAME = "[\\p{Lu}][\\p{L}'.-]{0,30}(?:\\s{1,3}[\\p{Lu}][\\p{L}'.-]{0,30}){0,3}";
    private static final Pattern SELF = Pattern.compile("^(?:i\\s{1,3}(?:will|shall|to)|i'll|me\\s{1,3}to|me\\s{0,3}[:\u2013\u2014-])\\s{1,3}(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OWNER_DASH = Pattern.compile(
            "^(" + NAME + "|[^\\s@]{1,64}@[^\\s@]{1,255})\\s{0,3}[:\u2013\u2014-]\\s{1,3}(.+)$");
    private static final Pattern OWNER_TO = Pattern.compile(
            "^(" + NAME + "(?:\\s{1,3}(?:and|&)\\s{1,3}" + NAME + ")?|[^\\s@]{1,64}@[^\\s@]{1,255})\\s{1,3}(?:to|will|shall|should|must)\\s{1,3}(.+)$");

    private final DayParser days;

    ActionGrammar(DayParser days) {
        this.days = days;
    }

    /** "ACTION: …": an action item to create. */
    Optional<Command.ActionCreate> readCreate(String line, LineContext context) {
        Matcher create = CREATE.matcher(line);
        if (!create.find()) {
            return Optional.empty();
        }
        String text = create.group(1).strip();
        if (text.isEmpty()) {
            throw new NotUnderstood("\"" + line.strip() + "\": an action needs a title; "
                    + "e.g. \"ACTION: Sam to send the draft by 30 June\"");
        }
        LocalDate due = null;
        Matcher clause = DUE_CLAUSE.matcher(text);
        for (int tries = 0; tries < MeetingPhrase.MAX_SPLITS && clause.find(); tries++) {
            String tail = text.substring(clause.end()).replaceAll("[\\s).]+$", "");
            Optional<LocalDate> day = tail.isEmpty() ? Optional.empty() : days.parse(tail, context.today(), context.order());
            if (day.isPresent()) {
                due = day.get();
                text = text.substring(0, clause.start()).strip();
                break;
            }
        }
        String owner = null;
        Matcher self = SELF.matcher(text);
        Matcher dash = OWNER_DASH.matcher(text);
        Matcher to = OWNER_TO.matcher(text);
        if (self.find()) {
            owner = "me";
            text = self.group(1);
        } else if (dash.find()) {
            owner = dash.group(1);
            text = dash.group(2);
        } else if (to.find() && !to.group(1).equals("I")) {
            owner = to.group(1);
            text = to.group(2);
        }
        String title = text.strip().replaceAll("[\\s.;,]+$", "");
        if (title.isEmpty()) {
            throw new NotUnderstood("\"" + line.strip() + "\": an action needs a title; e.g. \"ACTION: Sam to send the draft\"");
        }
        return Optional.of(new Command.ActionCreate(owner, title, due));
    }

    /** "A7 done", "DONE A7", "A7, A8 done": one update per action id. */
    Optional<List<Command>> readUpdate(String line, LineContext context) {
        Matcher reassign = REASSIGN.matcher(line);
        if (reassign.find()) {
            String owner = reassign.group(2).strip().replaceAll("(?i)[\\s.!?]+(?:please|thanks|thank you)?[\\s.!?]*$", "");
            return Optional.of(ids(reassign.group(1)).stream()
                    .<Command>map(id -> new Command.ActionUpdate(id, null, null, owner, null)).toList());
        }
        Matcher statusFirst = STATUS_FIRST.matcher(line);
        if (statusFirst.find()) {
            ActionStatus status = Vocabulary.STATUS_WORDS.get(normalise(statusFirst.group(1)));
            return Optional.of(ids(statusFirst.group(2)).stream()
                    .<Command>map(id -> new Command.ActionUpdate(id, status, null, null, null)).toList());
        }
        Matcher idsFirst = IDS_FIRST.matcher(line);
        if (!idsFirst.find()) {
            return Optional.empty();
        }
        List<String> ids = ids(idsFirst.group(1));
        if (context.subject() && idsFirst.group(3).isBlank()) {
            return Optional.empty(); // a subject "A7" names the topic, like the tag "[SSR2 A7]"; the body says what changed
        }
        boolean colon = idsFirst.group(2).contains(":");
        Command.ActionUpdate update = update(ids.get(0), idsFirst.group(3), colon, line, context);
        return Optional.of(ids.stream().<Command>map(id ->
                new Command.ActionUpdate(id, update.status(), update.due(), update.owner(), update.note())).toList());
    }

    /** The words after an action id: a status, a due date, an owner or a note. */
    Command.ActionUpdate update(String id, String after, boolean colon, String line, LineContext context) {
        String rest = FILLER.matcher(SEPARATORS.matcher(after).replaceFirst("")).replaceFirst("").strip();
        if (rest.isEmpty()) {
            throw new NotUnderstood("\"" + line.strip() + "\": say what changed; " + EXAMPLES);
        }
        Matcher note = NOTE.matcher(rest);
        if (note.find()) {
            return new Command.ActionUpdate(id, null, null, null, note.group(1).strip());
        }
        Matcher due = DUE.matcher(rest);
        if (due.find()) {
            LocalDate day = days.parse(due.group(1), context.today(), context.order()).orElseThrow(() -> new NotUnderstood(
                    "\"" + line.strip() + "\": could not read the due date; e.g. \"" + id + " due 30 June\""));
            return new Command.ActionUpdate(id, null, day, null, null);
        }
        Matcher owner = OWNER.matcher(rest);
        if (owner.find()) {
            return new Command.ActionUpdate(id, null, null, owner.group(1).strip().replaceAll("[.!]+$", ""), null);
        }
        Matcher status = STATUS.matcher(rest);
        if (status.find()) {
            String text = status.group(2).strip().replaceAll("^\\(|\\)$", "").strip();
            return new Command.ActionUpdate(id, Vocabulary.STATUS_WORDS.get(normalise(status.group(1))), null, null,
                    text.isEmpty() ? null : text);
        }
        if (colon) {
            return new Command.ActionUpdate(id, null, null, null, rest);
        }
        throw new NotUnderstood("\"" + line.strip() + "\": the status words are done, in progress, blocked, cancelled, "
                + "reopen; " + EXAMPLES);
    }

    /** Whether the line opens like an update without an id, for a subject tagged "[SSR2 A7]". */
    boolean opensLikeUpdate(String line) {
        String rest = FILLER.matcher(line.strip()).replaceFirst("");
        return STATUS.matcher(rest).find() || NOTE.matcher(rest).find() || OWNER.matcher(rest).find()
                || (DUE.matcher(rest).find() && rest.toLowerCase(Locale.ROOT).startsWith("due"));
    }

    private static final String EXAMPLES = "e.g. \"A3 done\", \"A3 in progress – waiting for the chairs\", \"A3 due 30 June\", "
            + "\"A3 owner Sam\", \"A3 note: …\"";

    private static List<String> ids(String text) {
        List<String> ids = new ArrayList<>();
        Matcher m = ONE_ID.matcher(text);
        while (m.find()) {
            String id = m.group().toUpperCase(Locale.ROOT);
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static String normalise(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

}
