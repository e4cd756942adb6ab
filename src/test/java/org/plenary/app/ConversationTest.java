package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.store.LedgerEntry;

/**
 * PRODUCT.md 4, "Who hears back", through the running service: an email that fits two meetings is a question and a
 * one-line answer in its thread settles it; unclear emails are each answered until the loop limit, whose last
 * answer says so; chairs and staff hear of an agenda request and the requester of its decision; an owner hears
 * when someone else gives them an action item or gives theirs away.
 */
class ConversationTest {
    private static final String ZOE = "zoe@ssr2.test";
    private static final String NOOR = "noor@ssr2.test";
    private static final String KAVEH = "kaveh@ssr2.test";
    private static final String AMARA = "amara@ssr2.test";

    @RegisterExtension
    final TestPlenary app = TestPlenary.ssr2();

    @Test
    void anApologyThatFitsTwoMeetingsIsAQuestionAndAOneLineAnswerSettlesIt() throws Exception {
        String asked = app.send(ZOE, TestPlenary.BOT, "27 June", "Apologies for the call on 27 June, I will be travelling.",
                null);

        MimeMessage question = awaitReply(ZOE, asked);
        String text = TestPlenary.textOf(question);
        assertThat(text).contains("1. SSR2 Plenary Call", "2. Outreach sub-team call");
        assertThat(app.ledger()).extracting(LedgerEntry::outcome).containsExactly("held");
        assertThat(apologised("plenary-2017-06-27")).isFalse();
        assertThat(apologised("outreach-2017-06-27")).isFalse();

        app.send(ZOE, TestPlenary.BOT, "Re: " + question.getSubject(), "the plenary\n\n> " + text.lines().findFirst().orElse(""),
                Map.of("In-Reply-To", question.getMessageID(), "References", asked + " " + question.getMessageID()));

        await().atMost(Duration.ofSeconds(30)).until(() -> apologised("plenary-2017-06-27"));
        assertThat(apologised("outreach-2017-06-27")).isFalse();
        MimeMessage confirmation = awaitMail(ZOE, m -> TestPlenary.textOf(m).contains("Apologies recorded"));
        assertThat(confirmation.getHeader("In-Reply-To")[0]).isEqualTo(asked);
    }

    @Test
    void anApologyForADayWithoutThePlenaryAsksAboutTheNeighboursAndADayAsTheAnswerSettlesIt() throws Exception {
        // Wednesday 21 June: the plenary meets on Tuesdays, 20 and 27 June (issue 9).
        String asked = app.send(NOOR, TestPlenary.BOT, "21 June", "Apologies for the plenary on 21 June", null);

        MimeMessage question = awaitReply(NOOR, asked);
        String text = TestPlenary.textOf(question);
        assertThat(text).contains("There is no plenary meeting on Wednesday 21 June 2017", "1. SSR2 Plenary Call",
                "plenary-2017-06-20", "2. SSR2 Plenary Call", "plenary-2017-06-27");
        assertThat(app.ledger()).extracting(LedgerEntry::outcome).containsExactly("held");

        app.send(NOOR, TestPlenary.BOT, "Re: " + question.getSubject(), "the 20th",
                Map.of("In-Reply-To", question.getMessageID(), "References", asked + " " + question.getMessageID()));

        await().atMost(Duration.ofSeconds(30)).until(() -> apologised(NOOR, "plenary-2017-06-20"));
        assertThat(apologised(NOOR, "plenary-2017-06-27")).isFalse();
    }

    @Test
    void anUnknownActionIdWhoseWordsMatchAnItemIsAQuestionAndYesSettlesIt() throws Exception {
        String asked = app.send("jennifer@ssr2.test", TestPlenary.BOT, "report", "A9 done: the progress report for SO/ACs",
                null);

        MimeMessage question = awaitReply("jennifer@ssr2.test", asked);
        assertThat(TestPlenary.textOf(question)).contains("There is no action item A9", "1. A1 Draft SSR2 progress report");
        app.send("jennifer@ssr2.test", TestPlenary.BOT, "Re: report", "yes", Map.of("In-Reply-To", question.getMessageID()));

        await().atMost(Duration.ofSeconds(30)).until(() -> app.database().inTransaction(tx -> tx.actions().find("ssr2", "A1"))
                .orElseThrow().status() == org.plenary.group.ActionStatus.DONE);
    }

    @Test
    void anAnswerFromSomeoneElseSettlesNothing() throws Exception {
        String asked = app.send(ZOE, TestPlenary.BOT, "27 June", "Apologies for the call on 27 June", null);
        MimeMessage question = awaitReply(ZOE, asked);

        app.send(NOOR, TestPlenary.BOT, "Re: 27 June", "1", Map.of("In-Reply-To", question.getMessageID()));

        assertThat(app.awaitLedgerEntries(2)).extracting(LedgerEntry::outcome).containsExactly("held", "rejected");
        assertThat(apologised("plenary-2017-06-27")).isFalse();
    }

    @Test
    void threeUnclearEmailsInARowGetThreeAnswers() {
        List<String> sent = List.of(
                app.send(NOOR, TestPlenary.BOT, "question 0", "Can we move the thing we discussed?", null),
                app.send(NOOR, TestPlenary.BOT, "question 1", "Sorry, I meant the other thing.", null),
                app.send(NOOR, TestPlenary.BOT, "question 2", "Could someone explain how this works?", null));

        for (String messageId : sent) {
            awaitReply(NOOR, messageId);
        }
    }

    @Test
    void unclearEmailsAreAnsweredFiveTimesAnHourAndTheFifthSaysItIsTheLast() throws Exception {
        for (int i = 1; i <= 6; i++) {
            app.send(NOOR, "unclear " + i, "Something about the thing, number " + i + "?");
        }
        app.awaitLedgerEntries(6);
        app.awaitSchedulesAndOutbox();
        assertThat(app.outboxTo(NOOR)).filteredOn(e -> e.purpose().equals("error")).hasSize(5);

        List<MimeMessage> answers = app.awaitMail(NOOR, 5).stream().filter(ConversationTest::isReply).toList();
        assertThat(answers).hasSize(5);
        assertThat(answers.stream().filter(m -> TestPlenary.textOf(m).contains("last answer Plenary sends you"))).hasSize(1);
        assertThat(TestPlenary.textOf(answers.get(4))).contains("last answer Plenary sends you");

        app.advanceClock(Duration.ofMinutes(61));
        String later = app.send(NOOR, TestPlenary.BOT, "unclear 7", "And another thing?", null);
        awaitReply(NOOR, later);
    }

    @Test
    void chairsAndStaffHearOfARequestAndTheRequesterOfItsDecision() throws Exception {
        app.send(KAVEH, "agenda", "AGENDA: Outreach plan review (20 min) for the plenary on 27 June");

        MimeMessage notice = awaitMail(AMARA, m -> m.getSubject().contains("Agenda request"));
        assertThat(TestPlenary.textOf(notice)).contains("Kaveh Rostami asks for \"Outreach plan review\"", "ACCEPT R1");
        assertThat(List.of(notice.getAllRecipients())).extracting(Object::toString)
                .contains("lars@ssr2.test", "larisa@ssr2.test", "jennifer@ssr2.test").doesNotContain(KAVEH);
        assertThat(notice.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");

        app.send(AMARA, TestPlenary.BOT, "Re: " + notice.getSubject(), "ACCEPT R1", Map.of("In-Reply-To", notice.getMessageID()));

        MimeMessage decided = awaitMail(KAVEH, m -> m.getSubject().contains("is accepted"));
        assertThat(TestPlenary.textOf(decided)).contains("Amara Okafor accepted", "Outreach plan review");
    }

    @Test
    void anOwnerHearsWhenSomeoneElseGivesThemAnActionOrGivesTheirsAway() throws Exception {
        app.send(AMARA, "action", "ACTION: Noor to review the outreach plan by 30 June");
        MimeMessage created = awaitMail(NOOR, m -> m.getSubject().contains("New action item for you"));
        String id = created.getSubject().replaceAll(".*for you: (A\\d+).*", "$1");

        app.send(AMARA, "reassign", id + " owner Kaveh");

        MimeMessage given = awaitMail(KAVEH, m -> m.getSubject().contains(id + " is now yours"));
        assertThat(TestPlenary.textOf(given)).contains("Amara Okafor gave you " + id, "review the outreach plan");
        MimeMessage away = awaitMail(NOOR, m -> m.getSubject().contains(id + " is now Kaveh Rostami's"));
        assertThat(TestPlenary.textOf(away)).contains("no longer yours");
    }

    @Test
    void aReplyToAConfirmationIsReadLikeAnyEmailAndThanksIsAnsweredByNothing() throws Exception {
        String first = app.send(NOOR, TestPlenary.BOT, "4 July", "Apologies for the plenary on 4 July", null);
        MimeMessage confirmation = awaitReply(NOOR, first);
        Map<String, String> thread = Map.of("In-Reply-To", confirmation.getMessageID(),
                "References", first + " " + confirmation.getMessageID());

        String thanks = app.send(NOOR, TestPlenary.BOT, "Re: " + confirmation.getSubject(), "Thanks!", thread);
        String more = app.send(NOOR, TestPlenary.BOT, "Re: " + confirmation.getSubject(),
                "Apologies for the plenary on 11 July too", thread);

        awaitReply(NOOR, more);
        boolean recorded = app.database().inTransaction(tx -> tx.apologies().exists("ssr2", "plenary-2017-07-11", NOOR));
        assertThat(recorded).isTrue();
        app.awaitSchedulesAndOutbox();
        assertThat(app.ledger()).filteredOn(e -> e.messageId().equals(thanks)).extracting(LedgerEntry::outcome)
                .containsExactly("ignored");
        assertThat(app.outbox()).noneMatch(e -> thanks.equals(e.inReplyTo()));
    }

    @Test
    void nobodyHearsOfTheirOwnChangeTwice() {
        app.send(NOOR, "action", "ACTION: I will review the outreach plan");
        awaitMail(NOOR, m -> isReply(m));
        app.awaitSchedulesAndOutbox();

        assertThat(app.outboxTo(NOOR)).extracting(e -> e.purpose()).doesNotContain("notice");
    }

    private boolean apologised(String meeting) {
        return apologised(ZOE, meeting);
    }

    private boolean apologised(String member, String meeting) {
        return app.database().inTransaction(tx -> tx.apologies().exists("ssr2", meeting, member));
    }

    private MimeMessage awaitReply(String address, String messageId) {
        return awaitMail(address, m -> messageId.equals(header(m, "In-Reply-To")));
    }

    private MimeMessage awaitMail(String address, Check check) {
        Predicate<MimeMessage> matches = m -> {
            try {
                return check.test(m);
            } catch (Exception e) {
                return false;
            }
        };
        return await().atMost(Duration.ofSeconds(30)).until(() -> app.mailbox(address).stream().filter(matches)
                .findFirst(), Optional::isPresent).orElseThrow();
    }

    @FunctionalInterface
    private interface Check {
        boolean test(MimeMessage message) throws Exception;
    }

    private static boolean isReply(MimeMessage message) {
        return header(message, "In-Reply-To") != null;
    }

    private static String header(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? null : values[0];
        } catch (MessagingException e) {
            return null;
        }
    }
}
