package org.plenary.language;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a duration in minutes: "30 min", "30 mins", "30 minutes", "90m", "1h", "1 hour", "1.5 hours", "1h30", and as
 * people write them in prose: "20'" (the minute sign of agendas), "half an hour", "an hour", "an hour and a half",
 * "a quarter of an hour". "15h00" is left to be read as a time of day: nobody books a fifteen-hour slot.
 * Stateless and thread-safe.
 */
public final class DurationParser {

    /** Minutes and where they are written. */
    public record Duration(int minutes, int start, int end) {
    }

    private static final Pattern DURATION = Pattern.compile(
            "(?<![\\d.:/])(\\d{1,3}(?:[.,]\\d{1,2})?)\\s{0,3}(hours|hour|hrs|hr|h|minutes|minute|mins|min|m)(?:\\s{0,2}(\\d{2})(?:\\s{0,2}(?:min|mins|m))?)?(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE);

    /** "20'" and "20′": the minute sign, never after a letter or before another digit or quote. */
    private static final Pattern MINUTE_SIGN = Pattern.compile("(?<![\\p{L}\\d.:/'])(\\d{1,3})\\s{0,1}['\u2032\u2019](?!['\\d\\p{L}])");
    /** Durations in words, and their minutes. */
    private static final Pattern IN_WORDS = Pattern.compile(
            "(?<!\\p{L})(?:(an?|one|two)\\s{1,3}hours?(?:\\s{1,3}and\\s{1,3}a\\s{1,3}(half|quarter))?|(half)\\s{1,3}an?\\s{1,3}hour"
                    + "|(?:a\\s{1,3})?(quarter)\\s{1,3}of\\s{1,3}an?\\s{1,3}hour|(?:a\\s{1,3})?(half)-hour)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE);

    /** The first duration in the text, in figures or in words. */
    public Optional<Duration> find(String text) {
        Optional<Duration> figures = inFigures(text);
        Optional<Duration> words = inWords(text);
        if (figures.isPresent() && words.isPresent()) {
            return figures.get().start() <= words.get().start() ? figures : words;
        }
        return figures.or(() -> words);
    }

    private static Optional<Duration> inWords(String text) {
        Matcher sign = MINUTE_SIGN.matcher(text);
        Optional<Duration> signed = Optional.empty();
        while (sign.find()) {
            int minutes = Integer.parseInt(sign.group(1));
            if (minutes > 0 && minutes <= 24 * 60) {
                signed = Optional.of(new Duration(minutes, sign.start(), sign.end()));
                break;
            }
        }
        Matcher m = IN_WORDS.matcher(text);
        if (!m.find() || signed.isPresent() && signed.get().start() < m.start()) {
            return signed;
        }
        int minutes;
        if (m.group(1) != null) {
            minutes = (m.group(1).equalsIgnoreCase("two") ? 120 : 60)
                    + (m.group(2) == null ? 0 : m.group(2).equalsIgnoreCase("half") ? 30 : 15);
        } else if (m.group(4) != null) {
            minutes = 15;
        } else {
            minutes = 30;
        }
        return Optional.of(new Duration(minutes, m.start(), m.end()));
    }

    private static Optional<Duration> inFigures(String text) {
        Matcher m = DURATION.matcher(text);
        while (m.find()) {
            BigDecimal amount = new BigDecimal(m.group(1).replace(',', '.'));
            boolean hours = m.group(2).toLowerCase(Locale.ROOT).startsWith("h");
            if (m.group(3) != null && (!hours || amount.compareTo(BigDecimal.valueOf(4)) > 0)) {
                continue; // "15h00" is a time of day, "1h30" a duration
            }
            BigDecimal minutes = hours ? amount.multiply(BigDecimal.valueOf(60)) : amount;
            if (m.group(3) != null) {
                minutes = minutes.add(new BigDecimal(m.group(3)));
            }
            if (minutes.signum() > 0 && minutes.compareTo(BigDecimal.valueOf(24 * 60)) <= 0) {
                return Optional.of(new Duration(minutes.intValue(), m.start(), m.end()));
            }
        }
        return Optional.empty();
    }
}
