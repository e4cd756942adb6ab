package org.plenary.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class MeetingStoreTest extends StoreTestSupport {
    private static final Instant JULY_4 = Instant.parse("2017-07-04T13:00:00Z");

    static Meeting plenary(String id, Instant start) {
        return new Meeting(GROUP, id, "plenary", "SSR2 Plenary Call", start, start.plus(Duration.ofMinutes(90)),
                ZoneId.of("UTC"), MeetingStatus.TENTATIVE, null, null, "series", List.of(), 0, null);
    }

    @Test
    void aMeetingRoundTripsEveryField() {
        Meeting briefing = new Meeting(GROUP, "briefing-2017-06-25", "briefing", "SSR1 briefing",
                Instant.parse("2017-06-25T08:00:00Z"), Instant.parse("2017-06-25T10:00:00Z"),
                ZoneId.of("Africa/Johannesburg"), MeetingStatus.CANCELLED, "Chairs travelling", "briefing-2017-06-26",
                "file", List.of("chair", "staff"), 3, "Bring the draft");

        use(tx -> tx.meetings().insert(briefing, NOW));

        assertThat(committed().meetings().find(GROUP, briefing.id())).contains(briefing);
        assertThat(committed().meetings().exists(GROUP, "briefing-2017-06-26")).isFalse();
    }

    @Test
    void anUpdateRoundTripsEveryField() {
        use(tx -> tx.meetings().insert(plenary("plenary-2017-07-04", JULY_4), NOW));
        Meeting moved = new Meeting(GROUP, "plenary-2017-07-04", "call", "Moved call", JULY_4.plusSeconds(3600),
                JULY_4.plusSeconds(7201), ZoneId.of("Europe/Rome"), MeetingStatus.MOVED, "Clash", "call-2017-07-05",
                "series", List.of("chair"), 2, "See the new time");

        use(tx -> tx.meetings().update(moved, NOW.plusSeconds(5)));

        assertThat(committed().meetings().find(GROUP, moved.id())).contains(moved);
    }

    @Test
    void instantsAreExactToTheSecondWhateverTheJvmTimeZone() {
        // Instants are stored with their offset; a server running in Auckland must read back the same moment.
        TimeZone original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
        try {
            use(tx -> tx.meetings().insert(plenary("plenary-2017-07-04", JULY_4), NOW));

            Meeting stored = committed().meetings().find(GROUP, "plenary-2017-07-04").orElseThrow();
            assertThat(stored.start()).isEqualTo("2017-07-04T13:00:00Z");
            assertThat(stored.end()).isEqualTo("2017-07-04T14:30:00Z");
            assertThat(committed().meetings().between(GROUP, JULY_4, JULY_4.plusSeconds(1))).hasSize(1);
        } finally {
            TimeZone.setDefault(original);
        }
        assertThat(committed().meetings().find(GROUP, "plenary-2017-07-04").orElseThrow().start()).isEqualTo(JULY_4);
    }

    @Test
    void instantsInTheHourThatRepeatsWhenClocksGoBackAreKept() {
        // 00:30 and 01:30 UTC on 29 October 2017 are both 02:30 in Rome; a server there must keep them apart.
        Instant repeated = Instant.parse("2017-10-29T00:30:00Z");
        TimeZone original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Rome"));
        try {
            use(tx -> tx.meetings().insert(plenary("plenary-2017-10-29", repeated.minusSeconds(1800)), NOW));

            Meeting stored = committed().meetings().find(GROUP, "plenary-2017-10-29").orElseThrow();
            assertThat(stored.start()).isEqualTo(repeated.minusSeconds(1800));
            assertThat(stored.end()).isEqualTo(repeated.plusSeconds(3600));
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void betweenIsHalfOpenAndOrderedByStart() {
        Instant week = JULY_4.plus(Duration.ofDays(7));
        use(tx -> {
            tx.meetings().insert(plenary("plenary-2017-07-11", week), NOW);
            tx.meetings().insert(plenary("plenary-2017-07-04", JULY_4), NOW);
        });

        assertThat(committed().meetings().between(GROUP, JULY_4, week)).extracting(Meeting::id)
                .containsExactly("plenary-2017-07-04");
        assertThat(committed().meetings().between(GROUP, JULY_4, week.plusSeconds(1))).extracting(Meeting::id)
                .containsExactly("plenary-2017-07-04", "plenary-2017-07-11");
        assertThat(committed().meetings().all(GROUP)).hasSize(2);
    }

    @Test
    void endedBetweenFindsMeetingsByTheirEnd() {
        use(tx -> tx.meetings().insert(plenary("plenary-2017-07-04", JULY_4), NOW));
        Instant end = JULY_4.plus(Duration.ofMinutes(90));

        assertThat(committed().meetings().endedBetween(GROUP, end, end.plusSeconds(1))).hasSize(1);
        assertThat(committed().meetings().endedBetween(GROUP, JULY_4, end)).isEmpty();
    }

    @Test
    void aTransactionReadsTheMeetingsItWroteAndNotThoseItTookBack() {
        Instant week = JULY_4.plus(Duration.ofDays(7));
        Instant day = JULY_4.plus(Duration.ofDays(1));
        use(tx -> {
            tx.meetings().insert(plenary("plenary-2017-06-27", JULY_4.minus(Duration.ofDays(7))), NOW);
            tx.meetings().insert(plenary("plenary-2017-07-04", JULY_4), NOW);
        });

        List<List<String>> seen = in(tx -> {
            List<List<String>> read = new java.util.ArrayList<>();
            read.add(ids(tx.meetings().between(GROUP, JULY_4, week)));
            tx.meetings().insert(plenary("plenary-2017-07-05", day), NOW);
            read.add(ids(tx.meetings().between(GROUP, JULY_4, week)));
            tx.meetings().update(plenary("plenary-2017-07-04", week.plus(Duration.ofDays(1))), NOW);
            read.add(ids(tx.meetings().between(GROUP, JULY_4, week)));
            tx.attempt(() -> {
                tx.meetings().insert(plenary("plenary-2017-07-06", day.plus(Duration.ofDays(1))), NOW);
                tx.meetings().between(GROUP, JULY_4, week);
                throw new IllegalStateException("the email failed");
            });
            read.add(ids(tx.meetings().between(GROUP, JULY_4, week)));
            read.add(ids(tx.meetings().between(GROUP, day.plusSeconds(1), week.plusSeconds(60))));
            read.add(ids(tx.meetings().between(GROUP, JULY_4.minus(Duration.ofDays(8)), week)));
            read.add(ids(tx.meetings().between(GROUP, JULY_4, week.plus(Duration.ofDays(2)))));
            return read;
        });

        assertThat(seen).containsExactly(
                List.of("plenary-2017-07-04"),
                List.of("plenary-2017-07-04", "plenary-2017-07-05"),
                List.of("plenary-2017-07-05"),
                List.of("plenary-2017-07-05"),
                List.of(),
                List.of("plenary-2017-06-27", "plenary-2017-07-05"),
                List.of("plenary-2017-07-05", "plenary-2017-07-04"));
    }

    private static List<String> ids(List<Meeting> meetings) {
        return meetings.stream().map(Meeting::id).toList();
    }
}
