package org.plenary.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.workflow.Explained.errors;
import static org.plenary.workflow.Explained.onlyCommand;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People as emails name them (the sender by address or alias, others by first name, full name or address; an unknown
 * or ambiguous name is an error, never a guess), and numeric dates in each group's date order, end to end.
 */
class PeopleAndDateOrderTest {
    static final String MDY_GROUP = "src/test/resources/scenarios/mdy-group.yaml";

    @Test
    void matchesTheSenderByAnAliasWhateverItsCase() {
        try (Explainer plenary = Explainer.ssr2()) {
            JsonNode explained = plenary.explain("Larisa <LARISA.N@Mail.TEST>", "A2", "A2 done");
            assertThat(explained.get("member").asText()).isEqualTo("larisa@ssr2.test");
            assertThat(explained.get("role").asText()).isEqualTo("staff");
            assertThat(errors(explained)).isEmpty();
        }
    }

    @Test
    void resolvesAFirstNameAsTheNewOwner() {
        try (Explainer plenary = Explainer.ssr2()) {
            JsonNode explained = plenary.explain("larisa@ssr2.test", "A2", "A2 owner Jennifer");
            assertThat(onlyCommand(explained)).containsEntry("owner", "jennifer@ssr2.test");
            assertThat(errors(explained)).isEmpty();
        }
    }

    @Test
    void resolvesApologiesFromAFirstNameAFullNameAndAnAddress() {
        try (Explainer plenary = Explainer.ssr2()) {
            for (String who : List.of("Noor", "Noor Haddad", "noor@ssr2.test")) {
                JsonNode explained = plenary.explain("jennifer@ssr2.test", "Apologies",
                        "Apologies from " + who + " for the plenary on 4 July");
                assertThat(onlyCommand(explained)).as(who).containsEntry("member", "noor@ssr2.test")
                        .containsEntry("meetings", List.of("plenary-2017-07-04"));
            }
        }
    }

    @Test
    void resolvesAFullNameAndANameWithADiaeresisAsActionOwners() {
        try (Explainer plenary = Explainer.ssr2()) {
            assertThat(onlyCommand(plenary.explain("amara@ssr2.test", "Action", "ACTION: Kaveh Rostami to review the report")))
                    .containsEntry("owner", "kaveh@ssr2.test");
            assertThat(onlyCommand(plenary.explain("amara@ssr2.test", "Action", "ACTION: Zoë to review the report")))
                    .containsEntry("owner", "zoe@ssr2.test");
        }
    }

    @Test
    void anUnknownNameIsAnErrorThatListsTheMembers() {
        try (Explainer plenary = Explainer.ssr2()) {
            JsonNode apology = plenary.explain("jennifer@ssr2.test", "Apologies", "Apologies from Bob for the plenary on 4 July");
            assertThat(errors(apology)).first().asString().contains("nobody in the group is called 'Bob'", "Noor Haddad");
            JsonNode owner = plenary.explain("larisa@ssr2.test", "A2", "A2 owner Bob");
            assertThat(errors(owner)).first().asString().contains("nobody in the group is called 'Bob'");
        }
    }

    @Test
    void anAmbiguousFirstNameIsAnErrorThatNamesBothPeople() {
        try (Explainer board = Explainer.of(MDY_GROUP, "2017-06-15T09:00:00Z")) {
            JsonNode explained = board.explain("morgan@nyboard.test", "Action", "ACTION: Alex to book the room");
            assertThat(errors(explained)).first().asString()
                    .contains("'Alex' could be", "alex.moreau@nyboard.test", "alex.tan@nyboard.test");
            JsonNode fullName = board.explain("morgan@nyboard.test", "Action", "ACTION: Alex Tan to book the room");
            assertThat(onlyCommand(fullName)).containsEntry("owner", "alex.tan@nyboard.test");
        }
    }

    @Test
    void readsANumericDateDayFirstInADayFirstGroup() {
        try (Explainer plenary = Explainer.ssr2()) {
            JsonNode explained = plenary.explain("noor@ssr2.test", "Apologies", "Apologies for the plenary on 4/7");
            assertThat(onlyCommand(explained)).containsEntry("meetings", List.of("plenary-2017-07-04"));
        }
    }

    @Test
    void readsANumericDateMonthFirstInAMonthFirstGroup() {
        try (Explainer board = Explainer.of(MDY_GROUP, "2017-06-15T09:00:00Z")) {
            JsonNode explained = board.explain("alex.tan@nyboard.test", "Apologies", "Apologies for the plenary on 7/4");
            assertThat(onlyCommand(explained)).containsEntry("meetings", List.of("plenary-2017-07-04"));
            assertThat(errors(explained)).isEmpty();
        }
    }

    @Test
    void readsADateWithoutAYearAcrossTheYearEnd() {
        try (Explainer plenary = Explainer.ssr2At("2017-12-28T09:00:00Z")) {
            for (String day : List.of("2 January", "2/1", "Jan 2")) {
                JsonNode explained = plenary.explain("noor@ssr2.test", "Apologies", "Apologies for the plenary on " + day);
                assertThat(onlyCommand(explained)).as(day).containsEntry("meetings", List.of("plenary-2018-01-02"));
            }
        }
    }

    @Test
    void schedulesInTheGroupsZoneOnEitherSideOfTheEndOfDaylightSavingTime() {
        // New York leaves daylight saving time on Sunday 5 November 2017: 10:00 is 14:00 UTC before, 15:00 UTC after.
        try (Explainer board = Explainer.of(MDY_GROUP, "2017-06-15T09:00:00Z")) {
            assertThat(onlyCommand(board.explain("morgan@nyboard.test", "Briefing", "SCHEDULE briefing 11/3 10:00 60 min")))
                    .containsEntry("meeting", "briefing-2017-11-03").containsEntry("start", "2017-11-03T14:00:00Z");
            assertThat(onlyCommand(board.explain("morgan@nyboard.test", "Briefing", "SCHEDULE briefing 11/6 10:00 60 min")))
                    .containsEntry("meeting", "briefing-2017-11-06").containsEntry("start", "2017-11-06T15:00:00Z");
        }
    }
}
