package org.plenary.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.workflow.Explained.commands;
import static org.plenary.workflow.Explained.errors;
import static org.plenary.workflow.Explained.onlyCommand;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Apologies as committee members write them beyond the brief's examples, each meaning Noor misses the 4 July plenary,
 * and the subject and body of one email apologising for two different meetings.
 */
class ApologyPhrasingTest {
    // A new store for every test (JUnit makes a test instance per test) and closed after it.
    @AutoClose
    private final Explainer plenary = Explainer.ssr2();

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "Please accept my apologies for the plenary on 4 July",
        "My apologies, I can't make the call on 4 July",
        "My regrets for the plenary on 4 July",
        "I'm sorry but I will miss the plenary on 4 July.",
        "I won't be able to make it on 4 July",
        "APOLOGIES FOR THE PLENARY ON 4 JULY",
        "I will be unable to attend the plenary on 4/7 due to a conflict",
    })
    void readsACommonWayOfApologising(String sentence) {
        JsonNode explained = plenary.explain("noor@ssr2.test", "Tuesday", sentence);
        assertThat(errors(explained)).as(explained.toPrettyString()).isEmpty();
        assertThat(onlyCommand(explained)).containsEntry("type", "apology").containsEntry("meetings", List.of("plenary-2017-07-04"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "Apologies for the plenary on 4 July and 11 July",
        "Apologies for the plenaries on 4 July and 11 July (travel)",
        "Apologies for 4 July, 11 July",
        "Apologies for Tuesday 4 July and Tuesday 11 July",
        "I can't make the plenary on 4 July or 11 July",
    })
    void readsAnApologyForTwoDays(String sentence) {
        JsonNode explained = plenary.explain("noor@ssr2.test", "Away", sentence);
        if (sentence.contains(" or ")) {
            // "or" is not a list of days the sender misses; it stays an error reply rather than a guess.
            assertThat(commands(explained)).isEmpty();
            return;
        }
        assertThat(errors(explained)).isEmpty();
        assertThat(commands(explained)).extracting(c -> c.get("meetings"))
                .containsExactly(List.of("plenary-2017-07-04"), List.of("plenary-2017-07-11"));
    }

    @Test
    void anApologyForADayAndAnUnreadablePartIsNoCommand() {
        JsonNode explained = plenary.explain("noor@ssr2.test", "Away", "Apologies for the late reply and the plenary on 4 July");
        assertThat(commands(explained)).isEmpty();
    }

    @Test
    void anApologyForTheLateReplyIsProse() {
        JsonNode explained = plenary.explain("noor@ssr2.test", "Comments", "My apologies for the late reply; here are my comments.");
        assertThat(commands(explained)).isEmpty();
    }

    @Test
    void aSubjectAndABodyApologisingForDifferentMeetingsAreTwoApologies() {
        // The body's apology used to replace the subject's whatever meeting each named, and "as well" became a reason.
        JsonNode explained = plenary.explain("noor@ssr2.test", "Apologies – plenary 4 July",
                "Apologies for the plenary on 11 July as well");
        assertThat(errors(explained)).isEmpty();
        assertThat(commands(explained)).extracting(c -> c.get("meetings"))
                .containsExactly(List.of("plenary-2017-07-04"), List.of("plenary-2017-07-11"));
        assertThat(commands(explained)).extracting(c -> c.get("reason")).containsOnlyNulls();
    }

    @Test
    void aSubjectAndABodyApologisingForTheSameMeetingAreOneApologyWithTheBodysReason() {
        JsonNode explained = plenary.explain("noor@ssr2.test", "Apologies – plenary 4 July",
                "Apologies for the plenary call on Tuesday 4 July, travelling.");
        assertThat(onlyCommand(explained)).containsEntry("meetings", List.of("plenary-2017-07-04"))
                .containsEntry("reason", "travelling");
    }
}
