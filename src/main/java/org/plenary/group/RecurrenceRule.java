package org.plenary.group;

import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;

/**
 * The RRULE of a series, read as whole days: the times of day come from the series' {@code times},
 * so a rule that picks hours or minutes is refused rather than half obeyed.
 */
final class RecurrenceRule {
    private static final EnumSet<Frequency> DAILY_OR_LONGER =
            EnumSet.of(Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.YEARLY);

    private RecurrenceRule() {
    }

    /** Parses {@code FREQ=WEEKLY;BYDAY=TU} (an {@code RRULE:} prefix is allowed) or says what is wrong with it. */
    static Recur<LocalDate> parse(String rrule) {
        String text = rrule.trim().toUpperCase(Locale.ROOT);
        if (text.startsWith("RRULE:")) {
            text = text.substring("RRULE:".length());
        }
        Recur<LocalDate> recur;
        try {
            recur = new Recur<>(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not an RFC 5545 RRULE (" + e.getMessage() + ")", e);
        }
        if (!DAILY_OR_LONGER.contains(recur.getFrequency())) {
            throw new IllegalArgumentException("FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY; the times of day go in 'times'");
        }
        if (!recur.getHourList().isEmpty() || !recur.getMinuteList().isEmpty() || !recur.getSecondList().isEmpty()) {
            throw new IllegalArgumentException("BYHOUR, BYMINUTE and BYSECOND are not used; the times of day go in 'times'");
        }
        return recur;
    }

    static boolean counts(String rrule) {
        return parse(rrule).getCount() > 0;
    }
}
