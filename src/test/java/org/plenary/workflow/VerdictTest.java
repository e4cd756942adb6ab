package org.plenary.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The verdict as one table: from what an email held (commands, unreadable lines), what was applied (changes made,
 * commands refused, HELP, STATUS) and whether it came through the list, to its outcome, its reply and the reason
 * the ledger gives.
 */
class VerdictTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                  | commands | errors | changed | refused | help  | status | viaList | outcome        | reply        | reason
            no command, direct                      | false    | false  | false   | false   | false | false  | false   | IGNORED        | ERROR        | no command
            no command, through the list            | false    | false  | false   | false   | false | false  | true    | IGNORED        | NONE         | list discussion without a command
            all applied                             | true     | false  | true    | false   | false | false  | false   | APPLIED        | CONFIRMATION | -
            all applied, through the list           | true     | false  | true    | false   | false | false  | true    | APPLIED        | CONFIRMATION | -
            applied, nothing to change              | true     | false  | false   | false   | false | false  | false   | APPLIED        | NONE         | -
            partly: one command refused             | true     | false  | true    | true    | false | false  | false   | PARTLY_APPLIED | CONFIRMATION | -
            partly: one line unreadable             | true     | true   | true    | false   | false | false  | false   | PARTLY_APPLIED | CONFIRMATION | -
            partly, through the list                | true     | false  | true    | true    | false | false  | true    | PARTLY_APPLIED | CONFIRMATION | -
            none applied                            | true     | false  | false   | true    | false | false  | false   | REJECTED       | ERROR        | no command could be applied
            none applied, through the list          | true     | false  | false   | true    | false | false  | true    | REJECTED       | ERROR        | no command could be applied
            none applied, lines unreadable too      | true     | true   | false   | true    | false | false  | false   | REJECTED       | ERROR        | no command could be applied
            errors only, direct                     | false    | true   | false   | false   | false | false  | false   | REJECTED       | ERROR        | no command could be applied
            errors only, through the list           | false    | true   | false   | false   | false | false  | true    | REJECTED       | NONE         | no command could be applied
            help                                    | true     | false  | false   | false   | true  | false  | false   | APPLIED        | HELP         | -
            status                                  | true     | false  | false   | false   | false | true   | false   | APPLIED        | STATUS       | -
            help and status                         | true     | false  | false   | false   | true  | true   | false   | APPLIED        | HELP         | -
            help beside a refused command           | true     | false  | false   | true    | true  | false  | false   | REJECTED       | HELP         | no command could be applied
            status beside an unreadable line        | true     | true   | false   | false   | false | true   | false   | REJECTED       | STATUS       | no command could be applied
            help beside a change                    | true     | false  | true    | false   | true  | false  | false   | APPLIED        | CONFIRMATION | -
            """)
    void decidesTheOutcomeAndTheReplyFromWhatWasUnderstoodAndApplied(String example, boolean commands, boolean errors,
                                                                     boolean changed, boolean refused, boolean help,
                                                                     boolean status, boolean viaList, Outcome outcome,
                                                                     ReplyKind reply, String reason) {
        Verdict verdict = Verdict.of(new Verdict.Facts(commands, errors, changed, refused, help, status, viaList));

        assertThat(verdict).isEqualTo(new Verdict(outcome, reply, reason));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case, in reply to a confirmation      | commands | errors | changed | refused | outcome        | reply        | reason
            thanks                                  | false    | false  | false   | false   | IGNORED        | NONE         | a reply to Plenary's own email without a command
            a new command                           | true     | false  | true    | false   | APPLIED        | CONFIRMATION | -
            a new command refused                   | true     | false  | false   | true    | REJECTED       | ERROR        | no command could be applied
            an unreadable line                      | false    | true   | false   | false   | REJECTED       | ERROR        | no command could be applied
            """)
    void aReplyToAConfirmationIsReadLikeAnyEmailButThanksIsNoQuestion(String example, boolean commands, boolean errors,
                                                                      boolean changed, boolean refused, Outcome outcome,
                                                                      ReplyKind reply, String reason) {
        Verdict verdict = Verdict.of(new Verdict.Facts(commands, errors, changed, refused, false, false, false, true));

        assertThat(verdict).isEqualTo(new Verdict(outcome, reply, reason));
    }
}
