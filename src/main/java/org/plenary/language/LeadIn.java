package org.plenary.language;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the words before a command are a lead-in a reader would skip: a greeting ("Hi Larisa", "Dear all"), an
 * interjection ("Good news", "Turns out", "Unfortunately"), a word of another language ("Hola", "Bonjour"), or the
 * polite frame of the command itself ("Please send my", "Just wanted to let you know"). Words of the email language
 * (dates, numbers, meeting and status words, keywords) are never a lead-in, so "The plenary was moved, apologies…"
 * is not skipped to its apology. Stateless and thread-safe.
 */
final class LeadIn {

    /** A lead-in is short; a long run of words before a command is prose around it. */
    private static final int MOST_WORDS = 7;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'\u2019@.-]+");
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{Ll}'\u2019.-]{1,30}$");

    /** Words of a frame before a command, lower case. */
    static final Set<String> FRAME_WORDS = Set.of(
            "please", "kindly", "send", "sending", "pass", "on", "my", "note", "noting", "accept", "turns", "turned",
            "out", "it", "just", "wanted", "want", "to", "let", "you", "know", "that", "so", "good", "news", "well", "also",
            "and", "but", "hi", "hello", "hey", "dear", "all", "team", "everyone", "folks", "colleagues", "sadly",
            "unfortunately", "afraid", "i'm", "i", "am", "fear", "quick", "a", "heads", "up", "fyi", "btw", "ok", "okay",
            "great", "thanks", "thank", "seems", "looks", "like", "update", "in", "case", "anyone", "is",
            "wondering", "hola", "bonjour", "hallo", "ciao", "salut", "olá", "hej", "greetings", "morning", "afternoon",
            "evening", "regrettably", "apparently", "actually", "sorry", "sure", "yes", "right", "for", "the", "record",
            "information", "your", "reminder", "quickly", "again", "guys", "friends", "both", "same", "here",
            "meanwhile", "then", "now", "news:", "oops", "alas", "after", "checking", "having", "checked", "there");

    private LeadIn() {
    }

    /**
     * Whether {@code words}, running straight into a command without a comma or dash ("Please send my regrets",
     * "Turns out I can make it"), are the command's own frame: only frame words, no names.
     */
    static boolean isFrame(String words) {
        Matcher word = WORD.matcher(words);
        int count = 0;
        while (word.find()) {
            String lower = word.group().replace('\u2019', '\'').replaceAll("[.'-]+$", "").toLowerCase(Locale.ROOT);
            if (++count > MOST_WORDS || !FRAME_WORDS.contains(lower)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code words} (what precedes a command in its sentence, before a comma or dash) is a lead-in. */
    static boolean is(String words) {
        Matcher word = WORD.matcher(words);
        int count = 0;
        int lowerCaseStrangers = 0;
        boolean framed = true;
        while (word.find()) {
            String written = word.group().replace('\u2019', '\'').replaceAll("[.'-]+$", "");
            String lower = written.toLowerCase(Locale.ROOT);
            if (++count > MOST_WORDS || isLanguage(lower)) {
                return false;
            }
            if (!FRAME_WORDS.contains(lower)) {
                if (!NAME.matcher(written).matches()) {
                    lowerCaseStrangers++;
                }
                framed = false;
            }
        }
        if (lowerCaseStrangers > 0) {
            // A name ("Hi Larisa") or a greeting ("Hola") is capitalised; a lower-case word not of a frame is a lead-in
            // only alone or with one other ("Ciao, purtroppo"), as interjections are short.
            return count <= 2;
        }
        return framed || count <= 3;
    }

    /** A word of the email language: a keyword, a status, a meeting or day word, a number or an id. */
    private static boolean isLanguage(String lower) {
        return lower.chars().anyMatch(Character::isDigit)
                || Vocabulary.STATUS_WORDS.containsKey(lower) || Vocabulary.MEETING_WORDS.contains(lower)
                || Vocabulary.KINDS.containsKey(lower) || Vocabulary.MONTHS.containsKey(lower)
                || Vocabulary.WEEKDAYS.containsKey(lower) || Vocabulary.RELATIVE_DAYS.containsKey(lower)
                || Vocabulary.APOLOGY_WORDS.contains(lower) || Vocabulary.HELP_WORDS.contains(lower)
                || Vocabulary.STATUS_KEYWORDS.contains(lower) || Vocabulary.ACTION_KEYWORDS.contains(lower)
                || Vocabulary.AGENDA_KEYWORDS.contains(lower) || Vocabulary.CONFIRM_WORDS.contains(lower)
                || Vocabulary.CANCEL_WORDS.contains(lower) || Vocabulary.SCHEDULE_WORDS.contains(lower)
                || Vocabulary.MOVE_WORDS.contains(lower) || Vocabulary.NOTES_WORDS.contains(lower)
                || Vocabulary.ACCEPT_WORDS.contains(lower) || Vocabulary.DECLINE_WORDS.contains(lower)
                || Vocabulary.DECISION_WORDS.contains(lower) || Vocabulary.BARE_DECLINE_WORDS.contains(lower)
                || lower.equals("actions") || lower.equals("minutes") || lower.equals("min") || lower.equals("due")
                || lower.equals("owner") || lower.equals("week") || lower.equals("withdraw") || lower.equals("regret")
                || lower.equals("apologetic") || lower.equals("confirmed") || lower.equals("scheduled");
    }
}
