package org.plenary.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class H2TimeZoneTest {

    @Test
    void anInstantInTheHourThatRepeatsWhenClocksGoBackIsKept() {
        // 00:30 UTC on 29 October 2017 is 02:30 in Rome, a local time that happens twice that night.
        Instant repeated = Instant.parse("2017-10-29T00:30:00Z");
        Meeting meeting = new Meeting("ssr2", "call-2017-10-29", "call", "Call", repeated, repeated.plusSeconds(3600),
                ZoneId.of("Europe/Rome"), MeetingStatus.TENTATIVE, null, null, "email", List.of(), 0, null);
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";TIME ZONE=Europe/Rome";
        try (Database database = Database.open(url, "sa", "")) {
            Meeting stored = database.inTransaction(tx -> {
                tx.groups().save(StoreTestSupport.DEMO, repeated);
                tx.meetings().insert(meeting, repeated);
                return tx.meetings().find("ssr2", meeting.id()).orElseThrow();
            });
            assertThat(stored.start()).isEqualTo(repeated);
            assertThat(stored.end()).isEqualTo(repeated.plusSeconds(3600));
        }
    }
}
