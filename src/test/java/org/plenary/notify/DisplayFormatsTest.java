package org.plenary.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DisplayFormatsTest {
    private static final ZoneId JOHANNESBURG = ZoneId.of("Africa/Johannesburg");

    @Test
    void printsDatesTheWayTheSecretariatWritesThem() {
        Instant plenary = Instant.parse("2017-07-04T13:00:00Z");

        assertThat(DisplayFormats.longDateTime(plenary, ZoneId.of("UTC"))).isEqualTo("Tuesday 4 July 2017, 13:00 UTC");
        assertThat(DisplayFormats.shortDateTime(plenary, ZoneId.of("UTC"))).isEqualTo("Tuesday 4 July 13:00 UTC");
        assertThat(DisplayFormats.date(LocalDate.of(2017, 6, 30))).isEqualTo("30 June 2017");
        assertThat(DisplayFormats.weekLabel(LocalDate.of(2017, 6, 19))).isEqualTo("week of 19 June 2017");
        assertThat(DisplayFormats.day(LocalDate.of(2017, 7, 4))).isEqualTo("Tuesday 4 July 2017");
        assertThat(DisplayFormats.brief(plenary, ZoneId.of("UTC"))).isEqualTo("Tue 4 Jul 13:00 UTC");
        assertThat(DisplayFormats.brief(plenary, java.time.ZoneOffset.UTC)).isEqualTo("Tue 4 Jul 13:00 UTC");
        assertThat(DisplayFormats.brief(plenary, ZoneId.of("Europe/Berlin"))).isEqualTo("Tue 4 Jul 15:00 Europe/Berlin");
        assertThat(DisplayFormats.slot(plenary.plusSeconds(600), plenary.plusSeconds(2400), ZoneId.of("UTC")))
                .isEqualTo("13:10–13:40");
    }

    @Test
    void addsTheUtcTimeOnlyWhenTheGroupIsNotOnUtc() {
        Instant briefing = Instant.parse("2017-06-25T08:00:00Z");

        assertThat(DisplayFormats.utcCompanion(briefing, ZoneId.of("UTC"))).isNull();
        assertThat(DisplayFormats.longDateTime(briefing, JOHANNESBURG)).isEqualTo("Sunday 25 June 2017, 10:00 SAST");
        assertThat(DisplayFormats.utcCompanion(briefing, JOHANNESBURG)).isEqualTo("08:00 UTC");
        assertThat(DisplayFormats.utcCompanion(Instant.parse("2017-06-24T23:00:00Z"), JOHANNESBURG))
                .isEqualTo("Saturday 24 June, 23:00 UTC");
    }
}
