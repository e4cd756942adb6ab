package org.plenary.language;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.plenary.group.ActionStatus;

/**
 * Every keyword and synonym of the email language, one table per intent, so that a new synonym or a new
 * language is a one-line change here and nowhere else: add {@code Map.entry("juillet", Month.JULY)} to
 * {@link #MONTHS}, {@code "entschuldigung"} to {@link #APOLOGY_WORDS}, {@code Map.entry("erledigt", DONE)} to
 * {@link #STATUS_WORDS}. Words are lower case; phrases of several words match any run of white space between them;
 * the grammars compile their patterns from these tables once. Immutable and thread-safe.
 */
public final class Vocabulary {

    /** Month names and abbreviations; add "juillet", "juli", "julio"… here to read other languages. */
    static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("january", Month.JANUARY), Map.entry("jan", Month.JANUARY),
            Map.entry("february", Month.FEBRUARY), Map.entry("feb", Month.FEBRUARY),
            Map.entry("march", Month.MARCH), Map.entry("mar", Month.MARCH),
            Map.entry("april", Month.APRIL), Map.entry("apr", Month.APRIL),
            Map.entry("may", Month.MAY),
            Map.entry("june", Month.JUNE), Map.entry("jun", Month.JUNE),
            Map.entry("july", Month.JULY), Map.entry("jul", Month.JULY),
            Map.entry("august", Month.AUGUST), Map.entry("aug", Month.AUGUST),
            Map.entry("september", Month.SEPTEMBER), Map.entry("sep", Month.SEPTEMBER), Map.entry("sept", Month.SEPTEMBER),
            Map.entry("october", Month.OCTOBER), Map.entry("oct", Month.OCTOBER),
            Map.entry("november", Month.NOVEMBER), Map.entry("nov", Month.NOVEMBER),
            Map.entry("december", Month.DECEMBER), Map.entry("dec", Month.DECEMBER));

    static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("mon", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tues", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("wed", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("thu", DayOfWeek.THURSDAY),
            Map.entry("thur", DayOfWeek.THURSDAY), Map.entry("thurs", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("fri", DayOfWeek.FRIDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sat", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("sun", DayOfWeek.SUNDAY));

    /** Relative day words and how many days after today they are. */
    static final Map<String, Integer> RELATIVE_DAYS = Map.of(
            "today", 0, "tonight", 0, "tomorrow", 1, "yesterday", -1);

    /** Meeting kinds as people write them, longest first when matched; a generic call is no kind. */
    static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("plenary", "plenary"), Map.entry("plenaries", "plenary"), Map.entry("plenary call", "plenary"), Map.entry("plenary meeting", "plenary"),
            Map.entry("co-chair call", "coordination"), Map.entry("co-chairs call", "coordination"),
            Map.entry("co-chair/staff call", "coordination"), Map.entry("co-chairs/staff call", "coordination"),
            Map.entry("cochair call", "coordination"), Map.entry("cochairs call", "coordination"),
            Map.entry("chairs call", "coordination"), Map.entry("coordination call", "coordination"),
            Map.entry("coordination", "coordination"), Map.entry("leadership call", "coordination"),
            Map.entry("briefing", "briefing"), Map.entry("outreach", "outreach"));

    /** Words that name a meeting without saying which kind. */
    static final Set<String> MEETING_WORDS = Set.of(
            "call", "calls", "meeting", "meetings", "telecon", "teleconference", "session", "sessions", "webinar");

    /** Words that open an apology line. */
    static final Set<String> APOLOGY_WORDS = Set.of(
            "apologies", "apology", "apols", "regrets", "excuses", "excusas", "entschuldigung",
            "my apologies", "my regrets", "please accept my apologies", "please accept my regrets",
            "désolé", "désolée", "desole", "desolee", "scuse", "disculpas");

    /** Capitalised words that open a sentence but name nobody: "Please send his apologies" is no one's by name. */
    static final Set<String> NOT_NAMES = Set.of("please", "also", "and", "so", "he", "she", "they", "hi", "hello", "dear",
            "forwarding", "fyi", "note", "kindly", "just", "i", "we", "the", "his", "her", "their");

    /** Words that alone, in a reply to one of Plenary's emails, decline the meeting of the thread. */
    static final Set<String> BARE_DECLINE_WORDS = Set.of("decline", "declined", "declining", "absent", "not attending");

    /** Phrases after which the sender says they will miss a meeting: "I won't be able to join tomorrow". */
    static final List<String> ABSENCE_PHRASES = List.of(
            "i won't be able to join", "i won't be able to make", "i won't be able to attend", "i won't be able to be at",
            "i won't be able to make it to", "i will not be able to join", "i will not be able to make",
            "i will not be able to attend", "i will be unable to join", "i will be unable to attend",
            "i will be unable to make", "i'll be unable to join", "i'll be unable to attend", "i'll be unable to make",
            "i can't join", "i can't make", "i can't attend", "i can't be at", "i can't make it to",
            "i cannot join", "i cannot make", "i cannot attend", "i cannot make it to", "i can not make", "i can not join",
            "i am unable to join", "i am unable to attend", "i am unable to make", "i'm unable to join",
            "i'm unable to attend", "i'm unable to make", "i won't join", "i won't make", "i won't attend",
            "i won't be at", "i won't make it to", "i'll miss", "i will miss", "i'm going to miss", "i am going to miss",
            "i'll have to miss", "i will have to miss", "i have to miss", "i must miss", "i'll be absent from",
            "i will be absent from", "i'll be absent for", "i will be absent for",
            "can't make", "cannot make", "can't join", "cannot join", "can't attend", "cannot attend",
            "won't be able to join", "won't be able to make", "won't be able to attend", "unable to join",
            "unable to attend", "unable to make", "will miss", "won't make", "won't make it to");

    /** Phrases that take an apology back: "WITHDRAW APOLOGY 4 July", "I can make it after all" (needs "after all"). */
    static final List<String> WITHDRAW_PHRASES = List.of(
            "withdraw apology", "withdraw apologies", "withdraw my apology", "withdraw my apologies",
            "withdraw regrets", "withdraw my regrets", "cancel my apology", "cancel my apologies",
            "withdrawing my apologies", "withdrawing my apology");
    static final List<String> AFTER_ALL_PHRASES = List.of(
            "i can make it", "i can make", "i can join", "i can attend", "i can be at", "i'll be there",
            "i will be there", "i'll be able to join", "i will be able to join", "i'll be able to make it",
            "i will be able to make it", "i'll be able to attend", "i will be able to attend", "i can come");

    /** Words after an apology that are manners, not a reason: "Can't make it today, sorry". */
    static final Set<String> POLITE_CLOSINGS = Set.of(
            "sorry", "thanks", "thank you", "cheers", "best", "regards", "best regards", "apologies", "sorry about that");

    /** Polite openings dropped before reading a line: "Sorry, I'll miss…". */
    static final List<String> OPENINGS = List.of("sorry", "unfortunately", "sadly", "regrettably", "i'm afraid", "i am afraid",
            "i'm sorry but", "i am sorry but", "i'm sorry", "i am sorry",
            "hi all", "hello all", "dear all", "hi", "hello", "please note");

    /** Status words of an action update, by status. */
    static final Map<String, ActionStatus> STATUS_WORDS = Map.ofEntries(
            Map.entry("done", ActionStatus.DONE), Map.entry("completed", ActionStatus.DONE),
            Map.entry("complete", ActionStatus.DONE), Map.entry("finished", ActionStatus.DONE),
            Map.entry("closed", ActionStatus.DONE), Map.entry("resolved", ActionStatus.DONE),
            Map.entry("in progress", ActionStatus.IN_PROGRESS), Map.entry("in-progress", ActionStatus.IN_PROGRESS),
            Map.entry("started", ActionStatus.IN_PROGRESS), Map.entry("ongoing", ActionStatus.IN_PROGRESS),
            Map.entry("on-going", ActionStatus.IN_PROGRESS), Map.entry("wip", ActionStatus.IN_PROGRESS),
            Map.entry("underway", ActionStatus.IN_PROGRESS), Map.entry("under way", ActionStatus.IN_PROGRESS),
            Map.entry("blocked", ActionStatus.BLOCKED), Map.entry("on hold", ActionStatus.BLOCKED),
            Map.entry("on-hold", ActionStatus.BLOCKED), Map.entry("stuck", ActionStatus.BLOCKED),
            Map.entry("waiting", ActionStatus.BLOCKED), Map.entry("paused", ActionStatus.BLOCKED),
            Map.entry("cancelled", ActionStatus.CANCELLED), Map.entry("canceled", ActionStatus.CANCELLED),
            Map.entry("cancel", ActionStatus.CANCELLED), Map.entry("dropped", ActionStatus.CANCELLED),
            Map.entry("withdrawn", ActionStatus.CANCELLED), Map.entry("abandoned", ActionStatus.CANCELLED),
            Map.entry("reopen", ActionStatus.OPEN), Map.entry("reopened", ActionStatus.OPEN),
            Map.entry("re-open", ActionStatus.OPEN), Map.entry("re-opened", ActionStatus.OPEN));

    /** Keywords that open a line of each command, lower case, without their colon. */
    static final Set<String> HELP_WORDS = Set.of("help", "hilfe", "aide", "ayuda");
    static final Set<String> STATUS_KEYWORDS = Set.of("status", "my status");
    static final Set<String> ACTION_KEYWORDS = Set.of("action", "action item", "new action", "todo", "to do");
    static final Set<String> AGENDA_KEYWORDS = Set.of("agenda", "agenda request", "agenda item", "agenda item request");
    static final Set<String> ACCEPT_WORDS = Set.of("accept", "approve");
    static final Set<String> DECLINE_WORDS = Set.of("decline", "reject");
    static final Set<String> CONFIRM_WORDS = Set.of("confirm");
    static final Set<String> CANCEL_WORDS = Set.of("cancel");
    static final Set<String> SCHEDULE_WORDS = Set.of("schedule");
    static final Set<String> MOVE_WORDS = Set.of("move", "reschedule");
    static final Set<String> NOTES_WORDS = Set.of("notes", "minutes", "meeting notes");
    static final Set<String> DECISION_WORDS = Set.of("decision", "decided", "agreed", "resolved");
    static final Set<String> ATTENDED_WORDS = Set.of("attended", "attendees", "present", "participants");

    /** Words that may surround a meeting reference without changing it: "for the plenary call on Tuesday". */
    static final Set<String> FILLER_WORDS = Set.of(
            "the", "a", "an", "for", "on", "of", "at", "in", "to", "this", "that", "our", "my", "me", "next", "upcoming",
            "coming", "s", "'s", "it", "is", "be", "being", "missing", "miss", "attending", "joining", "from", "all",
            "until", "till", "through", "one", "and", "please", "team", "weekly", "which", "will", "there", "i", "too",
            "again", "either", "scheduled", "planned", "review", "group", "call's", "meeting's");

    private static final Vocabulary ENGLISH = new Vocabulary();

    private Vocabulary() {
    }

    /** English, with a few apology words of other languages. */
    public static Vocabulary english() {
        return ENGLISH;
    }

    Optional<Month> month(String word) {
        return Optional.ofNullable(MONTHS.get(word.toLowerCase(Locale.ROOT)));
    }

    Optional<DayOfWeek> weekday(String word) {
        return Optional.ofNullable(WEEKDAYS.get(word.toLowerCase(Locale.ROOT)));
    }

    /**
     * A line opening with one of the words: group 1 the word as written, group 2 a colon or nothing, group 3 the
     * rest. Case-insensitive.
     */
    static Pattern lineStartingWith(Iterable<String> words) {
        return Pattern.compile("^(" + alternation(words) + ")(?![\\p{L}\\d])\\s{0,5}(:?)\\s{0,5}(.*)$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** An alternation of phrases, longest first, each space matching any white space; for use inside a regex. */
    static String alternation(Iterable<String> phrases) {
        List<String> sorted = new ArrayList<>();
        phrases.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return sorted.stream()
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
