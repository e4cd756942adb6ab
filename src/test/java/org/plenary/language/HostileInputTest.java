package org.plenary.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.plenary.group.DateOrder;

/**
 * Huge and repetitive input is read in linear time: no pattern backtracks over a 100,000-character text. Each case
 * takes well under a second; the generous limits only keep a busy build machine from failing them.
 */
class HostileInputTest {

    static final CommandParser PARSER = new CommandParser();

    static ParseResult parse(String subject, String body) {
        return PARSER.parse(new Utterance(subject, body, LocalDate.of(2017, 6, 15), ZoneId.of("UTC"), DateOrder.DMY, true));
    }

    @Test
    void readsHundredThousandCharacterBodiesQuickly() {
        for (String unit : new String[] {"a", " ", "4", "4/", ", ", "Apologies for the plenary, ", "A7, ", "1.", "notes plenary\n",
                "ACTION: a by 4 July by ", "(", "for the call for ", "13:00 ", "Tue 4 Jul ", "CANCEL plenary 4 July: x\n",
                "DECISION: x\nATTENDED: a, b\n", "Apologies" + " ".repeat(50), "A7 due ", "\n"}) {
            String body = unit.repeat(100_000 / unit.length());
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parse(body, body), unit);
        }
    }

    @Test
    void readsSubjectsOfEndlessPrefixesQuickly() {
        for (String unit : new String[] {"Re: ", "[a]", "[SSR2 A7] ", "Fwd:"}) {
            String subject = unit.repeat(100_000 / unit.length());
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parse(subject, "done"), unit);
        }
    }

    @Test
    void readsALongCommandLineOfProseQuickly() {
        String line = "Apologies for " + "the plenary, ".repeat(70);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parse("", (line + "\n").repeat(100)));
    }

    @Test
    void readsHugeCalendarTextQuickly() {
        CalendarReplyReader reader = new CalendarReplyReader("ssr2.test", "ssr2");
        String junk = "BEGIN:VCALENDAR\nMETHOD:REPLY\nBEGIN:VEVENT\n" + "ATTENDEE;PARTSTAT=DECLINED:x\n".repeat(4000);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThat(reader.readAll(junk)).isEmpty());
    }
}
