package org.plenary.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.workflow.Explained.errors;
import static org.plenary.workflow.Explained.onlyCommand;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which meeting an email means (PRODUCT.md 4): the thread, an explicit date, a weekday or relative word, a kind, else
 * the sender's next meeting; ambiguity (two meetings on the day, or none on it but some near) is a question naming
 * the candidates. The demo group as of Thursday 15 June 2017,
 * where 27 June holds both a plenary and the outreach sub-team call.
 */
class MeetingResolutionTest {
    // A new store for every test (JUnit makes a test instance per test) and closed after it.
    @AutoClose
    private final Explainer plenary = Explainer.ssr2();

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            larisa@ssr2.test | Apologies for Friday 23 June           | coordination-2017-06-23
            larisa@ssr2.test | Apologies for Friday's call            | coordination-2017-06-16
            noor@ssr2.test   | Apologies for Tuesday                  | plenary-2017-06-20
            noor@ssr2.test   | Apologies for Tue 4 Jul                | plenary-2017-07-04
            noor@ssr2.test   | Apologies for July 4                   | plenary-2017-07-04
            noor@ssr2.test   | Apologies for 2017-07-04               | plenary-2017-07-04
            noor@ssr2.test   | Apologies for the plenary on 4/7       | plenary-2017-07-04
            noor@ssr2.test   | Apologies for next week's plenary      | plenary-2017-06-20
            noor@ssr2.test   | I can't make tomorrow's call           | coordination-2017-06-16
            noor@ssr2.test   | Apologies for the outreach call        | outreach-2017-06-27
            noor@ssr2.test   | Apologies for the plenary on 27 June   | plenary-2017-06-27
            noor@ssr2.test   | Apologies for the next call            | plenary-2017-06-20
            larisa@ssr2.test | Apologies for the next call            | coordination-2017-06-16
            noor@ssr2.test   | Apologies for briefing-2017-06-26      | briefing-2017-06-26
            """)
    void findsTheMeetingFromTheWords(String from, String sentence, String meeting) {
        // "the next call" is the sender's own next meeting: members do not attend the co-chairs/staff calls.
        JsonNode explained = plenary.explain(from, "Apologies", sentence);
        assertThat(errors(explained)).as(explained.toPrettyString()).isEmpty();
        assertThat(onlyCommand(explained)).containsEntry("meetings", List.of(meeting));
    }

    @Test
    void aBareApologyInAReplyToTheAgendaIsForTheMeetingOfTheThread() {
        JsonNode explained = plenary.explain("noor@ssr2.test", "Re: [SSR2] Agenda", "Apologies",
                "In-Reply-To: <agenda.plenary-2017-07-11.k2j4h5g6f7d8@ssr2.test>\r\n");
        assertThat(onlyCommand(explained)).containsEntry("meetings", List.of("plenary-2017-07-11"));
    }

    @Test
    void theReferencesNameTheMeetingWhenTheReplyAnswersSomeoneElsesReply() {
        JsonNode explained = plenary.explain("noor@ssr2.test", "Re: [SSR2] Agenda", "Apologies",
                "In-Reply-To: <CAF123@mail.gmail.com>\r\n"
                        + "References: <agenda.plenary-2017-07-11.k2j4h5g6f7d8@ssr2.test> <CAF123@mail.gmail.com>\r\n");
        assertThat(onlyCommand(explained)).containsEntry("meetings", List.of("plenary-2017-07-11"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Cancel: no quorum        | no quorum
            CANCEL – no quorum       | no quorum
            CANCEL                   |
            """)
    void aChairsCancelInReplyToTheAgendaCancelsThatMeeting(String sentence, String reason) {
        // The thread names the meeting; what follows the keyword is the reason, not a meeting that cannot be read.
        JsonNode explained = plenary.explain("amara@ssr2.test", "Re: [SSR2] Agenda", sentence,
                "In-Reply-To: <agenda.plenary-2017-07-11.k2j4h5g6f7d8@ssr2.test>\r\n");
        assertThat(errors(explained)).isEmpty();
        assertThat(onlyCommand(explained)).containsEntry("type", "meeting-cancel")
                .containsEntry("meeting", "plenary-2017-07-11").containsEntry("reason", reason);
    }

    @Test
    void aCancelWithOnlyAReasonOutsideAThreadIsAnErrorNotTheNextMeeting() {
        JsonNode explained = plenary.explain("amara@ssr2.test", "Quorum", "Cancel: no quorum");
        assertThat(Explained.commands(explained)).isEmpty();
        assertThat(errors(explained)).first().asString().contains("CANCEL plenary 12 March: travel");
    }

    @Test
    void theTraceHeaderNamesTheMeetingEvenWhenTheThreadWasBroken() {
        JsonNode explained = plenary.explain("noor@ssr2.test", "Cannot come", "Apologies", "X-Plenary-Ref: plenary-2017-07-18\r\n");
        assertThat(onlyCommand(explained)).containsEntry("meetings", List.of("plenary-2017-07-18"));
    }

    @Test
    void anExplicitDateInAReplyToAnotherMeetingsAgendaIsTheMeetingMeant() {
        // The thread names the meeting when the words do not; a date the sender wrote is what the sender meant.
        JsonNode explained = plenary.explain("noor@ssr2.test", "Re: [SSR2] Agenda", "Apologies for the plenary on 11 July",
                "In-Reply-To: <agenda.plenary-2017-07-04.k2j4h5g6f7d8@ssr2.test>\r\n");
        assertThat(onlyCommand(explained)).containsEntry("meetings", List.of("plenary-2017-07-11"));
    }

    @Test
    void aDayWithTwoMeetingsTheSenderAttendsIsAQuestionNamingBoth() {
        JsonNode explained = plenary.explain("noor@ssr2.test", "Apologies", "Apologies for 27 June");
        assertThat(onlyCommand(explained)).doesNotContainKey("meetings").containsKey("error");
        assertThat(errors(explained)).first().asString()
                .contains("more than one meeting on Tuesday 27 June 2017", "plenary-2017-06-27", "outreach-2017-06-27");
        assertThat(explained.get("reply").asText()).isEqualTo("question");
        assertThat(explained.get("outcome").asText()).isEqualTo("held");
    }

    @Test
    void aChairConfirmingADayWithTwoMeetingsIsAskedWhichOne() {
        JsonNode explained = plenary.explain("amara@ssr2.test", "Confirm", "CONFIRM the call on 27 June");
        assertThat(errors(explained)).first().asString().contains("plenary-2017-06-27", "outreach-2017-06-27");
    }

    @Test
    void twoMeetingsOfTheSameKindOnOneDayAreAmbiguousEvenWithTheKind() {
        plenary.receive("jennifer@ssr2.test", "Extra briefing", "SCHEDULE briefing 26 June 09:00 UTC 30 min");
        JsonNode explained = plenary.explain("noor@ssr2.test", "Apologies", "Apologies for the briefing on 26 June");
        assertThat(errors(explained)).first().asString()
                .contains("more than one", "briefing-2017-06-26 ", "briefing-2017-06-26-2");

        JsonNode byId = plenary.explain("noor@ssr2.test", "Apologies", "Apologies for briefing-2017-06-26-2");
        assertThat(onlyCommand(byId)).containsEntry("meetings", List.of("briefing-2017-06-26-2"));
    }

    @Test
    void aDayWithoutTheMeetingIsAQuestionNamingTheNearestOneBeforeAndAfter() {
        // Wednesday 21 June; the plenary meets on Tuesdays, 20 and 27 June (issue 9).
        JsonNode explained = plenary.explain("noor@ssr2.test", "Apologies", "Apologies for the plenary on 21 June");
        assertThat(onlyCommand(explained)).doesNotContainKey("meetings").containsKey("error");
        assertThat(errors(explained)).first().asString()
                .contains("there is no plenary meeting on Wednesday 21 June 2017", "did you mean",
                        "plenary-2017-06-20", "plenary-2017-06-27")
                .doesNotContain("outreach", "upcoming meetings:");
        assertThat(explained.get("reply").asText()).isEqualTo("question");
        assertThat(explained.get("outcome").asText()).isEqualTo("held");
    }

    @Test
    void aChairConfirmingADayWithoutTheMeetingIsAskedWhichOneWasMeant() {
        JsonNode explained = plenary.explain("amara@ssr2.test", "Confirm", "CONFIRM plenary 22 June");
        assertThat(errors(explained)).first().asString()
                .contains("there is no plenary meeting on Thursday 22 June 2017", "plenary-2017-06-20", "plenary-2017-06-27");
        assertThat(explained.get("reply").asText()).isEqualTo("question");
    }

    @Test
    void aDayWithoutAnyMeetingNearIsAnErrorThatNamesTheUpcomingOnes() {
        JsonNode explained = plenary.explain("noor@ssr2.test", "Apologies", "Apologies for the plenary on 5 December");
        assertThat(errors(explained)).first().asString()
                .contains("there is no plenary meeting on Tuesday 5 December 2017", "upcoming meetings:");
        assertThat(explained.get("reply").asText()).isEqualTo("error");
    }

    @Test
    void aMeetingIdThatDoesNotExistIsAnErrorNotAQuestion() {
        // An id typed exactly is not a guess at a day: the error names the meetings that are coming.
        JsonNode explained = plenary.explain("noor@ssr2.test", "Apologies", "Apologies for plenary-2017-06-21");
        assertThat(errors(explained)).first().asString()
                .contains("there is no meeting plenary-2017-06-21", "upcoming meetings:");
        assertThat(explained.get("reply").asText()).isEqualTo("error");
    }

    @Test
    void schedulingAMeetingTheCalendarAlreadyHoldsDoesNotMakeASecondOne() {
        // The series already holds plenary-2017-07-11 at 13:00 UTC; a chair's SCHEDULE of it means that meeting.
        JsonNode explained = plenary.explain("jennifer@ssr2.test", "Plenary", "SCHEDULE plenary 11 July 13:00 UTC 90 min");
        assertThat(errors(explained)).isEmpty();
        assertThat(onlyCommand(explained)).containsEntry("type", "meeting-schedule")
                .containsEntry("meeting", "plenary-2017-07-11").containsEntry("start", "2017-07-11T13:00:00Z");
    }
}
