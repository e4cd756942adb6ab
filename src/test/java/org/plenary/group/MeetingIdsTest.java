package org.plenary.group;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingIdsTest {
    private static final LocalDate JULY_4 = LocalDate.of(2017, 7, 4);

    @Test
    void namesAMeetingByKindAndDate() {
        assertThat(MeetingIds.idFor("plenary", JULY_4, id -> false)).isEqualTo("plenary-2017-07-04");
    }

    @Test
    void numbersTheSecondAndThirdMeetingOfAKindThatDay() {
        assertThat(MeetingIds.idFor("plenary", JULY_4, Set.of("plenary-2017-07-04")::contains)).isEqualTo("plenary-2017-07-04-2");
        assertThat(MeetingIds.idFor("plenary", JULY_4, Set.of("plenary-2017-07-04", "plenary-2017-07-04-2")::contains))
                .isEqualTo("plenary-2017-07-04-3");
        assertThat(MeetingIds.idFor("briefing", JULY_4, Set.of("plenary-2017-07-04")::contains)).isEqualTo("briefing-2017-07-04");
    }

    @Test
    void recognisesMeetingIdsAsPeopleTypeThem() {
        assertThat(MeetingIds.looksLikeMeetingId("plenary-2017-07-04")).isTrue();
        assertThat(MeetingIds.looksLikeMeetingId("co-chair-call-2017-06-23-2")).isTrue();
        assertThat(MeetingIds.looksLikeMeetingId(" Plenary-2017-07-04 ")).isTrue();
        assertThat(MeetingIds.dateOf("co-chair-call-2017-06-23-2")).contains(LocalDate.of(2017, 6, 23));
    }

    @Test
    void rejectsTextThatOnlyResemblesAMeetingId() {
        assertThat(MeetingIds.looksLikeMeetingId("2017-07-04")).isFalse();
        assertThat(MeetingIds.looksLikeMeetingId("plenary-2017-13-40")).isFalse();
        assertThat(MeetingIds.looksLikeMeetingId("plenary-4-July")).isFalse();
        assertThat(MeetingIds.looksLikeMeetingId("plenary-2017-07-04-1")).isFalse();
        assertThat(MeetingIds.looksLikeMeetingId("A7")).isFalse();
        assertThat(MeetingIds.looksLikeMeetingId(null)).isFalse();
    }
}
