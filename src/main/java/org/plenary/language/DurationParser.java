package org.plenary.language;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a duration in minutes: "30 min", "30 mins", "30 minutes", "90m", "1h", "1 hour", "1.5 hours", "1h30".
 * "15h00" is left to be read as a time of day: nobody books a fifteen-hour slot.
 * Stateless and thread-safe.
 */
public final class DurationParser {

    /** Minutes and where they are written. */
    public record Duration(int minutes, int start, int end) {
    }

    private static final Pattern DURATION = Pattern.compile(
            "(?<![\\d.:/])(\\d{1,3}(?:[.,]\\d{1,2})?)\\s{0,3}(hours|hour|hrs|hr|h|minutes|minute|mins|min|m)(?:\\s{0,2}(\\d{2})(?:\\s{0,2}(?:min|mins|m))?)?(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE);

    /** The first duration in the text. */
    public Optional<Duration> find(String text) {
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
