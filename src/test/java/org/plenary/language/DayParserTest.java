package org.plenary.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plenary.group.DateOrder;

/** Days as people write them, read against a given today (Thursday 15 June 2017 unless said otherwise). */
class DayParserTest {

    static final LocalDate THURSDAY = LocalDate.of(2017, 6, 15);
    final DayParser days = new DayParser();

    LocalDate read(String text, LocalDate today, DateOrder order) {
        return days.parse(text, today, order).orElseThrow(() -> new AssertionError("no day in " + text));
    }

    LocalDate read(String text) {
        return read(text, THURSDAY, DateOrder.DMY);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "4 July|2017-07-04", "4th July|2017-07-04", "July 4|2017-07-04", "July 4th|2017-07-04",
            "Tue 4 Jul|2017-07-04", "Tuesday 4 July|2017-07-04", "Tuesday, 4 July 2017|2017-07-04",
            "2017-07-04|2017-07-04", "4/7|2017-07-04", "4/7/2017|2017-07-04", "04.07.2017|2017-07-04",
            "4/7/17|2017-07-04", "Sept 5|2017-09-05", "5 September|2017-09-05", "JULY 4|2017-07-04",
            "today|2017-06-15", "tonight|2017-06-15", "tomorrow|2017-06-16", "yesterday|2017-06-14",
            "today's|2017-06-15", "Friday|2017-06-16", "Friday's|2017-06-16", "on Tue|2017-06-20", "Thursday|2017-06-15",
            "next Friday|2017-06-23", "next Tuesday|2017-06-20", "6/20|2017-06-20", "13 June|2017-06-13",
            "8 June|2017-06-08", "7 June|2018-06-07"})
    void readsADayInTheGroupsDayFirstOrder(String text, LocalDate expected) {
        assertThat(read(text)).isEqualTo(expected);
    }

    @Test
    void readsNumericDatesInEachOrder() {
        assertThat(read("4/7", THURSDAY, DateOrder.MDY)).isEqualTo(LocalDate.of(2018, 4, 7));
        assertThat(read("7/4/2017", THURSDAY, DateOrder.MDY)).isEqualTo(LocalDate.of(2017, 7, 4));
        assertThat(read("04.07.2017", THURSDAY, DateOrder.MDY)).isEqualTo(LocalDate.of(2017, 4, 7));
        assertThat(read("20/6", THURSDAY, DateOrder.MDY)).isEqualTo(LocalDate.of(2017, 6, 20));
        assertThat(read("2017/07/04", THURSDAY, DateOrder.YMD)).isEqualTo(LocalDate.of(2017, 7, 4));
        assertThat(read("2017-07-04", THURSDAY, DateOrder.MDY)).isEqualTo(LocalDate.of(2017, 7, 4));
    }

    @Test
    void refusesNumbersThatAreNoDateInEitherOrder() {
        assertThatThrownBy(() -> days.parse("13/13", THURSDAY, DateOrder.DMY)).isInstanceOf(NotUnderstood.class)
                .hasMessageContaining("13/13");
        assertThatThrownBy(() -> days.parse("30/2", THURSDAY, DateOrder.DMY)).isInstanceOf(NotUnderstood.class);
        assertThatThrownBy(() -> days.parse("31 Feb", THURSDAY, DateOrder.DMY)).isInstanceOf(NotUnderstood.class)
                .hasMessageContaining("February has 29 days at most");
        assertThatThrownBy(() -> days.parse("2017-02-29", THURSDAY, DateOrder.DMY)).isInstanceOf(NotUnderstood.class);
    }

    @Test
    void readsADateWithoutAYearAsItsNextOccurrenceFromAWeekAgo() {
        LocalDate lateDecember = LocalDate.of(2017, 12, 28);
        assertThat(read("4 Jan", lateDecember, DateOrder.DMY)).isEqualTo(LocalDate.of(2018, 1, 4));
        assertThat(read("22 Dec", lateDecember, DateOrder.DMY)).isEqualTo(LocalDate.of(2017, 12, 22));
        assertThat(read("20 Dec", lateDecember, DateOrder.DMY)).isEqualTo(LocalDate.of(2018, 12, 20));
        assertThat(read("29 Dec", LocalDate.of(2018, 1, 3), DateOrder.DMY)).isEqualTo(LocalDate.of(2017, 12, 29));
    }

    @Test
    void crossesMonthAndYearEnds() {
        assertThat(read("tomorrow", LocalDate.of(2017, 6, 30), DateOrder.DMY)).isEqualTo(LocalDate.of(2017, 7, 1));
        assertThat(read("Monday", LocalDate.of(2017, 6, 30), DateOrder.DMY)).isEqualTo(LocalDate.of(2017, 7, 3));
        assertThat(read("tomorrow", LocalDate.of(2017, 12, 31), DateOrder.DMY)).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(read("yesterday", LocalDate.of(2018, 1, 1), DateOrder.DMY)).isEqualTo(LocalDate.of(2017, 12, 31));
        assertThat(read("next Tuesday", LocalDate.of(2017, 12, 28), DateOrder.DMY)).isEqualTo(LocalDate.of(2018, 1, 2));
    }

    @Test
    void waitsForALeapYearFor29February() {
        assertThat(read("29 Feb", LocalDate.of(2017, 3, 1), DateOrder.DMY)).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(read("29/2", LocalDate.of(2024, 2, 20), DateOrder.DMY)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(read("tomorrow", LocalDate.of(2024, 2, 28), DateOrder.DMY)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(read("29 Feb 2016", LocalDate.of(2017, 3, 1), DateOrder.DMY)).isEqualTo(LocalDate.of(2016, 2, 29));
    }

    @Test
    void readsWeeksAsRanges() {
        DayParser.Day next = days.find("next week's call", THURSDAY, DateOrder.DMY).orElseThrow();
        assertThat(next.on()).isEqualTo(LocalDate.of(2017, 6, 19));
        assertThat(next.until()).isEqualTo(LocalDate.of(2017, 6, 25));
        DayParser.Day thisWeek = days.find("this week", THURSDAY, DateOrder.DMY).orElseThrow();
        assertThat(thisWeek.on()).isEqualTo(THURSDAY);
        assertThat(thisWeek.until()).isEqualTo(LocalDate.of(2017, 6, 18));
    }

    @Test
    void prefersAnExplicitDateToItsWeekday() {
        assertThat(days.find("CANCEL Friday 23 June call", THURSDAY, DateOrder.DMY).orElseThrow().on())
                .isEqualTo(LocalDate.of(2017, 6, 23));
    }

    @Test
    void findsNoDayInWordsThatOnlyLookLikeOne() {
        for (String text : new String[] {"1.5 hours", "13:00", "the sun sat low", "we may meet", "version 2.0", "30 min"}) {
            assertThat(days.find(text, THURSDAY, DateOrder.DMY)).as(text).isEmpty();
        }
    }

    @Test
    void takesTodayFromTheGroupsZoneNotTheSystemClock() {
        Instant lateMondayInUtc = Instant.parse("2017-07-03T23:30:00Z");
        Utterance inAuckland = Utterance.at(lateMondayInUtc, ZoneId.of("Pacific/Auckland"), "", "", DateOrder.DMY, false);
        Utterance inUtc = Utterance.at(lateMondayInUtc, ZoneId.of("UTC"), "", "", DateOrder.DMY, false);
        assertThat(read("today", inAuckland.today(), DateOrder.DMY)).isEqualTo(LocalDate.of(2017, 7, 4));
        assertThat(read("today", inUtc.today(), DateOrder.DMY)).isEqualTo(LocalDate.of(2017, 7, 3));
    }
}
