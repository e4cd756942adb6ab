package org.plenary.language;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.group.DateOrder;

/**
 * Reads the day an email names: "4 July", "July 4th", "Tue 4 Jul", "Tuesday, 4 July 2017", "2017-07-04",
 * "4/7" (by the group's {@link DateOrder}), "the 4th" (the next such day of a month), "today", "tomorrow", "Friday's",
 * "next Friday", "next week".
 * Everything is relative to the given today, never the system clock.
 *
 * <p>A date without a year is its next occurrence on or after today minus seven days, so "4 Jan" written in late
 * December is next year's while last Tuesday's notes stay in this year. A weekday is the next such day, today
 * included; "next Friday" is the Friday of next week; "next week" is its Monday to Sunday and "this week" today to
 * Sunday. A numeric date is read in the group's order (a YMD group reads "4/7" month first, as in 2017/4/7); when that
 * reading is not a date but the other one is (6/20 in a DMY group), the valid reading is taken, since a reader
 * would not hesitate either. A date that names no day of the calendar ("31 Feb", "13/13") is not understood.
 * Stateless and thread-safe; every pattern is linear in the length of the text.
 */
public final class DayParser {

    /** A day (or, for "next week", a range of days) and where its words are in the text. */
    public record Day(LocalDate on, LocalDate until, int start, int end) {
    }

    private static final Pattern ISO = Pattern.compile("(?<![\\d/.-])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d/-]|\\.\\d)");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.:-])(\\d{1,2})([/.])(\\d{1,2})(?:\\2(\\d{4}|\\d{2}))?(?![\\d/:-]|\\.\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\d/.:])(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s{1,5}(?:of\\s{1,5})?(\\p{L}{3,10})(?!\\p{L})\\.?(?:,?\\s{1,5}(\\d{4})(?!\\d))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<!\\p{L})(\\p{L}{3,10})\\.?\\s{1,5}(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:/]|\\.\\d|\\p{L})(?:,?\\s{1,5}(\\d{4})(?!\\d))?",
            Pattern.CASE_INSENSITIVE);
    /** "the 4th", "on the 20th": a day of the month alone, read when no fuller date is written. */
    private static final Pattern ORDINAL = Pattern.compile(
            "(?<![\\p{L}\\d/.:])(?:the\\s{1,3})?(\\d{1,2})(?:st|nd|rd|th)(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("(\\p{L}{3,9})\\.?,?\\s{1,5}$");
    private static final Pattern RELATIVE = Pattern.compile(
            "(?<!\\p{L})(today|tonight|tomorrow|yesterday)(?:'s)?(?!\\p{L})", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEK = Pattern.compile(
            "(?<!\\p{L})(next|this)\\s{1,5}week(?:'s)?(?!\\p{L})", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?<!\\p{L})(?:(next|this|on)\\s{1,5})?(\\p{L}{3,9})\\.?(?:'s)?(?!\\p{L})", Pattern.CASE_INSENSITIVE);

    private final Vocabulary vocabulary;

    public DayParser() {
        this(Vocabulary.english());
    }

    public DayParser(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * The first day named in the text: an explicit date wins over a relative word ("Friday 23 June" is 23 June).
     *
     * @throws NotUnderstood when the text holds a date that is no day of the calendar
     */
    public Optional<Day> find(String text, LocalDate today, DateOrder order) {
        List<Day> explicit = new ArrayList<>();
        firstIso(text).ifPresent(explicit::add);
        firstNumeric(text, today, order).ifPresent(explicit::add);
        firstDayMonth(text, today).ifPresent(explicit::add);
        firstMonthDay(text, today).ifPresent(explicit::add);
        Optional<Day> date = explicit.stream().min(Comparator.comparingInt(Day::start));
        if (date.isPresent()) {
            return date.map(day -> withWeekdayBefore(text, day));
        }
        Optional<Day> ordinal = firstOrdinal(text, today);
        if (ordinal.isPresent()) {
            return ordinal.map(day -> withWeekdayBefore(text, day));
        }
        List<Day> relative = new ArrayList<>();
        firstRelative(text, today).ifPresent(relative::add);
        firstWeek(text, today).ifPresent(relative::add);
        firstWeekday(text, today).ifPresent(relative::add);
        return relative.stream().min(Comparator.comparingInt(Day::start));
    }

    /** The whole text (give or take punctuation and "on") as one day, or empty. */
    public Optional<LocalDate> parse(String text, LocalDate today, DateOrder order) {
        String trimmed = text.strip().replaceAll("[.!,;]+$", "");
        Optional<Day> day = find(trimmed, today, order);
        if (day.isEmpty()) {
            return Optional.empty();
        }
        String rest = (trimmed.substring(0, day.get().start()) + trimmed.substring(day.get().end()))
                .replaceAll("(?i)\\b(?:on|the)\\b", "").strip();
        return rest.isEmpty() ? Optional.of(day.get().on()) : Optional.empty();
    }

    private Optional<Day> firstIso(String text) {
        Matcher m = ISO.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new Day(date(m.group(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4))), null, m.start(), m.end()));
    }

    private Optional<Day> firstNumeric(String text, LocalDate today, DateOrder order) {
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            if (m.group(2).equals(".") && m.group(4) == null) {
                continue; // "1.5 hours" is no date; "04.07.2017" is
            }
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(3));
            boolean dayFirst = order == DateOrder.DMY;
            Optional<LocalDate> wanted = numeric(dayFirst ? first : second, dayFirst ? second : first, m.group(4), today);
            Optional<LocalDate> other = numeric(dayFirst ? second : first, dayFirst ? first : second, m.group(4), today);
            LocalDate on = wanted.or(() -> other).orElseThrow(() -> new NotUnderstood(
                    "\"" + m.group() + "\" is not a date; write e.g. \"12 March\" or \"2026-03-12\""));
            return Optional.of(new Day(on, null, m.start(), m.end()));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> numeric(int day, int month, String year, LocalDate today) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return Optional.empty();
        }
        if (year == null) {
            return day <= Month.of(month).maxLength()
                    ? Optional.of(inferYear(MonthDay.of(month, day), today)) : Optional.empty();
        }
        int y = year.length() == 2 ? 2000 + Integer.parseInt(year) : Integer.parseInt(year);
        try {
            return Optional.of(LocalDate.of(y, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private Optional<Day> firstDayMonth(String text, LocalDate today) {
        Matcher m = DAY_MONTH.matcher(text);
        while (m.find()) {
            Optional<Month> month = vocabulary.month(m.group(2));
            if (month.isPresent()) {
                return Optional.of(new Day(named(m.group(), Integer.parseInt(m.group(1)), month.get(), m.group(3), today),
                        null, m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    private Optional<Day> firstMonthDay(String text, LocalDate today) {
        Matcher m = MONTH_DAY.matcher(text);
        while (m.find()) {
            Optional<Month> month = vocabulary.month(m.group(1));
            if (month.isPresent()) {
                return Optional.of(new Day(named(m.group(), Integer.parseInt(m.group(2)), month.get(), m.group(3), today),
                        null, m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    /** "the 4th" is the next 4th of a month on or after today minus seven days, as a month name without a year is. */
    private static Optional<Day> firstOrdinal(String text, LocalDate today) {
        Matcher m = ORDINAL.matcher(text);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            if (day < 1 || day > 31) {
                continue;
            }
            LocalDate earliest = today.minusDays(7);
            for (LocalDate month = earliest.withDayOfMonth(1); ; month = month.plusMonths(1)) {
                if (day <= month.lengthOfMonth() && !month.withDayOfMonth(day).isBefore(earliest)) {
                    return Optional.of(new Day(month.withDayOfMonth(day), null, m.start(), m.end()));
                }
            }
        }
        return Optional.empty();
    }

    private static LocalDate named(String written, int day, Month month, String year, LocalDate today) {
        if (day < 1 || day > month.maxLength()) {
            throw new NotUnderstood("\"" + written.strip() + "\" is not a date: "
                    + month.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " has "
                    + month.maxLength() + " days at most; write e.g. \"12 March\" or \"2026-03-12\"");
        }
        return year == null ? inferYear(MonthDay.of(month, day), today)
                : date(written, Integer.parseInt(year), month.getValue(), day);
    }

    private static LocalDate date(String written, int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new NotUnderstood("\"" + written.strip() + "\" is not a date; write e.g. \"12 March\" or \"2026-03-12\"");
        }
    }

    /** The next occurrence on or after today minus seven days; 29 February waits for a leap year. */
    static LocalDate inferYear(MonthDay monthDay, LocalDate today) {
        LocalDate earliest = today.minusDays(7);
        for (int year = earliest.getYear(); ; year++) {
            if (monthDay.isValidYear(year) && !monthDay.atYear(year).isBefore(earliest)) {
                return monthDay.atYear(year);
            }
        }
    }

    /** "Tue 4 Jul": the weekday belongs to the date's words. */
    private Day withWeekdayBefore(String text, Day day) {
        Matcher m = WEEKDAY_BEFORE.matcher(text.substring(Math.max(0, day.start() - 16), day.start()));
        if (m.find() && vocabulary.weekday(m.group(1)).isPresent()) {
            return new Day(day.on(), day.until(), day.start() - (m.end() - m.start()), day.end());
        }
        return day;
    }

    private static Optional<Day> firstRelative(String text, LocalDate today) {
        Matcher m = RELATIVE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int offset = Vocabulary.RELATIVE_DAYS.get(m.group(1).toLowerCase(Locale.ROOT));
        return Optional.of(new Day(today.plusDays(offset), null, m.start(), m.end()));
    }

    /** "next week" is Monday to Sunday of next week; "this week" is today to Sunday. */
    private static Optional<Day> firstWeek(String text, LocalDate today) {
        Matcher m = WEEK.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (m.group(1).equalsIgnoreCase("next")) {
            return Optional.of(new Day(monday.plusWeeks(1), monday.plusWeeks(1).plusDays(6), m.start(), m.end()));
        }
        return Optional.of(new Day(today, monday.plusDays(6), m.start(), m.end()));
    }

    private Optional<Day> firstWeekday(String text, LocalDate today) {
        Matcher m = WEEKDAY.matcher(text);
        while (m.find()) {
            Optional<DayOfWeek> weekday = vocabulary.weekday(m.group(2));
            if (weekday.isEmpty() || isAmbiguousWord(m.group(2), m.group(1))) {
                continue;
            }
            LocalDate on = "next".equalsIgnoreCase(m.group(1))
                    ? today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                            .plusDays(weekday.get().getValue() - 1L).plusWeeks(1)
                    : today.with(TemporalAdjusters.nextOrSame(weekday.get()));
            return Optional.of(new Day(on, null, m.start(), m.end()));
        }
        return Optional.empty();
    }

    /** "sat" and "sun" are English words too: they name a day only when capitalised or after on/next/this. */
    private static boolean isAmbiguousWord(String word, String before) {
        boolean englishWord = word.equals("sat") || word.equals("sun") || word.equals("wed") || word.equals("mon");
        return englishWord && before == null;
    }
}
