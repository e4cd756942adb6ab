package org.plenary.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.workflow.Explained.commands;
import static org.plenary.workflow.Explained.errors;
import static org.plenary.workflow.Explained.types;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of PRODUCT.md section 4, as written there, is understood by explain: it gives a command of the
 * expected type that applies without an error. Each example gets a fresh store at a clock where its dates exist
 * (the demo group: plenaries on Tuesdays 13:00 UTC, co-chairs/staff calls on Fridays 11:00 UTC), sent by someone
 * allowed to send it, with whatever it refers to (an apology, R3, A7) made first.
 */
class EmailLanguageExamplesTest {
    static final String THURSDAY_15_JUNE = "2017-06-15T09:00:00Z";
    static final String FRIDAY_16_JUNE = "2017-06-16T08:00:00Z";
    static final String AFTER_THE_4_JULY_PLENARY = "2017-07-04T15:00:00Z";
    static final String AGENDA_OF_4_JULY = "In-Reply-To: <agenda.plenary-2017-07-04.abc123def456@ssr2.test>\r\n";

    /** One example: who writes what, when, after which setup, and the command type it must give. */
    record Example(String example, String from, String subject, String body, String now, Consumer<Explainer> setup,
                   String headers, String type) {
        @Override
        public String toString() {
            return example;
        }
    }

    static final Consumer<Explainer> NOTHING = plenary -> { };
    static final Consumer<Explainer> NOOR_APOLOGISED_FOR_4_JULY =
            plenary -> plenary.receive("noor@ssr2.test", "Apologies", "Apologies for the plenary on 4 July");
    static final Consumer<Explainer> DENISE_DECLINED_THE_INVITATION =
            plenary -> plenary.receiveScenario("outlook-decline-icalendar.eml");
    static final Consumer<Explainer> THREE_REQUESTS = plenary -> plenary.receive("kaveh@ssr2.test", "Requests", """
            AGENDA: DNS Abuse Study briefing (30 min) for the plenary on 27 June
            AGENDA: Threat landscape update (15 min) for the plenary on 27 June
            AGENDA: Tech tools demo (20 min) for the plenary on 4 July""");
    // The demo group carries A1 to A4 over; three more make A7, owned by Zoë.
    static final Consumer<Explainer> SEVEN_ACTIONS = plenary -> plenary.receive("larisa@ssr2.test", "Actions", """
            ACTION: Noor to draft the outreach plan
            ACTION: Kaveh to review the SSR1 implementation report
            ACTION: Zoë to collect the registry operator questions""");

    static Stream<Example> examples() {
        return Stream.of(
                // apology
                example("Subject \"Apologies – plenary 4 July\"", "noor@ssr2.test", "Apologies – plenary 4 July", "Noor",
                        "apology"),
                example("Apologies for the plenary call on Tuesday 4 July", "noor@ssr2.test", "Tuesday",
                        "Apologies for the plenary call on Tuesday 4 July", "apology"),
                new Example("Regrets for today's call", "larisa@ssr2.test", "Today", "Regrets for today's call",
                        FRIDAY_16_JUNE, NOTHING, "", "apology"),
                example("I won't be able to join tomorrow", "jennifer@ssr2.test", "Tomorrow",
                        "I won't be able to join tomorrow", "apology"),
                example("Sorry, I'll miss the next plenary", "kaveh@ssr2.test", "Plenary", "Sorry, I'll miss the next plenary",
                        "apology"),
                example("Apologies for all calls until 20 July (travel)", "zoe@ssr2.test", "Travel",
                        "Apologies for all calls until 20 July (travel)", "apology"),
                new Example("a reply to the agenda email saying \"apologies\"", "noor@ssr2.test",
                        "Re: [SSR2] Agenda: SSR2 Plenary Call", "apologies", THURSDAY_15_JUNE, NOTHING, AGENDA_OF_4_JULY,
                        "apology"),
                scenario("an iCalendar REPLY with PARTSTAT=DECLINED", "outlook-decline-icalendar.eml", NOTHING, "apology"),
                example("staff: \"Apologies from Noor for Friday's call\"", "larisa@ssr2.test", "Noor",
                        "Apologies from Noor for Friday's call", "apology"),
                // withdraw apology
                new Example("I can make it after all", "noor@ssr2.test", "Good news", "I can make it after all",
                        THURSDAY_15_JUNE, NOOR_APOLOGISED_FOR_4_JULY, "", "apology-withdrawn"),
                new Example("WITHDRAW APOLOGY 4 July", "noor@ssr2.test", "Good news", "WITHDRAW APOLOGY 4 July",
                        THURSDAY_15_JUNE, NOOR_APOLOGISED_FOR_4_JULY, "", "apology-withdrawn"),
                scenario("an iCalendar ACCEPTED after a decline", "icalendar-accept-after-decline.eml",
                        DENISE_DECLINED_THE_INVITATION, "apology-withdrawn"),
                // agenda request
                example("AGENDA: DNS Abuse Study briefing (30 min) for the plenary on 27 June", "kaveh@ssr2.test",
                        "Briefing", "AGENDA: DNS Abuse Study briefing (30 min) for the plenary on 27 June", "agenda-request"),
                example("Subject \"Agenda request: Tech tools demo\"", "zoe@ssr2.test", "Agenda request: Tech tools demo",
                        "Zoë", "agenda-request"),
                // agenda decision
                decision("ACCEPT R3"),
                decision("DECLINE R3 out of scope"),
                decision("MOVE R3 TO 11 July"),
                // new action item
                example("ACTION: Larisa to send language to RT for drafting Scope of Work by 30 June", "amara@ssr2.test",
                        "Action", "ACTION: Larisa to send language to RT for drafting Scope of Work by 30 June",
                        "action-create"),
                // action update
                update("A7 done"),
                update("A7: in progress – draft with RT for review, scheduled to publish 6/20"),
                update("A7 due 30 June"),
                update("A7 owner Jennifer"),
                update("A7 blocked waiting for Board"),
                update("A7 cancelled"),
                update("A7 reopen"),
                new Example("\"[SSR2 A7]\" in the subject with \"done\" in the body", "larisa@ssr2.test",
                        "Re: [SSR2 A7] Collect the registry operator questions", "done", THURSDAY_15_JUNE, SEVEN_ACTIONS, "",
                        "action-update"),
                // meetings
                example("CONFIRM plenary 4 July", "amara@ssr2.test", "Plenary", "CONFIRM plenary 4 July", "meeting-confirm"),
                example("CANCEL Friday 23 June call: Johannesburg travel", "lars@ssr2.test", "Friday",
                        "CANCEL Friday 23 June call: Johannesburg travel", "meeting-cancel"),
                example("SCHEDULE plenary 11 July 13:00 UTC 90 min", "jennifer@ssr2.test", "Plenary",
                        "SCHEDULE plenary 11 July 13:00 UTC 90 min", "meeting-schedule"),
                example("MOVE plenary 11 July TO 12 July 14:00", "amara@ssr2.test", "Plenary",
                        "MOVE plenary 11 July TO 12 July 14:00", "meeting-move"),
                // notes
                new Example("a reply to the agenda email holding DECISION, ACTION and ATTENDED lines", "larisa@ssr2.test",
                        "Re: [SSR2] Agenda: SSR2 Plenary Call", """
                        ATTENDED: Amara, Lars, Noor
                        DECISION: The progress report goes out after ICANN59.
                        ACTION: Jennifer to circulate the report by 14 July""", AFTER_THE_4_JULY_PLENARY, NOTHING,
                        AGENDA_OF_4_JULY, "notes"),
                new Example("NOTES plenary 4 July", "amara@ssr2.test", "Notes", """
                        NOTES plenary 4 July
                        ATTENDED: Amara, Lars, Noor
                        DECISION: The progress report goes out after ICANN59.
                        ACTION: Jennifer to circulate the report by 14 July""", AFTER_THE_4_JULY_PLENARY, NOTHING, "",
                        "notes"),
                // help / status
                example("HELP", "obs@ssr2.test", "?", "HELP", "help"),
                example("STATUS", "noor@ssr2.test", "?", "STATUS", "status"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void understandsTheExampleOfTheProductBrief(Example example) {
        try (Explainer plenary = Explainer.of(Explainer.DEMO_GROUP, example.now())) {
            example.setup().accept(plenary);
            JsonNode explained = example.body().startsWith("scenario:")
                    ? plenary.explainScenario(example.body().substring("scenario:".length()))
                    : plenary.explain(example.from(), example.subject(), example.body(), example.headers());
            assertThat(types(explained)).as(explained.toPrettyString()).containsExactly(example.type());
            assertThat(commands(explained).get(0)).as(explained.toPrettyString()).doesNotContainKey("error");
            assertThat(errors(explained)).as(explained.toPrettyString()).isEmpty();
        }
    }

    private static Example example(String example, String from, String subject, String body, String type) {
        return new Example(example, from, subject, body, THURSDAY_15_JUNE, NOTHING, "", type);
    }

    private static Example scenario(String example, String scenario, Consumer<Explainer> setup, String type) {
        return new Example(example, null, null, "scenario:" + scenario, THURSDAY_15_JUNE, setup, "", type);
    }

    private static Example decision(String sentence) {
        return new Example(sentence, "amara@ssr2.test", "Agenda", sentence, THURSDAY_15_JUNE, THREE_REQUESTS, "",
                "agenda-decision");
    }

    private static Example update(String sentence) {
        return new Example(sentence, "larisa@ssr2.test", "Action items", sentence, THURSDAY_15_JUNE, SEVEN_ACTIONS, "",
                "action-update");
    }
}
