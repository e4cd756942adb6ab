package org.plenary.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.plenary.group.ActionStatus;
import org.plenary.group.DateOrder;
import org.plenary.language.Command.ActionCreate;
import org.plenary.language.Command.ActionUpdate;
import org.plenary.language.Command.AgendaDecision;
import org.plenary.language.Command.AgendaRequest;
import org.plenary.language.Command.Apology;
import org.plenary.language.Command.ApologyWithdrawn;
import org.plenary.language.Command.Decision;

/** Every example of PRODUCT.md section 4, verbatim, and their natural variants. Today is Thursday 15 June 2017. */
class CommandParserTest {

    static final LocalDate TODAY = LocalDate.of(2017, 6, 15);
    static final ZoneId UTC = ZoneId.of("UTC");
    static final CommandParser PARSER = new CommandParser();

    static ParseResult parse(String subject, String body) {
        return PARSER.parse(new Utterance(subject, body, TODAY, UTC, DateOrder.DMY, false));
    }

    static ParseResult reply(String subject, String body) {
        return PARSER.parse(new Utterance(subject, body, TODAY, UTC, DateOrder.DMY, true));
    }

    static List<Command> commands(String body) {
        ParseResult result = parse("", body);
        assertThat(result.errors()).isEmpty();
        return result.commands();
    }

    static Command only(String body) {
        List<Command> commands = commands(body);
        assertThat(commands).hasSize(1);
        return commands.get(0);
    }

    static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2017, month, dayOfMonth);
    }

    static MeetingRef on(int month, int dayOfMonth, String kind) {
        return MeetingRef.on(day(month, dayOfMonth), kind);
    }

    @Nested
    class Apologies {
        @Test
        void readsAnApologyInTheSubject() {
            for (String dash : List.of("–", "—", "-", ":")) {
                ParseResult result = parse("Apologies " + dash + " plenary 4 July", "");
                assertThat(result.commands()).as(dash).containsExactly(new Apology(null, on(7, 4, "plenary"), null));
            }
        }

        @Test
        void readsTheProductExamples() {
            assertThat(only("Apologies for the plenary call on Tuesday 4 July"))
                    .isEqualTo(new Apology(null, on(7, 4, "plenary"), null));
            assertThat(only("Regrets for today's call")).isEqualTo(new Apology(null, on(6, 15, null), null));
            assertThat(only("I won't be able to join tomorrow")).isEqualTo(new Apology(null, on(6, 16, null), null));
            assertThat(only("Sorry, I'll miss the next plenary")).isEqualTo(new Apology(null, new MeetingRef(null, null, null, "plenary", false), null));
            assertThat(only("Apologies for all calls until 20 July (travel)"))
                    .isEqualTo(new Apology(null, new MeetingRef(null, TODAY, day(7, 20), null, true), "travel"));
            assertThat(only("Apologies from Noor for Friday's call")).isEqualTo(new Apology("Noor", on(6, 16, null), null));
        }

        @Test
        void readsNaturalVariants() {
            assertThat(only("I can't make Friday's call")).isEqualTo(new Apology(null, on(6, 16, null), null));
            assertThat(only("I can’t make Friday’s call")).isEqualTo(new Apology(null, on(6, 16, null), null));
            assertThat(only("apologies for the co-chair call on Friday 23 June"))
                    .isEqualTo(new Apology(null, on(6, 23, "coordination"), null));
            assertThat(only("Regrets for next week's plenary"))
                    .isEqualTo(new Apology(null, new MeetingRef(null, day(6, 19), day(6, 25), "plenary", false), null));
            assertThat(only("Entschuldigung: plenary 4 July")).isEqualTo(new Apology(null, on(7, 4, "plenary"), null));
            assertThat(only("Excusas – plenary 4 July")).isEqualTo(new Apology(null, on(7, 4, "plenary"), null));
            assertThat(only("Apologies, I won't be able to join tomorrow")).isEqualTo(new Apology(null, on(6, 16, null), null));
            assertThat(only("Can't make it today, sorry")).isEqualTo(new Apology(null, on(6, 15, null), null));
            assertThat(only("Unable to attend Friday's call – travelling")).isEqualTo(new Apology(null, on(6, 16, null), "travelling"));
            assertThat(only("I'm afraid I can't make Friday's call")).isEqualTo(new Apology(null, on(6, 16, null), null));
            assertThat(only("Unfortunately I won't be able to join tomorrow")).isEqualTo(new Apology(null, on(6, 16, null), null));
        }

        @Test
        void takesTheReasonAfterACommaADashAColonOrInParentheses() {
            Apology expected = new Apology(null, on(7, 4, "plenary"), "travelling");
            assertThat(only("Apologies for the plenary on 4 July, travelling")).isEqualTo(expected);
            assertThat(only("Apologies for the plenary on 4 July – travelling")).isEqualTo(expected);
            assertThat(only("Apologies for the plenary on 4 July: travelling")).isEqualTo(expected);
            assertThat(only("Apologies for the plenary on 4 July (travelling)")).isEqualTo(expected);
            assertThat(only("Apologies for the plenary on 4 July due to travelling")).isEqualTo(expected);
            assertThat(only("Apologies for the plenary on Tuesday, 4 July 2017: travelling")).isEqualTo(expected);
        }

        @Test
        void readsABareApologyInAReplyToPlenary() {
            for (String word : List.of("apologies", "Regrets", "Apologies.", "Decline", "I can't make it")) {
                assertThat(reply("Re: [SSR2] Agenda – plenary 4 July", word).commands()).as(word)
                        .containsExactly(new Apology(null, MeetingRef.unspecified(), null));
            }
            assertThat(reply("Re: [SSR2] Agenda", "Apologies, travelling").commands())
                    .containsExactly(new Apology(null, MeetingRef.unspecified(), "travelling"));
        }

        @Test
        void readsSeveralMembersAndReasonsAfterTheMeeting() {
            assertThat(commands("Apologies from Noor and Kaveh for Friday's call")).containsExactly(
                    new Apology("Noor", on(6, 16, null), null), new Apology("Kaveh", on(6, 16, null), null));
            assertThat(only("I won't be able to make it to the plenary on 4 July due to a conflict"))
                    .isEqualTo(new Apology(null, on(7, 4, "plenary"), "a conflict"));
        }

        @Test
        void ignoresABareApologyOutsideAThread() {
            assertThat(parse("Re: minutes", "Apologies").commands()).isEmpty();
        }

        @Test
        void doesNotReadTheSubjectOfAReply() {
            assertThat(parse("Re: Apologies – plenary 4 July", "Safe travels!").commands()).isEmpty();
        }

        @Test
        void prefersTheBodysApologyToTheSubjects() {
            assertThat(parse("Apologies – plenary 4 July", "Apologies for the plenary on 4 July, travelling").commands())
                    .containsExactly(new Apology(null, on(7, 4, "plenary"), "travelling"));
        }
    }

    @Nested
    class Withdrawals {
        @Test
        void readsTheProductExamples() {
            assertThat(only("I can make it after all")).isEqualTo(new ApologyWithdrawn(null, MeetingRef.unspecified()));
            assertThat(only("WITHDRAW APOLOGY 4 July")).isEqualTo(new ApologyWithdrawn(null, on(7, 4, null)));
            assertThat(only("withdraw my apologies for Tuesday")).isEqualTo(new ApologyWithdrawn(null, on(6, 20, null)));
            assertThat(only("WITHDRAW APOLOGY from Noor for 4 July")).isEqualTo(new ApologyWithdrawn("Noor", on(7, 4, null)));
            assertThat(only("I can make the plenary on 4 July after all"))
                    .isEqualTo(new ApologyWithdrawn(null, on(7, 4, "plenary")));
        }
    }

    @Nested
    class AgendaRequests {
        @Test
        void readsTheProductExample() {
            assertThat(only("AGENDA: DNS Abuse Study briefing (30 min) for the plenary on 27 June"))
                    .isEqualTo(new AgendaRequest("DNS Abuse Study briefing", 30, on(6, 27, "plenary")));
        }

        @Test
        void takesTheTitleFromTheSubjectAndTheDetailsFromTheBody() {
            assertThat(parse("Agenda request: Tech tools demo", "").commands())
                    .containsExactly(new AgendaRequest("Tech tools demo", null, MeetingRef.unspecified()));
            assertThat(parse("Agenda request: Tech tools demo", "Could we have (15 min)\nfor the plenary on 4 July?").commands())
                    .containsExactly(new AgendaRequest("Tech tools demo", 15, on(7, 4, "plenary")));
        }

        @Test
        void readsEveryWayOfWritingADuration() {
            for (var entry : List.of(List.of("30 min", 30), List.of("30 mins", 30), List.of("30 minutes", 30),
                    List.of("1h", 60), List.of("1 hour", 60), List.of("90m", 90), List.of("1.5 hours", 90))) {
                assertThat(only("AGENDA: Demo (" + entry.get(0) + ")")).as(entry.get(0).toString())
                        .isEqualTo(new AgendaRequest("Demo", (Integer) entry.get(1), MeetingRef.unspecified()));
            }
        }

        @Test
        void readsDurationAndMeetingAfterCommas() {
            assertThat(only("Agenda item: Tech tools demo, 1 hour, for next week's plenary")).isEqualTo(new AgendaRequest(
                    "Tech tools demo", 60, new MeetingRef(null, day(6, 19), day(6, 25), "plenary", false)));
        }

        @Test
        void refusesARequestWithoutATitle() {
            assertThat(parse("", "AGENDA: (30 min)").errors()).singleElement().asString().contains("needs a title");
        }
    }

    @Nested
    class AgendaDecisions {
        @Test
        void readsTheProductExamples() {
            assertThat(only("ACCEPT R3")).isEqualTo(new AgendaDecision("R3", Decision.ACCEPT, null, null));
            assertThat(only("DECLINE R3 out of scope")).isEqualTo(new AgendaDecision("R3", Decision.DECLINE, "out of scope", null));
            assertThat(only("MOVE R3 TO 11 July")).isEqualTo(new AgendaDecision("R3", Decision.MOVE, null, on(7, 11, null)));
            assertThat(only("accept r3")).isEqualTo(new AgendaDecision("R3", Decision.ACCEPT, null, null));
            assertThat(only("R3 accepted")).isEqualTo(new AgendaDecision("R3", Decision.ACCEPT, null, null));
            assertThat(only("R3 declined: out of scope")).isEqualTo(new AgendaDecision("R3", Decision.DECLINE, "out of scope", null));
        }
    }

    @Nested
    class NewActions {
        @Test
        void readsTheProductExample() {
            assertThat(only("ACTION: Larisa to send language to RT for drafting Scope of Work by 30 June"))
                    .isEqualTo(new ActionCreate("Larisa", "send language to RT for drafting Scope of Work", day(6, 30)));
        }

        @Test
        void readsOwnersAsWritten() {
            assertThat(only("ACTION: I will draft the report")).isEqualTo(new ActionCreate("me", "draft the report", null));
            assertThat(only("ACTION: me to draft the report")).isEqualTo(new ActionCreate("me", "draft the report", null));
            assertThat(only("ACTION: Jennifer Osei – draft the report, due 2017-07-10"))
                    .isEqualTo(new ActionCreate("Jennifer Osei", "draft the report", day(7, 10)));
            assertThat(only("ACTION: draft the report")).isEqualTo(new ActionCreate(null, "draft the report", null));
            assertThat(only("ACTION: Jennifer to circulate the report by Friday"))
                    .isEqualTo(new ActionCreate("Jennifer", "circulate the report", day(6, 16)));
        }

        @Test
        void refusesAnActionWithoutATitle() {
            assertThat(parse("", "ACTION:").errors()).singleElement().asString().contains("needs a title");
        }
    }

    @Nested
    class ActionUpdates {
        @Test
        void readsTheProductExamples() {
            assertThat(only("A7 done")).isEqualTo(new ActionUpdate("A7", ActionStatus.DONE, null, null, null));
            assertThat(only("A7: in progress – draft with RT for review, scheduled to publish 6/20")).isEqualTo(new ActionUpdate(
                    "A7", ActionStatus.IN_PROGRESS, null, null, "draft with RT for review, scheduled to publish 6/20"));
            assertThat(only("A7 due 30 June")).isEqualTo(new ActionUpdate("A7", null, day(6, 30), null, null));
            assertThat(only("A7 owner Jennifer")).isEqualTo(new ActionUpdate("A7", null, null, "Jennifer", null));
            assertThat(only("A7 blocked waiting for Board"))
                    .isEqualTo(new ActionUpdate("A7", ActionStatus.BLOCKED, null, null, "waiting for Board"));
            assertThat(only("A7 cancelled")).isEqualTo(new ActionUpdate("A7", ActionStatus.CANCELLED, null, null, null));
            assertThat(only("A7 reopen")).isEqualTo(new ActionUpdate("A7", ActionStatus.OPEN, null, null, null));
        }

        @Test
        void readsADoneInTheBodyOfATaggedSubject() {
            assertThat(parse("Re: [SSR2 A7] Send language to RT", "done").commands())
                    .containsExactly(new ActionUpdate("A7", ActionStatus.DONE, null, null, null));
        }

        @Test
        void readsEveryStatusWord() {
            for (String word : List.of("completed", "finished", "closed", "complete", "done", "DONE")) {
                assertThat(only("A7 " + word)).as(word).isEqualTo(new ActionUpdate("A7", ActionStatus.DONE, null, null, null));
            }
            for (String word : List.of("started", "ongoing", "wip", "in progress")) {
                assertThat(only("A7 " + word)).as(word).isEqualTo(new ActionUpdate("A7", ActionStatus.IN_PROGRESS, null, null, null));
            }
            for (String word : List.of("on hold", "stuck", "waiting")) {
                assertThat(only("A7 " + word)).as(word).isEqualTo(new ActionUpdate("A7", ActionStatus.BLOCKED, null, null, null));
            }
            for (String word : List.of("canceled", "dropped", "withdrawn")) {
                assertThat(only("A7 " + word)).as(word).isEqualTo(new ActionUpdate("A7", ActionStatus.CANCELLED, null, null, null));
            }
            assertThat(only("a7 reopened")).isEqualTo(new ActionUpdate("A7", ActionStatus.OPEN, null, null, null));
        }

        @Test
        void readsNotesAndSeveralIds() {
            assertThat(only("A7 note: sent to RT")).isEqualTo(new ActionUpdate("A7", null, null, null, "sent to RT"));
            assertThat(only("A7: sent to RT on Monday")).isEqualTo(new ActionUpdate("A7", null, null, null, "sent to RT on Monday"));
            assertThat(commands("DONE A7")).containsExactly(new ActionUpdate("A7", ActionStatus.DONE, null, null, null));
            assertThat(commands("A7, A8 done")).containsExactly(
                    new ActionUpdate("A7", ActionStatus.DONE, null, null, null),
                    new ActionUpdate("A8", ActionStatus.DONE, null, null, null));
        }

        @Test
        void readsLooserWording() {
            assertThat(only("A7 is done")).isEqualTo(new ActionUpdate("A7", ActionStatus.DONE, null, null, null));
            assertThat(only("A7 done - sent to RT yesterday"))
                    .isEqualTo(new ActionUpdate("A7", ActionStatus.DONE, null, null, "sent to RT yesterday"));
            assertThat(only("A7 reassign to Larisa")).isEqualTo(new ActionUpdate("A7", null, null, "Larisa", null));
        }

        @Test
        void refusesAnIdWithoutAChangeOrADueDateThatIsNoDate() {
            assertThat(parse("", "A7").errors()).singleElement().asString().contains("say what changed");
            assertThat(parse("", "A7 due Febtober").errors()).singleElement().asString().contains("could not read the due date");
        }

        @Test
        void refusesAnUnknownStatusWordAndSaysWhichWork() {
            assertThat(parse("", "A7 frobnicate").errors()).singleElement().asString()
                    .startsWith("\"A7 frobnicate\": the status words are done, in progress, blocked, cancelled, reopen")
                    .contains("\"A3 done\"");
        }
    }

    @Nested
    class Meetings {
        @Test
        void readsTheProductExamples() {
            assertThat(only("CONFIRM plenary 4 July")).isEqualTo(new Command.MeetingConfirm(on(7, 4, "plenary")));
            assertThat(only("CANCEL Friday 23 June call: Johannesburg travel"))
                    .isEqualTo(new Command.MeetingCancel(on(6, 23, null), "Johannesburg travel"));
            assertThat(only("SCHEDULE plenary 11 July 13:00 UTC 90 min")).isEqualTo(new Command.MeetingSchedule(
                    "plenary", day(7, 11), LocalTime.of(13, 0), ZoneOffset.UTC, 90, null));
            assertThat(only("MOVE plenary 11 July TO 12 July 14:00"))
                    .isEqualTo(new Command.MeetingMove(on(7, 11, "plenary"), day(7, 12), LocalTime.of(14, 0), null));
        }

        @Test
        void readsVariants() {
            assertThat(only("CANCEL plenary 4 July due to the holiday"))
                    .isEqualTo(new Command.MeetingCancel(on(7, 4, "plenary"), "the holiday"));
            assertThat(only("RESCHEDULE plenary 11 July TO 12 July"))
                    .isEqualTo(new Command.MeetingMove(on(7, 11, "plenary"), day(7, 12), null, null));
            assertThat(only("SCHEDULE briefing 26 June 15:00 Africa/Johannesburg 1h titled Registry framework"))
                    .isEqualTo(new Command.MeetingSchedule("briefing", day(6, 26), LocalTime.of(15, 0),
                            ZoneId.of("Africa/Johannesburg"), 60, "Registry framework"));
            assertThat(only("confirm the co-chairs/staff call on Friday"))
                    .isEqualTo(new Command.MeetingConfirm(on(6, 16, "coordination")));
            assertThat(only("SCHEDULE outreach 20 July from 15h00 to 16:30 \"ICANN60 readout\"")).isEqualTo(
                    new Command.MeetingSchedule("outreach", day(7, 20), LocalTime.of(15, 0), null, 90, "ICANN60 readout"));
            assertThat(only("CONFIRM plenary-2017-07-04")).isEqualTo(new Command.MeetingConfirm(MeetingRef.byId("plenary-2017-07-04")));
        }

        @Test
        void readsEveryKindSynonymAndNoKindForAGenericCall() {
            for (String kind : List.of("plenary", "plenary call", "Plenary Meeting")) {
                assertThat(only("CONFIRM " + kind + " 4 July")).as(kind).isEqualTo(new Command.MeetingConfirm(on(7, 4, "plenary")));
            }
            for (String kind : List.of("co-chair call", "Co-Chair/Staff call", "co-chairs/staff call", "coordination call",
                    "leadership call", "cochairs call")) {
                assertThat(only("CONFIRM " + kind + " 23 June")).as(kind)
                        .isEqualTo(new Command.MeetingConfirm(on(6, 23, "coordination")));
            }
            assertThat(only("CONFIRM briefing 25 June")).isEqualTo(new Command.MeetingConfirm(on(6, 25, "briefing")));
            assertThat(only("CONFIRM outreach 25 June")).isEqualTo(new Command.MeetingConfirm(on(6, 25, "outreach")));
            assertThat(only("CONFIRM call 23 June")).isEqualTo(new Command.MeetingConfirm(on(6, 23, null)));
            assertThat(only("CONFIRM the meeting on 23 June")).isEqualTo(new Command.MeetingConfirm(on(6, 23, null)));
        }

        @Test
        void readsNumericDatesInTheGroupsOrder() {
            Utterance monthFirst = new Utterance("", "CONFIRM plenary 7/4", TODAY, UTC, DateOrder.MDY, false);
            assertThat(PARSER.parse(monthFirst).commands()).containsExactly(new Command.MeetingConfirm(on(7, 4, "plenary")));
            assertThat(only("CONFIRM plenary 4/7")).isEqualTo(new Command.MeetingConfirm(on(7, 4, "plenary")));
        }

        @Test
        void refusesADateThatIsNoDate() {
            assertThat(parse("", "CONFIRM plenary 31 Febtober").errors()).singleElement().asString()
                    .contains("could not read \"31 Febtober\"").contains("CONFIRM plenary 12 March");
            assertThat(parse("", "CONFIRM plenary 31 Feb").errors()).singleElement().asString().contains("31 Feb");
        }
    }

    @Nested
    class Notes {
        @Test
        void readsNotesAfterANotesLine() {
            ParseResult result = parse("Notes", """
                    NOTES plenary 4 July
                    DECISION: publish the draft
                    ACTION: Larisa to send language to RT by 30 June
                    ATTENDED: Amara, Lars and Noor
                    """);
            assertThat(result.errors()).isEmpty();
            assertThat(result.commands()).containsExactly(new Command.Notes(on(7, 4, "plenary"), List.of("publish the draft"),
                    List.of(new ActionCreate("Larisa", "send language to RT", day(6, 30))), List.of("Amara", "Lars", "Noor"),
                    "DECISION: publish the draft\nACTION: Larisa to send language to RT by 30 June\nATTENDED: Amara, Lars and Noor"));
        }

        @Test
        void readsAReplyToTheAgendaAsNotesOfItsMeeting() {
            ParseResult result = reply("Re: [SSR2] Agenda – plenary 4 July", "DECISION: publish\nACTION: draft the report");
            assertThat(result.commands()).containsExactly(new Command.Notes(MeetingRef.unspecified(), List.of("publish"),
                    List.of(new ActionCreate(null, "draft the report", null)), List.of(), "DECISION: publish\nACTION: draft the report"));
        }
    }

    @Nested
    class HelpAndStatus {
        @Test
        void readsHelpAndStatus() {
            for (String word : List.of("HELP", "help?", "Help please")) {
                assertThat(only(word)).as(word).isEqualTo(new Command.Help());
            }
            for (String word : List.of("STATUS", "status please", "Status?")) {
                assertThat(only(word)).as(word).isEqualTo(new Command.Status());
            }
            assertThat(parse("HELP", "").commands()).containsExactly(new Command.Help());
        }
    }

    @Nested
    class Prose {
        @Test
        void ignoresOrdinaryProseAboutMeetings() {
            String prose = """
                    I thought the action on DNS was done well
                    We should discuss the agenda
                    Sorry for the late reply
                    Apologies for the late reply
                    Confirm if there should be a plenary call scheduled on Tuesday 4 July?
                    The status of the review is good.
                    Move on to the next point
                    I can't make sense of the draft
                    Action items are in the wiki
                    Apologies for the delay in sending the notes of the call
                    Help me understand the draft
                    Status: the draft is ready
                    Notes from the call are in the wiki
                    I will miss the next two plenaries
                    """;
            ParseResult result = parse("Re: [SSR2] plenary", prose);
            assertThat(result.commands()).isEmpty();
            assertThat(result.errors()).isEmpty();
        }

        @Test
        void readsSeveralCommandsOneALine() {
            assertThat(commands("Hi all,\nA7 done\nApologies for the plenary on 4 July\nThanks"))
                    .containsExactly(new ActionUpdate("A7", ActionStatus.DONE, null, null, null),
                            new Apology(null, on(7, 4, "plenary"), null));
        }
    }
}
