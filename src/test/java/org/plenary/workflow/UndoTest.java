package org.plenary.workflow;

import org.plenary.clock.SetClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.group.ActionStatus;
import org.plenary.intake.MailReader;
import org.plenary.notify.Announcements;
import org.plenary.notify.TemplateRenderer;
import org.plenary.store.AgendaStatus;
import org.plenary.store.Apology;
import org.plenary.store.ChangeLog;
import org.plenary.store.Database;
import org.plenary.store.MeetingStatus;
import org.plenary.store.OutboxEmail;

/**
 * UNDO (PRODUCT.md 3.6) through the whole pipeline without mail servers: an email is applied and confirmed, and a
 * reply UNDO to that confirmation takes back exactly its changes, from its sender only, for seven days, once, and
 * not over a later change. The clock is the secretariat's own, moved forward by the test.
 */
class UndoTest {
    private static final String GROUP = "ssr2";
    private static final String JULY_4 = "plenary-2017-07-04";
    private static final String JULY_11 = "plenary-2017-07-11";

    private final SetClock clock = new SetClock(Instant.parse("2017-06-15T09:00:00Z"));
    private final MailReader reader = new MailReader();
    private Database database;
    private Secretariat secretariat;

    @BeforeEach
    void open() {
        CurrentGroup group = new CurrentGroup(Path.of(Explainer.DEMO_GROUP));
        database = Database.open("jdbc:h2:mem:undo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
        new GroupSync(database, clock).sync(group.get());
        TemplateRenderer renderer = new TemplateRenderer(null);
        secretariat = new Secretariat(group, database, clock, new Replies(renderer),
                new ChangeNotices(group, new Announcements(renderer), clock), Authenticity.NOT_REQUIRED);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void undoRevertsAnApology() {
        Receipt apology = send("noor@ssr2.test", "4 July", "Apologies for the plenary on 4 July: dentist");
        assertThat(hasApology(JULY_4, "noor@ssr2.test")).isTrue();
        assertThat(confirmationOf(apology).text()).contains("Reply UNDO within 7 days");

        Receipt undo = undo("noor@ssr2.test", apology);

        assertThat(undo.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(hasApology(JULY_4, "noor@ssr2.test")).isFalse();
        assertThat(confirmationOf(undo).text()).contains("Undone: Apologies recorded", JULY_4);
        assertThat(changesOf(undo)).isNotEmpty().allMatch(change -> change.text().contains("Undone: "));
    }

    @Test
    void undoRevertsExactlyThatEmailsChanges() {
        Receipt first = send("noor@ssr2.test", "4 July", """
                Apologies for the plenary on 4 July
                AGENDA: Outreach plan (10 min) for the plenary on 11 July""");
        Receipt second = send("noor@ssr2.test", "11 July", "Apologies for the plenary on 11 July");
        assertThat(agendaTitles(JULY_11)).contains("Outreach plan");

        Receipt undo = undo("noor@ssr2.test", first);

        assertThat(undo.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(hasApology(JULY_4, "noor@ssr2.test")).isFalse();
        assertThat(agendaTitles(JULY_11)).doesNotContain("Outreach plan");
        assertThat(hasApology(JULY_11, "noor@ssr2.test")).as("the other email's apology").isTrue();
        assertThat(second.outcome()).isEqualTo(Outcome.APPLIED);
    }

    @Test
    void undoRefusesWhenChangedSinceAndSaysWhat() {
        Receipt created = send("amara@ssr2.test", "Action", "ACTION: Larisa to draft the outreach plan");
        String action = created.effects().get(0).resolved().action();
        send("larisa@ssr2.test", action, action + " in progress");

        Receipt undo = undo("amara@ssr2.test", created);

        assertThat(undo.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(undo.allErrors()).singleElement().asString()
                .contains("nothing was undone", action + " was changed since by Larisa Novak");
        assertThat(actionStatus(action)).isEqualTo(ActionStatus.IN_PROGRESS);
    }

    @Test
    void undoFromAnotherAddressAppliesNothing() {
        Receipt apology = send("noor@ssr2.test", "4 July", "Apologies for the plenary on 4 July");

        Receipt undo = undo("zoe@ssr2.test", apology);

        assertThat(undo.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(undo.allErrors()).singleElement().asString().contains("only the person who sent");
        assertThat(hasApology(JULY_4, "noor@ssr2.test")).isTrue();
    }

    @Test
    void undoFromTheSameAddressInOtherCaseCounts() {
        Receipt apology = send("noor@ssr2.test", "4 July", "Apologies for the plenary on 4 July");

        assertThat(undo("Noor <NOOR@SSR2.test>", apology).outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(hasApology(JULY_4, "noor@ssr2.test")).isFalse();
    }

    @Test
    void undoAfterSevenDaysIsTooLate() {
        Receipt apology = send("noor@ssr2.test", "4 July", "Apologies for the plenary on 4 July");
        clock.advance(Duration.ofDays(7).plusMinutes(1));

        Receipt undo = undo("noor@ssr2.test", apology);

        assertThat(undo.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(undo.allErrors()).singleElement().asString().contains("too late");
        assertThat(hasApology(JULY_4, "noor@ssr2.test")).isTrue();
    }

    @Test
    void undoWithinSevenDaysStillCounts() {
        Receipt apology = send("noor@ssr2.test", "4 July", "Apologies for the plenary on 4 July");
        clock.advance(Duration.ofDays(7).minusMinutes(1));

        assertThat(undo("noor@ssr2.test", apology).outcome()).isEqualTo(Outcome.APPLIED);
    }

    @Test
    void undoTwiceSaysAlreadyUndone() {
        Receipt apology = send("noor@ssr2.test", "4 July", "Apologies for the plenary on 4 July");
        undo("noor@ssr2.test", apology);
        send("noor@ssr2.test", "4 July again", "Apologies for the plenary on 4 July");

        Receipt again = undo("noor@ssr2.test", apology);

        assertThat(again.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(again.allErrors()).singleElement().asString().contains("undone already");
        assertThat(hasApology(JULY_4, "noor@ssr2.test")).as("the apology sent again stays").isTrue();
    }

    @Test
    void undoOfAWithdrawalPutsTheApologyBack() {
        send("noor@ssr2.test", "4 July", "Apologies for the plenary on 4 July: dentist");
        Receipt withdrawal = send("noor@ssr2.test", "Good news", "WITHDRAW APOLOGY 4 July");
        assertThat(hasApology(JULY_4, "noor@ssr2.test")).isFalse();

        assertThat(undo("noor@ssr2.test", withdrawal).outcome()).isEqualTo(Outcome.APPLIED);
        List<Apology> apologies = database.inTransaction(tx -> tx.apologies().ofMeeting(GROUP, JULY_4));
        assertThat(apologies).filteredOn(a -> a.email().equals("noor@ssr2.test")).singleElement()
                .satisfies(a -> assertThat(a.reason()).isEqualTo("dentist"));
    }

    @Test
    void undoOfAnAgendaDecisionLeavesTheRequestWaiting() {
        Receipt request = send("kaveh@ssr2.test", "Request",
                "AGENDA: DNS Abuse Study briefing (30 min) for the plenary on 27 June");
        String id = request.effects().get(0).resolved().request();
        Receipt accepted = send("amara@ssr2.test", "Requests", "ACCEPT " + id);
        assertThat(requestStatus(id)).isEqualTo(AgendaStatus.ACCEPTED);

        assertThat(undo("amara@ssr2.test", accepted).outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(requestStatus(id)).isEqualTo(AgendaStatus.REQUESTED);
    }

    @Test
    void undoOfAnActionUpdateReopensIt() {
        Receipt created = send("amara@ssr2.test", "Action", "ACTION: Noor to draft the outreach plan");
        String action = created.effects().get(0).resolved().action();
        Receipt done = send("noor@ssr2.test", action, action + " done");
        assertThat(actionStatus(action)).isEqualTo(ActionStatus.DONE);

        assertThat(undo("noor@ssr2.test", done).outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(actionStatus(action)).isEqualTo(ActionStatus.OPEN);
        assertThat(undo("amara@ssr2.test", created).outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(actionExists(action)).isFalse();
    }

    @Test
    void undoOfAConfirmationAndOfACancellationRestoresTheMeeting() {
        Receipt confirmed = send("amara@ssr2.test", "Plenary", "CONFIRM plenary 4 July");
        assertThat(meetingStatus(JULY_4)).isEqualTo(MeetingStatus.CONFIRMED);
        assertThat(undo("amara@ssr2.test", confirmed).outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(meetingStatus(JULY_4)).isEqualTo(MeetingStatus.TENTATIVE);

        Receipt cancelled = send("lars@ssr2.test", "Cancel", "CANCEL plenary 11 July: no quorum");
        assertThat(meetingStatus(JULY_11)).isEqualTo(MeetingStatus.CANCELLED);
        int announced = sequence(JULY_11);
        assertThat(undo("lars@ssr2.test", cancelled).outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(meetingStatus(JULY_11)).isEqualTo(MeetingStatus.TENTATIVE);
        assertThat(sequence(JULY_11)).as("the invitation's SEQUENCE never goes back").isGreaterThanOrEqualTo(announced);
        assertThat(cancelReason(JULY_11)).isNull();
    }

    @Test
    void undoThatAnswersNoConfirmationUndoesNothing() {
        send("noor@ssr2.test", "4 July", "Apologies for the plenary on 4 July");

        Receipt undo = receive("noor@ssr2.test", "undo", "UNDO", "");

        assertThat(undo.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(hasApology(JULY_4, "noor@ssr2.test")).isTrue();
    }

    private Receipt send(String from, String subject, String body) {
        Receipt receipt = receive(from, subject, body, "");
        assertThat(receipt.outcome()).as(body).isEqualTo(Outcome.APPLIED);
        return receipt;
    }

    private Receipt undo(String from, Receipt confirmed) {
        String confirmation = confirmationOf(confirmed).messageId();
        return receive(from, "Re: your email", "UNDO\n\n> Done", "In-Reply-To: " + confirmation + "\r\nReferences: "
                + confirmed.email().messageId() + " " + confirmation + "\r\n");
    }

    private Receipt receive(String from, String subject, String body, String headers) {
        byte[] raw = Explainer.email(from, subject, body, headers);
        return secretariat.receive(reader.read(raw), raw);
    }

    private OutboxEmail confirmationOf(Receipt receipt) {
        return database.inTransaction(tx -> tx.outbox().recent(GROUP, 100)).stream()
                .filter(mail -> mail.purpose().equals("confirmation"))
                .filter(mail -> receipt.email().messageId().equals(mail.inReplyTo()))
                .findFirst().orElseThrow(() -> new AssertionError("no confirmation of " + receipt.email().subject()));
    }

    private List<ChangeLog.Change> changesOf(Receipt receipt) {
        return database.inTransaction(tx -> tx.changes().ofSource(GROUP, receipt.email().dedupeKey()));
    }

    private boolean hasApology(String meeting, String email) {
        return database.inTransaction(tx -> tx.apologies().exists(GROUP, meeting, email));
    }

    private List<String> agendaTitles(String meeting) {
        return database.inTransaction(tx -> tx.agenda().ofMeeting(GROUP, meeting)).stream()
                .map(item -> item.title()).toList();
    }

    private AgendaStatus requestStatus(String id) {
        return database.inTransaction(tx -> tx.agenda().request(GROUP, id)).orElseThrow().status();
    }

    private ActionStatus actionStatus(String id) {
        return database.inTransaction(tx -> tx.actions().find(GROUP, id)).orElseThrow().status();
    }

    private boolean actionExists(String id) {
        return database.inTransaction(tx -> tx.actions().find(GROUP, id).isPresent());
    }

    private String cancelReason(String id) {
        return database.inTransaction(tx -> tx.meetings().find(GROUP, id)).orElseThrow().cancelReason();
    }

    private int sequence(String id) {
        return database.inTransaction(tx -> tx.meetings().find(GROUP, id)).orElseThrow().sequence();
    }

    private MeetingStatus meetingStatus(String id) {
        return database.inTransaction(tx -> tx.meetings().find(GROUP, id)).orElseThrow().status();
    }

}
