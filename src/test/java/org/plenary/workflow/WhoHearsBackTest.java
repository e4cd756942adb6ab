package org.plenary.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.workflow.Explained.commands;
import static org.plenary.workflow.Explained.reply;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Which reply an email earns (PRODUCT.md 4, "Who hears back"): list discussion is ignored silently, a failed command
 * on the list still gets a private error, mail to Plenary without a command gets an error, and machines get nothing.
 */
class WhoHearsBackTest {
    static final String VIA_THE_LIST = "Cc: ssr2-review@ssr2.test\r\n";
    // A new store for every test (JUnit makes a test instance per test) and closed after it.
    @AutoClose
    private final Explainer plenary = Explainer.ssr2();

    @Test
    void listDiscussionWithoutACommandIsIgnoredSilently() {
        JsonNode explained = plenary.explain("noor@ssr2.test", "Re: [SSR2] Weekly digest", "Thanks, see you all on Tuesday.",
                VIA_THE_LIST);
        assertThat(explained.get("viaList").asBoolean()).isTrue();
        assertThat(commands(explained)).isEmpty();
        assertThat(reply(explained)).isEqualTo("none");
    }

    @Test
    void aFailedCommandOnTheListGetsAPrivateError() {
        JsonNode explained = plenary.explain("noor@ssr2.test", "Re: [SSR2] Weekly digest", "WITHDRAW APOLOGY 4 July",
                VIA_THE_LIST);
        assertThat(explained.get("viaList").asBoolean()).isTrue();
        assertThat(reply(explained)).isEqualTo("error");
    }

    @Test
    void anApologyThatFitsTwoMeetingsIsAQuestionEvenThroughTheList() {
        JsonNode explained = plenary.explain("zoe@ssr2.test", "Re: [SSR2] Weekly digest",
                "Apologies for the call on 27 June, I will be travelling.", VIA_THE_LIST);
        assertThat(explained.get("viaList").asBoolean()).isTrue();
        assertThat(reply(explained)).isEqualTo("question");
        assertThat(explained.get("outcome").asText()).isEqualTo("held");
    }

    @Test
    void anUnknownActionIdWhoseWordsMatchAnOpenItemIsAQuestion() {
        JsonNode explained = plenary.explain("jennifer@ssr2.test", "report", "A9 done: the progress report for SO/ACs");
        assertThat(reply(explained)).isEqualTo("question");

        JsonNode unmatched = plenary.explain("jennifer@ssr2.test", "report", "A9 done: nothing like any title");
        assertThat(reply(unmatched)).isEqualTo("error");
    }

    @Test
    void namingTheKindOnASharedDayIsNoQuestion() {
        JsonNode direct = plenary.explain("zoe@ssr2.test", "Apologies", "Apologies for the plenary on 27 June");
        assertThat(reply(direct)).isEqualTo("confirmation");
    }

    @Test
    void mailToPlenaryWithoutACommandGetsAnError() {
        JsonNode explained = plenary.explain("noor@ssr2.test", "Apologies for the late reply", "Here are my comments on the draft.");
        assertThat(commands(explained)).isEmpty();
        assertThat(reply(explained)).isEqualTo("error");
    }

    @Test
    void anAutoReplyFromAMemberChangesNothingAndHearsNothing() {
        JsonNode explained = plenary.explain("noor@ssr2.test", "Out of office", "Apologies for the plenary on 4 July",
                "Auto-Submitted: auto-replied\r\n");
        assertThat(explained.get("autoReply").asBoolean()).isTrue();
        assertThat(commands(explained)).isEmpty();
        assertThat(reply(explained)).isEqualTo("none");
    }
}
