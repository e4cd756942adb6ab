package org.plenary.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.group.DateOrder;
import org.plenary.trials.Draw;
import org.plenary.trials.Trials;

/** What holds for any text: prose never becomes a command, and a command reads the same among prose. */
class CommandParserProperties {

    static final CommandParser PARSER = new CommandParser();
    static final LocalDate TODAY = LocalDate.of(2017, 6, 15);
    private static final int TRIES = 1000;

    /** Words that sound like the email language without being a command where they stand. */
    static final List<String> WORDS = List.of(
            "the", "agenda", "action", "actions", "done", "status", "help", "meeting", "plenary", "call", "Friday", "July",
            "4", "30", "regret", "sorry", "apology", "apologies", "notes", "decision", "confirmed", "cancelled", "schedule",
            "move", "accept", "decline", "R3", "A7", "due", "owner", "tomorrow", "today", "was", "on", "for", "well",
            "discuss", "I", "can't", "make", "it", "after", "all", "withdraw", "blocked", "in", "progress", "min", "13:00",
            "UTC", "next", "week", "co-chair", "briefing", "by", "to", ",", "–", ";", "(travel)", "2017-07-04", "4/7",
            "31", "Feb", "13/13", "Febtober", "for", "the", "plenary");
    static final List<String> STARTERS = List.of(
            "The", "We", "Perhaps", "I think", "Our", "Thanks,", "Agenda", "Actions", "Helpful", "Apologetic", "Confirmation",
            "Statuses", "Moving", "Cancellation", "Scheduled", "Regarding", "Noting", "Acceptance", "As");
    static final List<String> COMMAND_LINES = List.of(
            "Apologies for the plenary call on Tuesday 4 July", "Regrets for today's call", "I won't be able to join tomorrow",
            "Sorry, I'll miss the next plenary", "Apologies for all calls until 20 July (travel)",
            "Apologies from Noor for Friday's call", "I can make it after all", "WITHDRAW APOLOGY 4 July",
            "AGENDA: DNS Abuse Study briefing (30 min) for the plenary on 27 June", "ACCEPT R3", "DECLINE R3 out of scope",
            "MOVE R3 TO 11 July", "ACTION: Larisa to send language to RT for drafting Scope of Work by 30 June", "A7 done",
            "A7: in progress – draft with RT for review, scheduled to publish 6/20", "A7 due 30 June", "A7 owner Jennifer",
            "A7 blocked waiting for Board", "A7 cancelled", "A7 reopen", "CONFIRM plenary 4 July",
            "CANCEL Friday 23 June call: Johannesburg travel", "SCHEDULE plenary 11 July 13:00 UTC 90 min",
            "MOVE plenary 11 July TO 12 July 14:00", "HELP", "STATUS");

    static ParseResult parse(String body) {
        return PARSER.parse(new Utterance("", body, TODAY, ZoneId.of("UTC"), DateOrder.DMY, false));
    }

    @Test
    void proseInASubjectOrAThreadYieldsNoCommandAndNeverThrows() {
        Trials.check(1, TRIES, draw -> {
            ParseResult result = PARSER.parse(new Utterance(prose(draw).replace("\n", " "), prose(draw), TODAY,
                    ZoneId.of("UTC"), DateOrder.DMY, true));
            assertThat(result.commands()).isEmpty();
        });
    }

    @Test
    void arbitraryTextYieldsNoCommand() {
        Trials.check(2, TRIES, draw -> assertThat(parse(draw.anyString(255)).commands()).isEmpty());
    }

    @Test
    void sentencesOfNearKeywordsYieldNoCommand() {
        Trials.check(3, TRIES, draw -> assertThat(parse(prose(draw)).commands()).isEmpty());
    }

    @Test
    void aCommandReadsTheSameAmongProse() {
        Trials.check(4, TRIES, draw -> {
            String command = draw.oneOf(COMMAND_LINES);
            List<Command> alone = parse(command).commands();
            assertThat(alone).isNotEmpty();
            assertThat(parse(prose(draw) + "\n" + command + "\n" + prose(draw)).commands()).isEqualTo(alone);
        });
    }

    @Test
    void aCommandReadsTheSameAmongArbitraryLines() {
        Trials.check(5, TRIES, draw -> {
            String command = draw.oneOf(COMMAND_LINES);
            String text = draw.anyString(80) + "\n" + command + "\n" + draw.anyString(80);
            assertThat(parse(text).commands()).isEqualTo(parse(command).commands());
        });
    }

    /** Up to four sentences, each a starter and up to fourteen near-keywords. */
    static String prose(Draw draw) {
        return String.join("\n", draw.list(0, 4, () ->
                (draw.oneOf(STARTERS) + " " + String.join(" ", draw.list(0, 14, () -> draw.oneOf(WORDS)))).strip()));
    }
}
