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
    /**
     * Someone else's apology passed on: "Kaveh asked me to send his apologies…", "Denise has asked me to pass on her
     * regrets…", "Kaveh sends his apologies…", "Forwarding Kaveh's apologies…", "Noor's regrets for…". Group 1 is who
     * is absent, group 2 the rest of the line (the meeting and reason).
     */
    private static final Pattern ON_BEHALF = Pattern.compile(
            "(?:^|(?<=[\\s,;:(\u2013\u2014-]))(" + NAME + ")\\s{1,3}(?:(?:has|had|have)\\s{1,3})?(?:(?:asked|requested)\\s{1,3}(?:me|us)\\s{1,3}to\\s{1,3}"
                    + "(?:send|pass\\s{1,3}on|forward|relay|share|give|convey|note|submit|record|register|offer|extend)"
                    + "|sends|sent|passes\\s{1,3}on|offers|extends)\\s{1,3}(?:his|her|their|its)\\s{1,3}"
                    + "(?:apologies|apology|regrets)(?!\\p{L})(.*)$");
    private static final Pattern POSSESSIVE = Pattern.compile(
            "(?:^|(?<=[\\s,;:(\u2013\u2014-]))(" + NAME + ")'s?\\s{1,3}(?:apologies|apology|regrets)(?!\\p{L})(.*)$");
    /** The first person who will miss part of a meeting: "I'll join late", "I'll miss the first half hour". */
    private static final Pattern FIRST_PERSON = Pattern.compile(
            "^(?:(?:heads\\s{1,3}up|fyi|just\\s{1,3}so\\s{1,3}you\\s{1,3}know|note|just\\s{1,3}a\\s{1,3}note)\\s{0,3}[:,\u2013\u2014-]?\\s{1,3})?"
                    + "(?:i'll|i\\s{1,3}will|i'm\\s{1,3}going\\s{1,3}to|i\\s{1,3}am\\s{1,3}going\\s{1,3}to|i\\s{1,3}may|i\\s{1,3}might|i\\s{1,3}can"
                    + "|i'm|i\\s{1,3}am|i'd|i\\s{1,3}would|i\\s{1,3}have\\s{1,3}to|i\\s{1,3}need\\s{1,3}to|i\\s{1,3}must)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE);
    private static final String SPAN = "(?:\\d{1,3}\\s{0,2}(?:min(?:ute)?s?|'|\u2019)|half(?:\\s{1,3}an)?\\s{1,3}hour|half|an?\\s{1,3}hour|hour"
            + "|\\d{1,2}\\s{0,2}(?:h|hours?)|(?:a\\s{1,3})?few\\s{1,3}minutes|(?:a\\s{1,3})?(?:bit|part|while))";
    private static final Pattern PARTIAL_CUE = Pattern.compile(
            "(?<!\\p{L})(?:(?:a\\s{1,3}(?:bit|little|few\\s{1,3}minutes)\\s{1,3}|" + SPAN + "\\s{1,3})?late"
                    + "|(?:a\\s{1,3}(?:bit|little)\\s{1,3})?early"
                    + "|(?:the\\s{1,3})?(?:first|last|second|final|opening|closing)\\s{1,3}" + SPAN
                    + "|part\\s{1,3}of|partially|partly)(?!\\p{L})", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEAVING = Pattern.compile(
            "(?<!\\p{L})(?:leave|leaving|drop(?:ping)?\\s{1,3}off|hop(?:ping)?\\s{1,3}off|step(?:ping)?\\s{1,3}out|sign(?:ing)?\\s{1,3}off)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PARTIAL_VERBS = Pattern.compile(
            "(?<![\\p{L}'])(?:have|need|to|only|be|join|joining|leave|leaving|drop|dropping|off|miss|missing|attend|attending"
                    + "|arrive|arriving|stay|staying|dial|dialling|dialing|in|into|a|bit|little|running|probably|likely|able"
                    + "|around|for|of|from|with|you|all|just|so|know|heads|up|fyi|note|i|i'll|i'm|i'd|will|am|going|may|might"
                    + "|can|would|must|make|it|there|hop|hopping|step|stepping|out|away|catch|get|getting|on|about|roughly"
                    + "|approximately|maybe|perhaps|probably|possibly)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> IT = Set.of("", "it", "this one", "that one", "this", "that", "this time");

    private final MeetingPhrase meetings;

    ApologyGrammar(MeetingPhrase meetings) {
        this.meetings = meetings;
    }

    Optional<List<Command>> read(String line, LineContext context) {
        Optional<List<Command>> passedOn = onBehalf(line, context);
        if (passedOn.isPresent()) {
            return passedOn;
        }
        Matcher withdraw = WITHDRAW.matcher(line);
        if (withdraw.find()) {
            return withdrawal(withdraw.group(3), context, true);
        }
        Matcher afterAll = AFTER_ALL.matcher(line);
        if (afterAll.find()) {
            return withdrawal(afterAll.group(1), context, false);
        }
        Optional<List<Command>> partial = partial(line, context);
        if (partial.isPresent()) {
            return partial;
        }
        Matcher apology = APOLOGY.matcher(line);
        if (apology.find()) {
            Optional<List<Command>> partly = partial(LEADING_SEPARATOR.matcher(apology.group(3)).replaceFirst(""), context);
            if (partly.isPresent()) {
                return partly; // "Apologies, I'll join late"
            }
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

    /** "Kaveh asked me to send his apologies for…": the apology is Kaveh's, never the sender's. */
    private Optional<List<Command>> onBehalf(String line, LineContext context) {
        Matcher behalf = ON_BEHALF.matcher(line);
        Matcher possessive = POSSESSIVE.matcher(line);
        Matcher found = behalf.find() ? behalf : possessive.find() ? possessive : null;
        if (found == null) {
            return Optional.empty();
        }
        // "Forwarding Kaveh's apologies": the capitalised words before the name are the sentence's, not the name's.
        List<String> words = new ArrayList<>(List.of(found.group(1).split("\\s+")));
        while (!words.isEmpty() && Vocabulary.NOT_NAMES.contains(words.get(0).toLowerCase(java.util.Locale.ROOT))) {
            words.remove(0);
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String rest = found.group(2);
        return apology("from " + String.join(" ", words) + (rest.isBlank() ? "" : " " + rest.strip()), context);
    }

    /**
     * "I'll join the plenary on 4 July late", "I'll miss the first half hour": an apology for part of the meeting, with
     * the sender's sentence as its reason. The words left once the part and the verbs are gone must name a meeting (or
     * nothing, in a reply about one).
     */
    private Optional<List<Command>> partial(String line, LineContext context) {
        Matcher person = FIRST_PERSON.matcher(line);
        if (!person.lookingAt()) {
            return Optional.empty();
        }
        String rest = line.substring(person.end());
        Matcher cue = PARTIAL_CUE.matcher(rest);
        if (!cue.find() || cue.group().toLowerCase(java.util.Locale.ROOT).endsWith("early") && !LEAVING.matcher(rest).find()) {
            return Optional.empty(); // "I'll be there early" is no absence; "I'll have to leave early" is
        }
        String withoutCue = rest.substring(0, cue.start()) + " " + rest.substring(cue.end());
        MeetingPhrase.WithReason read = meetings.readWithReason(PARTIAL_VERBS.matcher(withoutCue).replaceAll(" "),
                context.today(), context.order());
        boolean named = read.reading().mentionsMeeting() && read.reading().isClean();
        boolean bare = read.reading().ref().isUnspecified() && read.reading().isClean() && context.acceptsBareWord();
        if (!named && !bare) {
            return Optional.empty();
        }
        String reason = line.strip().replaceAll("[\\s.!]+$", "");
        return Optional.of(List.of(new Command.Apology(null, named ? read.reading().ref() : MeetingRef.unspecified(), reason, true)));
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
        if (context.acceptsBareWord() && read.reading().isClean() && !read.reading().mentionsMeeting() && read.reason() != null) {
            return apologies(List.of(), MeetingRef.unspecified(), read.reason()); // "I can't make it, sorry"
        }
        return Optional.empty();
    }

    private static Optional<List<Command>> apologies(List<String> members, MeetingRef ref, String reason) {
        // Manners and a question to the reader ("…, could you send me the notes?") are not why someone is absent.
        String why = reason == null || reason.isBlank() || reason.strip().endsWith("?")
                || Vocabulary.POLITE_CLOSINGS.contains(reason.toLowerCase(java.util.Locale.ROOT).replaceAll("[.!]+$", ""))
                ? null : reason;
        if (members.isEmpty()) {
            return Optional.of(List.of(new Command.Apology(null, ref, why)));
        }
        return Optional.of(members.stream().<Command>map(m -> new Command.Apology(m, ref, why)).toList());
    }
}
