package org.plenary.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Apologies and their withdrawal: "Apologies for the plenary call on Tuesday 4 July", "Regrets for today's call",
 * "I won't be able to join tomorrow", "Apologies from Noor for Friday's call", "WITHDRAW APOLOGY 4 July",
 * "I can make it after all". A line about an apology that names no meeting ("Apologies for the late reply") is
 * prose, not a command. Thread-safe.
 */
final class ApologyGrammar {

    private static final Pattern APOLOGY = Vocabulary.lineStartingWith(Vocabulary.APOLOGY_WORDS);
    private static final Pattern ABSENCE = Vocabulary.lineStartingWith(Vocabulary.ABSENCE_PHRASES);
    private static final Pattern WITHDRAW = Vocabulary.lineStartingWith(Vocabulary.WITHDRAW_PHRASES);
    private static final Pattern AFTER_ALL = Pattern.compile(
            "^" + Vocabulary.alternation(Vocabulary.AFTER_ALL_PHRASES) + "(?!\\p{L})(.{0,200}?)\\s{0,3}after\\s{1,3}all(?!\\p{L})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_DECLINE = Pattern.compile(
            "^" + Vocabulary.alternation(Vocabulary.BARE_DECLINE_WORDS) + "[\\s.!]{0,5}$", Pattern.CASE_INSENSITIVE);
    private static final String NAME = "(?:[\\p{Lu}][\\p{L}'.-]{0,30}(?:\\s{1,3}[\\p{Lu}][\\p{L}'.-]{0,30}){0,3}|[^\\s@]{1,64}@[^\\s@,;]{1,255})";
    private static final Pattern FROM = Pattern.compile(
            "^from\\s{1,3}(" + NAME + ")(?:\\s{0,3}(?:,|and|&)\\s{0,3}(" + NAME + "))?(?![\\p{L}@])");
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^[\\s:;,.!\u2013\u2014-]+");
    private static final Pattern SEPARATED = Pattern.compile("^\\s{0,5}[:;,(\u2013\u2014-]");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s{0,3}(?:,|;|\\s(?:and|&)(?!\\p{L}))\\s{1,5}",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_LISTED = 6;
    private static final Pattern WEEKDAY_COMMA = Pattern.compile(
            "(?<!\\p{L})(" + Vocabulary.alternation(Vocabulary.WEEKDAYS.keySet()) + ")\\.?,\\s{1,5}(?=\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> IT = Set.of("", "it", "this one", "that one", "this", "that", "this time");

    private final MeetingPhrase meetings;

    ApologyGrammar(MeetingPhrase meetings) {
        this.meetings = meetings;
    }

    Optional<List<Command>> read(String line, LineContext context) {
        Matcher withdraw = WITHDRAW.matcher(line);
        if (withdraw.find()) {
            return withdrawal(withdraw.group(3), context, true);
        }
        Matcher afterAll = AFTER_ALL.matcher(line);
        if (afterAll.find()) {
            return withdrawal(afterAll.group(1), context, false);
        }
        Matcher apology = APOLOGY.matcher(line);
        if (apology.find()) {
            Optional<List<Command>> read = apology(apology.group(2) + " " + apology.group(3), context);
            Matcher absenceAfter = ABSENCE.matcher(LEADING_SEPARATOR.matcher(apology.group(3)).replaceFirst(""));
            if (read.isEmpty() && absenceAfter.find()) {
                return absence(absenceAfter.group(2) + " " + absenceAfter.group(3), context); // "Apologies, I can't make…"
            }
            return read;
        }
        Matcher absence = ABSENCE.matcher(line);
        if (absence.find()) {
            return absence(absence.group(2) + " " + absence.group(3), context);
        }
        if (context.replyToPlenary() && BARE_DECLINE.matcher(line).find()) {
            return Optional.of(List.of(new Command.Apology(null, MeetingRef.unspecified(), null)));
        }
        return Optional.empty();
    }

    private Optional<List<Command>> withdrawal(String rest, LineContext context, boolean keyword) {
        String phrase = rest.strip();
        Matcher from = FROM.matcher(phrase);
        if (keyword && from.find() && from.group(2) == null) { // staff: "WITHDRAW APOLOGY from Noor for 4 July"
            return withdrawal(phrase.substring(from.end()), context, true)
                    .map(commands -> commands.stream().<Command>map(c ->
                            new Command.ApologyWithdrawn(from.group(1), ((Command.ApologyWithdrawn) c).meeting())).toList());
        }
        MeetingPhrase.Reading reading = meetings.read(phrase, context.today(), context.order());
        if (IT.contains(phrase.toLowerCase(java.util.Locale.ROOT).replaceAll("^(?:it\\s+)?(?:for\\s+)?", "").strip())) {
            return Optional.of(List.of(new Command.ApologyWithdrawn(null, MeetingRef.unspecified())));
        }
        if (reading.mentionsMeeting() && reading.isClean()) {
            return Optional.of(List.of(new Command.ApologyWithdrawn(null, reading.ref())));
        }
        if (keyword) {
            throw new NotUnderstood("\"" + phrase + "\": could not tell which meeting; e.g. \"WITHDRAW APOLOGY 12 March\"");
        }
        return Optional.empty();
    }

    private Optional<List<Command>> apology(String afterWord, LineContext context) {
        String rest = afterWord.strip();
        List<String> members = new ArrayList<>();
        Matcher from = FROM.matcher(LEADING_SEPARATOR.matcher(rest).replaceFirst(""));
        if (from.find()) {
            members.add(from.group(1));
            if (from.group(2) != null) {
                members.add(from.group(2));
            }
            rest = LEADING_SEPARATOR.matcher(rest).replaceFirst("").substring(from.end());
        }
        boolean separated = SEPARATED.matcher(rest).lookingAt(); // "Apologies, travelling" or "Apologies (travel)"
        String phrase = LEADING_SEPARATOR.matcher(rest).replaceFirst("");
        MeetingPhrase.WithReason read = meetings.readWithReason(phrase, context.today(), context.order());
        Optional<List<Command>> several = several(members, phrase, context); // "4 July, 11 July": no reason "11 July"
        if (read.reading().mentionsMeeting() && read.reading().isClean() && (read.reason() == null || several.isEmpty())) {
            return apologies(members, read.reading().ref(), read.reason());
        }
        if (several.isPresent()) {
            return several;
        }
        boolean bare = phrase.isBlank() || (separated && !read.reading().mentionsMeeting());
        if (bare && (context.acceptsBareWord() || !members.isEmpty())) {
            String reason = phrase.isBlank() ? null : MeetingPhrase.cleanReason(phrase);
            return apologies(members, MeetingRef.unspecified(), reason);
        }
        return Optional.empty();
    }

    /**
     * "for the plenary on 4 July and 11 July": one apology per day, each part a clean meeting phrase with a day; a
     * part without a kind takes the first part's, and the last part may carry the reason.
     */
    private Optional<List<Command>> several(List<String> members, String phrase, LineContext context) {
        // "Tuesday, 4 July" is one day: its comma belongs to the date, not to a list.
        String[] parts = LIST_SEPARATOR.split(WEEKDAY_COMMA.matcher(phrase).replaceAll("$1 "), MAX_LISTED + 1);
        if (parts.length < 2 || parts.length > MAX_LISTED) {
            return Optional.empty();
        }
        List<MeetingRef> refs = new ArrayList<>();
        String reason = null;
        for (int i = 0; i < parts.length; i++) {
            MeetingPhrase.WithReason read = i == parts.length - 1
                    ? meetings.readWithReason(parts[i], context.today(), context.order())
                    : new MeetingPhrase.WithReason(meetings.read(parts[i], context.today(), context.order()), null);
            MeetingRef ref = read.reading().ref();
            if (!read.reading().isClean() || ref.on() == null || ref.all() || ref.until() != null) {
                return Optional.empty();
            }
            refs.add(ref.kind() == null && !refs.isEmpty() ? MeetingRef.on(ref.on(), refs.get(0).kind()) : ref);
            reason = read.reason();
        }
        List<Command> commands = new ArrayList<>();
        for (MeetingRef ref : refs) {
            apologies(members, ref, reason).ifPresent(commands::addAll);
        }
        return Optional.of(commands);
    }

    private Optional<List<Command>> absence(String afterPhrase, LineContext context) {
        String phrase = afterPhrase.strip();
        MeetingPhrase.WithReason read = meetings.readWithReason(phrase, context.today(), context.order());
        if (read.reading().mentionsMeeting() && read.reading().isClean()) {
            return apologies(List.of(), read.reading().ref(), read.reason());
        }
        String it = phrase.replaceAll("[\\s.!]+$", "");
        if (context.acceptsBareWord() && IT.contains(it.toLowerCase(java.util.Locale.ROOT))) {
            return apologies(List.of(), MeetingRef.unspecified(), null);
        }
        return Optional.empty();
    }

    private static Optional<List<Command>> apologies(List<String> members, MeetingRef ref, String reason) {
        String why = reason == null || reason.isBlank()
                || Vocabulary.POLITE_CLOSINGS.contains(reason.toLowerCase(java.util.Locale.ROOT).replaceAll("[.!]+$", ""))
                ? null : reason;
        if (members.isEmpty()) {
            return Optional.of(List.of(new Command.Apology(null, ref, why)));
        }
        return Optional.of(members.stream().<Command>map(m -> new Command.Apology(m, ref, why)).toList());
    }
}
