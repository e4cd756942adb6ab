package org.plenary.language;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.group.DateOrder;

/**
 * How a fragment of a line names a meeting: "the plenary call on Tuesday 4 July", "today's call", "the next
 * plenary", "all calls until 20 July", "plenary-2017-07-04". {@code mentionsMeeting} says whether anything in it
 * named a meeting at all; {@code leftover} holds the words that were neither a meeting nor a filler word, so a
 * caller can tell "for the plenary" from "for the late reply". Stateless and thread-safe.
 */
final class MeetingPhrase {

    record Reading(MeetingRef ref, boolean mentionsMeeting, List<String> leftover) {
        boolean isClean() {
            return leftover.isEmpty();
        }
    }

    private static final Pattern MEETING_ID = Pattern.compile(
            "(?<![\\w-])([a-z]{2,20}(?:-[a-z]{2,20}){0,3}-\\d{4}-\\d{2}-\\d{2}(?:-\\d{1,2})?)(?![\\w-])", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNTIL = Pattern.compile("(?<!\\p{L})(?:until|till|til|through|thru)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPAN_FROM = Pattern.compile("(?<!\\p{L})(?:from|between)\\s{1,5}", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPAN_TO = Pattern.compile(
            "^\\s{0,3}(?:to|until|till|til|through|thru|and|[-\u2013\u2014])\\s{0,5}", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALL = Pattern.compile("(?<!\\p{L})(?:all|every)\\s{1,5}(?:the\\s{1,5})?(?:calls|meetings|sessions)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern KIND = Pattern.compile(
            "(?<![\\p{L}-])" + Vocabulary.alternation(Vocabulary.KINDS.keySet()) + "(?:s|'s)?(?![\\p{L}-])", Pattern.CASE_INSENSITIVE);
    private static final Pattern MEETING_WORD = Pattern.compile(
            "(?<!\\p{L})" + Vocabulary.alternation(Vocabulary.MEETING_WORDS) + "(?:'s)?(?!\\p{L})", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'@.-]+");

    /** A meeting reading and the reason written after it ("…: Johannesburg travel", "(travel)", "due to travel"). */
    record WithReason(Reading reading, String reason) {
    }

    private static final Pattern AS_WELL = Pattern.compile("\\s{1,3}as\\s{1,3}well[\\s.!]{0,5}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]{1,300})\\)\\s{0,5}[.!]?\\s{0,5}$");
    private static final Pattern REASON_SEPARATOR = Pattern.compile(
            "\\s{0,3}(?:[:;,(]|\\s[\u2013\u2014-]|[\u2013\u2014]|\\s(?:due\\s{1,3}to|because(?:\\s{1,3}of)?|as|owing\\s{1,3}to)(?!\\p{L}))\\s{0,5}",
            Pattern.CASE_INSENSITIVE);

    /** A reader tries a few ways of splitting a line, not every one: a line of a thousand commas is prose. */
    static final int MAX_SPLITS = 12;

    private final DayParser days;

    MeetingPhrase(DayParser days) {
        this.days = days;
    }

    Reading read(String fragment, LocalDate today, DateOrder order) {
        char[] rest = fragment.toCharArray();
        Matcher id = MEETING_ID.matcher(fragment);
        if (id.find()) {
            blank(rest, id.start(), id.end());
            return new Reading(MeetingRef.byId(id.group(1).toLowerCase(Locale.ROOT)), true, leftover(rest));
        }
        boolean all = false;
        LocalDate until = null;
        LocalDate on = null;
        boolean mentions = false;
        Matcher allMatcher = ALL.matcher(fragment);
        if (allMatcher.find()) {
            all = true;
            mentions = true;
            blank(rest, allMatcher.start(), allMatcher.end());
        }
        Optional<int[]> span = span(fragment, today, order);
        if (span.isPresent()) { // "from 19 June to 2 July": every meeting of the span
            int[] at = span.get();
            all = true;
            mentions = true;
            on = days.find(fragment.substring(at[2]), today, order).orElseThrow().on();
            DayParser.Day last = days.find(fragment.substring(at[3]), today, order).orElseThrow();
            until = last.until() != null ? last.until() : last.on();
            blank(rest, at[0], at[1]);
        }
        Matcher untilMatcher = UNTIL.matcher(fragment);
        if (on == null && untilMatcher.find()) {
            Optional<DayParser.Day> last = days.find(fragment.substring(untilMatcher.end()), today, order);
            if (last.isPresent()) {
                all = true;
                mentions = true;
                until = last.get().until() != null ? last.get().until() : last.get().on();
                on = today;
                blank(rest, untilMatcher.start(), untilMatcher.end() + last.get().end());
            }
        }
        if (on == null) {
            Optional<DayParser.Day> day = days.find(new String(rest), today, order);
            if (day.isPresent()) {
                on = day.get().on();
                until = day.get().until();
                mentions = true;
                blank(rest, day.get().start(), day.get().end());
            }
        }
        String kind = null;
        Matcher kindMatcher = KIND.matcher(new String(rest));
        if (kindMatcher.find()) {
            String written = kindMatcher.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("'s$", "");
            kind = Vocabulary.KINDS.getOrDefault(written, Vocabulary.KINDS.get(written.replaceAll("s$", "")));
            mentions = true;
            blank(rest, kindMatcher.start(), kindMatcher.end());
        }
        Matcher word = MEETING_WORD.matcher(new String(rest));
        while (word.find()) {
            mentions = true;
            blank(rest, word.start(), word.end());
        }
        return new Reading(new MeetingRef(null, on, until, kind, all), mentions, leftover(rest));
    }

    /**
     * Where "from 19 June to 2 July" is written: its start and end, and where each of its two days starts; each day
     * must follow its word directly.
     */
    private Optional<int[]> span(String fragment, LocalDate today, DateOrder order) {
        Matcher from = SPAN_FROM.matcher(fragment);
        for (int tries = 0; tries < 3 && from.find(); tries++) {
            Optional<DayParser.Day> first = days.find(fragment.substring(from.end()), today, order);
            if (first.isEmpty() || first.get().start() != 0) {
                continue;
            }
            int afterFirst = from.end() + first.get().end();
            Matcher to = SPAN_TO.matcher(fragment.substring(afterFirst));
            if (!to.find()) {
                continue;
            }
            int secondAt = afterFirst + to.end();
            Optional<DayParser.Day> second = days.find(fragment.substring(secondAt), today, order);
            if (second.isPresent() && second.get().start() == 0) {
                return Optional.of(new int[] {from.start(), secondAt + second.get().end(), from.end(), secondAt});
            }
        }
        return Optional.empty();
    }

    /**
     * Splits a meeting phrase from the reason after it: the longest clean meeting phrase before a separator wins,
     * so "Tuesday, 4 July: travel" keeps its comma in the date and gives the reason "travel".
     */
    WithReason readWithReason(String fragment, LocalDate today, DateOrder order) {
        String text = AS_WELL.matcher(fragment).replaceFirst(""); // "…on 11 July as well": no reason "well"
        String reason = null;
        Matcher parenthesis = PARENTHESIS.matcher(text);
        if (parenthesis.find()) {
            reason = parenthesis.group(1).strip();
            text = text.substring(0, parenthesis.start());
        }
        Reading whole = read(text, today, order);
        if (whole.isClean()) {
            return new WithReason(whole, reason);
        }
        Matcher separator = REASON_SEPARATOR.matcher(text);
        WithReason best = null;
        for (int tries = 0; tries < MAX_SPLITS && separator.find(); tries++) {
            Reading before = read(text.substring(0, separator.start()), today, order);
            if (before.isClean()) {
                String after = cleanReason(text.substring(separator.end()));
                best = new WithReason(before, after.isEmpty() ? reason : after);
            }
        }
        return best != null ? best : new WithReason(whole, reason);
    }

    static String cleanReason(String reason) {
        return reason.strip().replaceAll("^[\\s:;,.\u2013\u2014-]+|[\\s.!;,]+$", "").replaceAll("^\\((.*)\\)$", "$1").strip();
    }

    private static void blank(char[] text, int start, int end) {
        Arrays.fill(text, start, Math.min(end, text.length), ' ');
    }

    private static List<String> leftover(char[] rest) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(new String(rest));
        while (m.find()) {
            String written = m.group().replaceAll("^[.'-]+|[.'-]+$", "");
            String w = written.toLowerCase(Locale.ROOT);
            if (!w.isEmpty() && !Vocabulary.FILLER_WORDS.contains(w) && !Vocabulary.WEEKDAYS.containsKey(w)) {
                words.add(written);
            }
        }
        return words;
    }
}
