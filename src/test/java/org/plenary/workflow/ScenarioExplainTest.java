package org.plenary.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.workflow.Explained.commands;
import static org.plenary.workflow.Explained.errors;
import static org.plenary.workflow.Explained.onlyCommand;
import static org.plenary.workflow.Explained.reply;
import static org.plenary.workflow.Explained.types;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Every scenario fixture through explain, as of Thursday 15 June 2017 09:00 UTC with the demo group (unless a test
 * says otherwise): which commands Plenary understands, resolved to members and meeting ids, which errors, which reply.
 */
class ScenarioExplainTest {
    // A new store for every test (JUnit makes a test instance per test) and closed after it.
    @AutoClose
    private final Explainer plenary = Explainer.ssr2();

    private JsonNode understood(String scenario) {
        JsonNode explained = plenary.explainScenario(scenario);
        assertThat(errors(explained)).as(scenario).isEmpty();
        return explained;
    }

    // Apologies

    @Test
    void readsAnApologyFromASubjectWithADash() {
        JsonNode explained = understood("apology-subject-dash.eml");
        assertThat(onlyCommand(explained)).containsEntry("type", "apology").containsEntry("member", "noor@ssr2.test")
                .containsEntry("meetings", List.of("plenary-2017-07-04"));
        assertThat(reply(explained)).isEqualTo("confirmation");
    }

    @Test
    void readsRegretsForTodaysCallFromAnAliasOnTheDayOfTheCall() {
        // Friday 16 June, before the co-chairs/staff call; the sender writes from her alias in capitals.
        try (Explainer friday = Explainer.ssr2At("2017-06-16T08:00:00Z")) {
            JsonNode explained = friday.explainScenario("apology-regrets-todays-call.eml");
            assertThat(explained.get("member").asText()).isEqualTo("larisa@ssr2.test");
            assertThat(onlyCommand(explained)).containsEntry("type", "apology").containsEntry("member", "larisa@ssr2.test")
                    .containsEntry("meetings", List.of("coordination-2017-06-16"))
                    .containsEntry("reason", "stuck at the airport");
            assertThat(errors(explained)).isEmpty();
        }
    }

    @Test
    void regretsForTodayOnADayWithoutAMeetingAskWhetherTheNextCallWasMeant() {
        JsonNode explained = plenary.explainScenario("apology-regrets-todays-call.eml");
        assertThat(errors(explained)).first().asString().contains("there is no meeting on Thursday 15 June 2017",
                "did you mean coordination-2017-06-16");
        assertThat(reply(explained)).isEqualTo("question");
    }

    @Test
    void readsIWontBeAbleToJoinTomorrow() {
        JsonNode explained = understood("apology-wont-join-tomorrow.eml");
        assertThat(onlyCommand(explained)).containsEntry("type", "apology").containsEntry("member", "jennifer@ssr2.test")
                .containsEntry("meetings", List.of("coordination-2017-06-16"));
    }

    @Test
    void readsSorryIllMissTheNextPlenary() {
        JsonNode explained = understood("apology-miss-next-plenary.eml");
        assertThat(onlyCommand(explained)).containsEntry("member", "kaveh@ssr2.test")
                .containsEntry("meetings", List.of("plenary-2017-06-20"));
    }

    @Test
    void readsApologiesForAllCallsUntilADateAsEveryMeetingTheSenderAttendsUntilThen() {
        JsonNode explained = understood("apology-all-calls-until.eml");
        Map<String, Object> apology = onlyCommand(explained);
        assertThat(apology).containsEntry("member", "zoe@ssr2.test").containsEntry("reason", "travel");
        // A member does not attend the co-chairs/staff calls, so none of those is in the list.
        List<String> meetings = ((List<?>) apology.get("meetings")).stream().map(Object::toString).toList();
        assertThat(meetings).contains("plenary-2017-06-20", "plenary-2017-07-18").doesNotContain("plenary-2017-07-25")
                .noneMatch(m -> m.startsWith("coordination"));
    }

    @Test
    void readsStaffSendingApologiesOnBehalfOfAMember() {
        JsonNode explained = understood("apology-on-behalf-by-staff.eml");
        assertThat(onlyCommand(explained)).containsEntry("member", "noor@ssr2.test")
                .containsEntry("meetings", List.of("plenary-2017-06-27")).containsEntry("reason", "she is on leave");
    }

    @Test
    void readsABareApologyInAReplyToTheAgendaAsOneForThatMeeting() {
        JsonNode explained = understood("apology-reply-to-agenda.eml");
        assertThat(onlyCommand(explained)).containsEntry("type", "apology").containsEntry("member", "noor@ssr2.test")
                .containsEntry("meetings", List.of("plenary-2017-07-04"));
        assertThat(explained.get("visibleText").asText()).doesNotContain("Reply \"apologies\"");
    }

    @Test
    void readsAnOutlookDeclineOfTheInvitationAsAnApologyWithItsComment() {
        JsonNode explained = understood("outlook-decline-icalendar.eml");
        assertThat(onlyCommand(explained)).containsEntry("type", "apology").containsEntry("member", "denise@ssr2.test")
                .containsEntry("meetings", List.of("plenary-2017-07-04"))
                .containsEntry("reason", "Clashes with a board call");
    }

    @Test
    void readsAGoogleCalendarDeclineAsAnApologyAndNothingInItsBoilerplate() {
        JsonNode explained = understood("google-calendar-decline.eml");
        assertThat(onlyCommand(explained)).containsEntry("type", "apology").containsEntry("member", "noor@ssr2.test")
                .containsEntry("meetings", List.of("plenary-2017-07-04"));
    }

    @Test
    void readsAnAcceptanceAfterADeclineAsTheApologyWithdrawn() {
        plenary.receiveScenario("outlook-decline-icalendar.eml");
        JsonNode explained = understood("icalendar-accept-after-decline.eml");
        assertThat(onlyCommand(explained)).containsEntry("type", "apology-withdrawn")
                .containsEntry("member", "denise@ssr2.test").containsEntry("meetings", List.of("plenary-2017-07-04"));
        assertThat(reply(explained)).isEqualTo("confirmation");
    }

    @Test
    void withdrawingAnApologyThatWasNeverSentIsAnError() {
        JsonNode explained = plenary.explainScenario("withdraw-apology.eml");
        assertThat(onlyCommand(explained)).containsEntry("type", "apology-withdrawn").containsKey("error");
        assertThat(errors(explained)).first().asString().contains("had sent no apologies for plenary-2017-07-04");
        assertThat(reply(explained)).isEqualTo("error");
    }

    @Test
    void readsWithdrawApologyWithADate() {
        plenary.receiveScenario("apology-subject-dash.eml");
        JsonNode explained = understood("withdraw-apology.eml");
        assertThat(onlyCommand(explained)).containsEntry("type", "apology-withdrawn")
                .containsEntry("member", "noor@ssr2.test").containsEntry("meetings", List.of("plenary-2017-07-04"));
    }

    // Agenda

    @Test
    void readsAnAgendaRequestInTheBodyWithMinutesAndMeeting() {
        JsonNode explained = understood("agenda-request-body.eml");
        assertThat(onlyCommand(explained)).containsEntry("type", "agenda-request")
                .containsEntry("title", "DNS Abuse Study briefing").containsEntry("minutes", 30)
                .containsEntry("meeting", "plenary-2017-06-27");
    }

    @Test
    void readsAnAgendaRequestInTheSubjectWithDetailsFromTheBody() {
        JsonNode explained = understood("agenda-request-subject.eml");
        assertThat(onlyCommand(explained)).containsEntry("type", "agenda-request").containsEntry("title", "Tech tools demo")
                .containsEntry("minutes", 20).containsEntry("meeting", "plenary-2017-07-04");
    }

    @Test
    void findsTheMeetingOfASubjectsAgendaRequestWhenTheBodyGivesTheMinutesAfterIt() {
        // The minutes once stayed among the meeting's words, so the request went silently to the next plenary.
        JsonNode explained = plenary.explain("kaveh@ssr2.test", "Agenda request: DNS abuse",
                "For the plenary on 27 June please, 30 min.");
        assertThat(errors(explained)).isEmpty();
        assertThat(onlyCommand(explained)).containsEntry("title", "DNS abuse").containsEntry("minutes", 30)
                .containsEntry("meeting", "plenary-2017-06-27");
    }

    @Test
    void readsAChairAcceptingDecliningAndMovingRequests() {
        plenary.receiveScenario("agenda-request-body.eml");
        plenary.receiveScenario("agenda-request-subject.eml");
        plenary.receiveScenario("german-am-schrieb.eml");
        JsonNode explained = understood("agenda-accept-decline-move.eml");
        List<Map<String, Object>> decisions = commands(explained);
        assertThat(decisions).extracting(c -> c.get("type")).containsOnly("agenda-decision");
        assertThat(decisions.get(0)).containsEntry("request", "R1").containsEntry("decision", "accept")
                .containsEntry("meeting", "plenary-2017-06-27");
        assertThat(decisions.get(1)).containsEntry("request", "R2").containsEntry("decision", "decline")
                .containsEntry("reason", "out of scope");
        assertThat(decisions.get(2)).containsEntry("request", "R3").containsEntry("decision", "move")
                .containsEntry("meeting", "plenary-2017-07-11");
    }

    @Test
    void acceptsAndDeclinesSeveralRequestsInOneLine() {
        // "ACCEPT R1 and R2" once accepted R1 only and left R2 pending without a word.
        plenary.receive("kaveh@ssr2.test", "Requests", """
                AGENDA: DNS Abuse Study briefing (30 min) for the plenary on 27 June
                AGENDA: Threat landscape update (15 min) for the plenary on 27 June
                AGENDA: Tech tools demo (20 min) for the plenary on 4 July""");
        JsonNode explained = plenary.explain("amara@ssr2.test", "Requests", "ACCEPT R1 and R2\nDECLINE R3, R2: out of scope");
        assertThat(commands(explained)).extracting(c -> c.get("request") + " " + c.get("decision"))
                .containsExactly("R1 accept", "R2 accept", "R3 decline", "R2 decline");
        assertThat(commands(explained).get(2)).containsEntry("reason", "out of scope");
    }

    @Test
    void decisionsOnRequestsThatDoNotExistNameThePendingOnes() {
        plenary.receiveScenario("agenda-request-body.eml");
        JsonNode explained = plenary.explainScenario("agenda-accept-decline-move.eml");
        // R1 was accepted by the first line, so no request is pending when R2 and R3 are looked for.
        assertThat(errors(explained)).contains("there is no agenda request R2; pending requests: none",
                "there is no agenda request R3; pending requests: none");
        assertThat(explained.get("outcome").asText()).isEqualTo("partly-applied");
        assertThat(reply(explained)).isEqualTo("confirmation");
    }

    // Action items

    @Test
    void readsStaffCreatingAnActionForSomeoneElse() {
        JsonNode explained = understood("action-create-by-staff.eml");
        assertThat(onlyCommand(explained)).containsEntry("type", "action-create").containsEntry("owner", "jennifer@ssr2.test")
                .containsEntry("title", "circulate the draft terms of reference to the review team")
                .containsEntry("due", "2017-06-30");
    }

    @Test
    void readsAMemberCreatingAnActionForThemselves() {
        JsonNode explained = understood("action-create-member-for-self.eml");
        assertThat(onlyCommand(explained)).containsEntry("owner", "noor@ssr2.test").containsEntry("due", "2017-07-07");
    }

    @Test
    void readsAnOwnerMarkingAnActionDone() {
        JsonNode explained = understood("action-update-done.eml");
        assertThat(onlyCommand(explained)).containsEntry("type", "action-update").containsEntry("action", "A2")
                .containsEntry("status", "done");
    }

    @Test
    void readsAnUpdateInProgressWithItsNote() {
        JsonNode explained = understood("action-update-in-progress-note.eml");
        assertThat(onlyCommand(explained)).containsEntry("action", "A1").containsEntry("status", "in-progress")
                .containsEntry("note", "draft with RT for review, scheduled to publish 6/20");
    }

    @Test
    void readsDoneInTheBodyOfAnEmailWhoseSubjectIsTaggedWithTheAction() {
        JsonNode explained = understood("action-subject-tag-done.eml");
        assertThat(onlyCommand(explained)).containsEntry("action", "A2").containsEntry("status", "done");
    }

    @Test
    void aSubjectThatOnlyNamesAnActionIsATopicNotAFailedUpdate() {
        // Subject "A2", body "A2 owner Jennifer": the body's update applies and the subject earns no error.
        JsonNode explained = plenary.explain("larisa@ssr2.test", "A2", "A2 owner Jennifer");
        assertThat(errors(explained)).isEmpty();
        assertThat(onlyCommand(explained)).containsEntry("action", "A2").containsEntry("owner", "jennifer@ssr2.test");
    }

    // Meetings and notes

    @Test
    void readsAChairConfirmingAPlenary() {
        assertThat(onlyCommand(understood("meeting-confirm.eml"))).containsEntry("type", "meeting-confirm")
                .containsEntry("meeting", "plenary-2017-07-04");
    }

    @Test
    void readsACancellationWithItsReason() {
        assertThat(onlyCommand(understood("meeting-cancel-with-reason.eml"))).containsEntry("type", "meeting-cancel")
                .containsEntry("meeting", "coordination-2017-06-23").containsEntry("reason", "Johannesburg travel");
    }

    @Test
    void readsSchedulingAOneOffMeeting() {
        assertThat(onlyCommand(understood("meeting-schedule.eml"))).containsEntry("type", "meeting-schedule")
                .containsEntry("meeting", "briefing-2017-06-29").containsEntry("start", "2017-06-29T14:00:00Z");
    }

    @Test
    void readsMovingAPlenaryToAnotherDayAndTime() {
        assertThat(onlyCommand(understood("meeting-move.eml"))).containsEntry("type", "meeting-move")
                .containsEntry("meeting", "plenary-2017-07-11").containsEntry("start", "2017-07-12T14:00:00Z");
    }

    @Test
    void movingAMeetingToAnotherTimeOnlyKeepsItsDay() {
        // "TO 14:00" names no day; this once failed with a NullPointerException that cost the whole email.
        JsonNode explained = plenary.explain("amara@ssr2.test", "Plenary", "MOVE plenary 4 July TO 14:00");
        assertThat(errors(explained)).isEmpty();
        assertThat(onlyCommand(explained)).containsEntry("type", "meeting-move").containsEntry("meeting", "plenary-2017-07-04")
                .containsEntry("start", "2017-07-04T14:00:00Z");
    }

    @Test
    void readsNotesWithAttendanceDecisionsAndActions() {
        try (Explainer afterThePlenary = Explainer.ssr2At("2017-06-20T15:00:00Z")) {
            JsonNode explained = afterThePlenary.explainScenario("notes-with-decisions.eml");
            assertThat(errors(explained)).isEmpty();
            Map<String, Object> notes = onlyCommand(explained);
            assertThat(notes).containsEntry("type", "notes").containsEntry("meeting", "plenary-2017-06-20")
                    .containsEntry("attended", List.of("Amara", "Lars", "Noor", "Kaveh"))
                    .containsEntry("decisions", List.of("The sub-team reports go to the list a week before each plenary."));
            assertThat((List<?>) notes.get("actions")).singleElement().asInstanceOf(
                    org.assertj.core.api.InstanceOfAssertFactories.MAP)
                    .containsEntry("owner", "kaveh@ssr2.test").containsEntry("due", "2017-06-30");
        }
    }

    @Test
    void readsHelpFromAnObserver() {
        JsonNode explained = understood("help.eml");
        assertThat(types(explained)).containsExactly("help");
        assertThat(reply(explained)).isEqualTo("help");
    }

    @Test
    void readsStatus() {
        JsonNode explained = understood("status.eml");
        assertThat(types(explained)).containsExactly("status");
        assertThat(reply(explained)).isEqualTo("status");
    }

    @Test
    void readsSeveralCommandsOnePerLine() {
        JsonNode explained = understood("several-commands.eml");
        assertThat(types(explained)).containsExactly("apology", "action-update", "action-update", "agenda-request");
        assertThat(commands(explained).get(2)).containsEntry("action", "A4").containsEntry("status", "done");
        assertThat(commands(explained).get(3)).containsEntry("meeting", "plenary-2017-07-04").containsEntry("minutes", 15);
    }

    // Quoting styles: only the new text counts

    @Test
    void readsAGmailReplyAboveTheQuote() {
        JsonNode explained = understood("gmail-reply-above-quote.eml");
        assertThat(onlyCommand(explained)).containsEntry("type", "apology")
                .containsEntry("meetings", List.of("plenary-2017-07-04")).containsEntry("reason", "family matter");
    }

    @Test
    void readsAnOutlookReplyAboveTheOriginalMessage() {
        JsonNode explained = understood("outlook-reply-original-message.eml");
        assertThat(onlyCommand(explained)).containsEntry("action", "A1").containsEntry("status", "done");
        assertThat(explained.get("visibleText").asText()).doesNotContain("A3 cancelled");
    }

    @Test
    void readsAnHtmlOnlyOutlookReplyWithoutItsQuotedMessage() {
        JsonNode explained = understood("outlook-html-divrplyfwdmsg.eml");
        assertThat(onlyCommand(explained)).containsEntry("action", "A3").containsEntry("status", "in-progress")
                .containsEntry("note", "waiting for the comms team");
    }

    @Test
    void readsAnAppleMailReply() {
        JsonNode explained = understood("apple-mail-reply.eml");
        assertThat(onlyCommand(explained)).containsEntry("type", "apology").containsEntry("member", "kaveh@ssr2.test")
                .containsEntry("meetings", List.of("plenary-2017-06-27"));
    }

    @Test
    void readsAThunderbirdHtmlReplyWithoutTheMozCiteBlock() {
        JsonNode explained = understood("thunderbird-moz-cite.eml");
        assertThat(onlyCommand(explained)).containsEntry("type", "action-create").containsEntry("owner", "zoe@ssr2.test")
                .containsEntry("title", "draft the outreach slides").containsEntry("due", "2017-07-05");
    }

    @Test
    void readsAReplyAboveAFrenchAttribution() {
        JsonNode explained = understood("french-le-a-ecrit.eml");
        assertThat(onlyCommand(explained)).containsEntry("type", "apology")
                .containsEntry("meetings", List.of("plenary-2017-07-11")).containsEntry("reason", "congés");
    }

    @Test
    void readsAReplyAboveAGermanAttribution() {
        JsonNode explained = understood("german-am-schrieb.eml");
        assertThat(onlyCommand(explained)).containsEntry("type", "agenda-request")
                .containsEntry("title", "Threat landscape update").containsEntry("meeting", "plenary-2017-07-11");
    }

    @Test
    void readsAnIphoneMailWithoutItsSignatureOrQuote() {
        JsonNode explained = understood("iphone-signature.eml");
        assertThat(onlyCommand(explained)).containsEntry("type", "apology")
                .containsEntry("meetings", List.of("plenary-2017-06-27"));
        assertThat(explained.get("visibleText").asText()).doesNotContain("iPhone");
    }

    @Test
    void readsOnlyTheNewTextAboveAQuotedDigestFullOfKeywords() {
        JsonNode explained = understood("quoted-digest-with-keywords.eml");
        assertThat(onlyCommand(explained)).containsEntry("type", "meeting-confirm")
                .containsEntry("meeting", "plenary-2017-06-27");
        assertThat(explained.get("visibleText").asText()).doesNotContain("CANCEL", "A1 done", "HELP");
    }
}
