package org.plenary.group;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SeriesExpanderTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private final SeriesExpander expander = new SeriesExpander();

    @Test
    void keepsTheRotationOfCallTimesWhenTheWindowMoves() {
        SeriesDefinition plenary = series("FREQ=WEEKLY;BYDAY=TU", null, null, "05:00", "13:00", "21:00");
        GroupDefinition group = group(UTC, plenary);

        List<PlannedMeeting> fromJune = expander.expand(group, plenary, LocalDate.of(2017, 6, 1), LocalDate.of(2017, 9, 30));
        List<PlannedMeeting> fromJuly = expander.expand(group, plenary, LocalDate.of(2017, 7, 1), LocalDate.of(2017, 9, 30));
        List<PlannedMeeting> fromAugust = expander.expand(group, plenary, LocalDate.of(2017, 8, 9), LocalDate.of(2017, 9, 30));

        assertThat(fromJune).containsAll(fromJuly).containsAll(fromAugust);
        assertThat(fromJuly).hasSize(13);
        for (int index = 0; index + 1 < fromJune.size(); index++) {
            assertThat(timeOf(fromJune.get(index + 1))).isEqualTo(next(timeOf(fromJune.get(index))));
        }
    }

    @Test
    void startsTheRotationOnTheSeriesStartDate() {
        SeriesDefinition plenary = series("FREQ=WEEKLY;BYDAY=TU", null, LocalDate.of(2017, 6, 6), "05:00", "13:00", "21:00");

        List<PlannedMeeting> meetings = expander.expand(group(UTC, plenary), plenary, LocalDate.of(2017, 5, 1), LocalDate.of(2017, 6, 30));

        assertThat(meetings).extracting(PlannedMeeting::start).containsExactly(
                Instant.parse("2017-06-06T05:00:00Z"), Instant.parse("2017-06-13T13:00:00Z"),
                Instant.parse("2017-06-20T21:00:00Z"), Instant.parse("2017-06-27T05:00:00Z"));
    }

    @Test
    void keepsOneOClockInRomeAcrossBothDaylightSavingChanges() {
        SeriesDefinition sundays = series("FREQ=WEEKLY;BYDAY=SU", ROME, null, "13:00");
        GroupDefinition group = group(UTC, sundays);

        assertThat(expander.expand(group, sundays, LocalDate.of(2017, 3, 19), LocalDate.of(2017, 3, 26)))
                .extracting(PlannedMeeting::start)
                .containsExactly(Instant.parse("2017-03-19T12:00:00Z"), Instant.parse("2017-03-26T11:00:00Z"));
        assertThat(expander.expand(group, sundays, LocalDate.of(2017, 10, 22), LocalDate.of(2017, 10, 29)))
                .extracting(PlannedMeeting::start)
                .containsExactly(Instant.parse("2017-10-22T11:00:00Z"), Instant.parse("2017-10-29T12:00:00Z"));
    }

    @Test
    void movesATimeInTheSpringForwardGapForwardByAnHour() {
        SeriesDefinition early = series("FREQ=WEEKLY;BYDAY=SU", ROME, null, "02:30");

        List<PlannedMeeting> meetings = expander.expand(group(ROME, early), early, LocalDate.of(2017, 3, 26), LocalDate.of(2017, 3, 26));

        assertThat(meetings).extracting(PlannedMeeting::start).containsExactly(Instant.parse("2017-03-26T01:30:00Z"));
        assertThat(meetings.get(0).start().atZone(ROME).toLocalTime()).isEqualTo(LocalTime.of(3, 30));
    }

    @Test
    void datesAnEveningCallInUtcByTheNextDayInTokyo() {
        SeriesDefinition plenary = series("FREQ=WEEKLY;BYDAY=TU", UTC, null, "21:00");
        GroupDefinition group = group(ZoneId.of("Asia/Tokyo"), plenary);

        List<PlannedMeeting> meetings = expander.expand(group, plenary, LocalDate.of(2017, 7, 5), LocalDate.of(2017, 7, 5));

        assertThat(meetings).singleElement().satisfies(meeting -> {
            assertThat(meeting.start()).isEqualTo(Instant.parse("2017-07-04T21:00:00Z"));
            assertThat(meeting.localDate()).isEqualTo(LocalDate.of(2017, 7, 5));
            assertThat(MeetingIds.idFor(meeting.kind(), meeting.localDate(), id -> false)).isEqualTo("plenary-2017-07-05");
        });
    }

    @Test
    void expandsTwoWeekdaysOfEachWeek() {
        SeriesDefinition twice = series("FREQ=WEEKLY;BYDAY=TU,TH", null, null, "13:00");

        assertThat(expander.expand(group(UTC, twice), twice, LocalDate.of(2017, 7, 1), LocalDate.of(2017, 7, 14)))
                .extracting(PlannedMeeting::localDate)
                .containsExactly(LocalDate.of(2017, 7, 4), LocalDate.of(2017, 7, 6), LocalDate.of(2017, 7, 11), LocalDate.of(2017, 7, 13));
    }

    @Test
    void expandsTheFirstMondayOfEachMonth() {
        SeriesDefinition board = series("FREQ=MONTHLY;BYDAY=1MO", null, null, "09:00");

        assertThat(expander.expand(group(UTC, board), board, LocalDate.of(2017, 6, 1), LocalDate.of(2017, 9, 30)))
                .extracting(PlannedMeeting::localDate)
                .containsExactly(LocalDate.of(2017, 6, 5), LocalDate.of(2017, 7, 3), LocalDate.of(2017, 8, 7), LocalDate.of(2017, 9, 4));
    }

    @Test
    void countsAFortnightlySeriesFromItsStart() {
        SeriesDefinition fortnightly = series("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", null, LocalDate.of(2017, 6, 13), "13:00");

        assertThat(expander.expand(group(UTC, fortnightly), fortnightly, LocalDate.of(2017, 6, 1), LocalDate.of(2017, 7, 31)))
                .extracting(PlannedMeeting::localDate)
                .containsExactly(LocalDate.of(2017, 6, 13), LocalDate.of(2017, 6, 27), LocalDate.of(2017, 7, 11), LocalDate.of(2017, 7, 25));
    }

    @Test
    void plansTheDemoGroupEightWeeksAheadInOrder() {
        GroupDefinition demo = new GroupFileReader().read(Path.of("examples/ssr2/group.yaml"));
        LocalDate today = LocalDate.of(2017, 6, 15);

        List<PlannedMeeting> plan = expander.plan(demo, today, today.plusWeeks(8));

        assertThat(plan.stream().filter(m -> m.kind().equals("plenary")))
                .hasSize(8)
                .allSatisfy(m -> {
                    assertThat(m.localDate().getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
                    assertThat(m.start().atZone(UTC).toLocalTime()).isEqualTo(LocalTime.of(13, 0));
                    assertThat(Duration.between(m.start(), m.end())).isEqualTo(Duration.ofMinutes(90));
                    assertThat(m.standingItems()).hasSize(3);
                    assertThat(m.fromSeries()).isTrue();
                });
        assertThat(plan.stream().filter(m -> m.kind().equals("coordination"))).hasSize(8);
        assertThat(plan).isSortedAccordingTo(Comparator.comparing(PlannedMeeting::start));
        assertThat(plan.stream().filter(m -> !m.fromSeries()))
                .extracting(PlannedMeeting::start, PlannedMeeting::end)
                .containsExactly(
                        tuple(Instant.parse("2017-06-25T08:00:00Z"), Instant.parse("2017-06-25T10:00:00Z")),
                        tuple(Instant.parse("2017-06-26T13:00:00Z"), Instant.parse("2017-06-26T14:00:00Z")),
                        tuple(Instant.parse("2017-06-27T16:00:00Z"), Instant.parse("2017-06-27T17:00:00Z")));
    }

    @Test
    void plansNothingForAnEmptyWindow() {
        SeriesDefinition plenary = series("FREQ=DAILY", null, null, "13:00");

        assertThat(expander.expand(group(UTC, plenary), plenary, LocalDate.of(2017, 7, 2), LocalDate.of(2017, 7, 1))).isEmpty();
    }

    private static SeriesDefinition series(String rrule, ZoneId zone, LocalDate start, String... times) {
        return new SeriesDefinition("plenary", "Plenary", rrule, Arrays.stream(times).map(LocalTime::parse).toList(),
                Duration.ofMinutes(60), List.of("AOB"), List.of(), zone, start);
    }

    private static GroupDefinition group(ZoneId zone, SeriesDefinition series) {
        Member chair = new Member("Ann Chair", "ann@tiny.test", Role.CHAIR, List.of(), null);
        return new GroupDefinition("tiny", "Tiny Board", "TINY", "bot@tiny.test", null, zone, DateOrder.DMY, Duration.ofDays(2),
                DayOfWeek.MONDAY, LocalTime.of(8, 0), List.of(chair), List.of(series), List.of(), List.of());
    }

    private static LocalTime timeOf(PlannedMeeting meeting) {
        return meeting.start().atZone(UTC).toLocalTime();
    }

    private static LocalTime next(LocalTime time) {
        return time.equals(LocalTime.of(21, 0)) ? LocalTime.of(5, 0) : time.plusHours(8);
    }
}
