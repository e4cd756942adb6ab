package org.plenary.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.store.ChangeLog.Change;

class WeekAccountTest {
    private static final Instant AT = Instant.parse("2017-06-19T10:00:00Z");
    private static final Map<String, String> HEADINGS = Map.of(
            "plenary-2017-06-27", "SSR2 Plenary Call, Tue 27 Jun 13:00 UTC",
            "A3", "A3 Provide SSR1 briefings schedule of availability");

    @Test
    void oneAccountPerMeetingAndActionWithoutRepeatsOrNonChanges() {
        List<String> account = WeekAccount.of(List.of(
                change("plenary-2017-06-27", "Noor Haddad: Apologies recorded from Noor Haddad for plenary-2017-06-27 (SSR2 Plenary Call, Tue 27 Jun 13:00 UTC) (travelling)"),
                change("A3", "Larisa Novak: A3 is now done (was open): Provide SSR1 briefings schedule of availability"),
                change("A3", "Larisa Novak: A3 note: see the wiki"),
                change("plenary-2017-06-27", "Kaveh Rostami: Agenda request R1 recorded: \"Outreach plan review\" (20 min) for"
                        + " plenary-2017-06-27 (SSR2 Plenary Call, Tue 27 Jun 13:00 UTC); a chair or staff will accept or decline it"),
                change("plenary-2017-06-27", "Lars Lindqvist: Confirmed plenary-2017-06-27 (SSR2 Plenary Call, Tue 27 Jun 13:00 UTC)"),
                change("plenary-2017-06-27", "Amara Okafor: plenary-2017-06-27 (SSR2 Plenary Call, Tue 27 Jun 13:00 UTC) was already confirmed"),
                change("plenary-2017-06-27", "Lars Lindqvist: Confirmed plenary-2017-06-27 (SSR2 Plenary Call, Tue 27 Jun 13:00 UTC)")),
                HEADINGS::get);

        assertThat(account).containsExactly(
                "SSR2 Plenary Call, Tue 27 Jun 13:00 UTC: apologies from Noor Haddad (travelling);"
                        + " asked for agenda item R1, \"Outreach plan review\" (20 min), by Kaveh Rostami;"
                        + " confirmed, by Lars Lindqvist.",
                "A3 Provide SSR1 briefings schedule of availability: done (was open) and noted \"see the wiki\","
                        + " by Larisa Novak.");
    }

    private static Change change(String ref, String text) {
        return new Change(AT, ref, text, "<m@members.test>");
    }
}
