package org.plenary.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.plenary.app.TestPlenary;
import org.plenary.group.ActionStatus;
import org.plenary.intake.MailReader;
import org.plenary.store.ActionItem;
import org.plenary.store.AgendaItem;
import org.plenary.store.AgendaStatus;
import org.plenary.store.Apology;
import org.plenary.store.Meeting;
import org.plenary.store.MeetingStatus;
import org.plenary.store.StoreTransaction;

/**
 * One scenario fixture per intent through the real application: delivered to Plenary's GreenMail mailbox, read by
 * the routes, applied to the store, and answered in the sender's mailbox, threaded. One application serves the class
 * (starting it is the slow part); each test names the rows it changes, and the meeting moves run last because the
 * agenda test moves a request to the 11 July plenary.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScenarioRoundTripTest {
    private static TestPlenary app;

    @BeforeAll
    static void start() {
        app = TestPlenary.ssr2().start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    @Order(1)
    void anApologyIsRecordedConfirmedAndWithdrawn() throws Exception {
        String apology = deliver("apology-subject-dash.eml");
        assertThat(apologies("plenary-2017-07-04"))
                .extracting(Apology::email).contains("noor@ssr2.test");
        MimeMessage confirmation = replyTo("noor@ssr2.test", apology);
        assertThat(confirmation.getSubject()).startsWith("Re:").contains("[SSR2]");
        assertThat(TestPlenary.textOf(confirmation)).contains("Apologies recorded", "plenary-2017-07-04");

        String withdrawal = deliver("withdraw-apology.eml");
        assertThat(hasApology("plenary-2017-07-04", "noor@ssr2.test")).isFalse();
        assertThat(TestPlenary.textOf(replyTo("noor@ssr2.test", withdrawal))).contains("withdrawn");
    }

    @Test
    @Order(2)
    void anOutlookDeclineIsAnApologyAndAnAcceptanceTakesItBack() throws Exception {
        String decline = deliver("outlook-decline-icalendar.eml");
        assertThat(apologies("plenary-2017-07-04"))
                .filteredOn(a -> a.email().equals("denise@ssr2.test"))
                .extracting(Apology::reason).containsExactly("Clashes with a board call");
        assertThat(TestPlenary.textOf(replyTo("denise@ssr2.test", decline))).contains("Apologies recorded");

        String accept = deliver("icalendar-accept-after-decline.eml");
        assertThat(hasApology("plenary-2017-07-04", "denise@ssr2.test")).isFalse();
        assertThat(TestPlenary.textOf(replyTo("denise@ssr2.test", accept))).contains("withdrawn");
    }

    @Test
    @Order(3)
    void agendaRequestsWaitForAChairWhoAcceptsDeclinesAndMovesThem() throws Exception {
        String request = deliver("agenda-request-body.eml");
        deliver("agenda-request-subject.eml");
        deliver("german-am-schrieb.eml");
        assertThat(store(tx -> tx.agenda().request("ssr2", "R1")).orElseThrow())
                .extracting(AgendaItem::title, AgendaItem::status, AgendaItem::minutes, AgendaItem::meetingId)
                .containsExactly("DNS Abuse Study briefing", AgendaStatus.REQUESTED, 30, "plenary-2017-06-27");
        assertThat(TestPlenary.textOf(replyTo("kaveh@ssr2.test", request))).contains("R1");

        String decisions = deliver("agenda-accept-decline-move.eml");
        assertThat(store(tx -> tx.agenda().request("ssr2", "R1")).orElseThrow().status()).isEqualTo(AgendaStatus.ACCEPTED);
        AgendaItem declined = store(tx -> tx.agenda().request("ssr2", "R2")).orElseThrow();
        assertThat(declined.status()).isEqualTo(AgendaStatus.DECLINED);
        assertThat(declined.reason()).isEqualTo("out of scope");
        assertThat(store(tx -> tx.agenda().request("ssr2", "R3")).orElseThrow().meetingId()).isEqualTo("plenary-2017-07-11");
        assertThat(TestPlenary.textOf(replyTo("amara@ssr2.test", decisions))).contains("R1 accepted", "R2 declined", "R3 moved");
    }

    @Test
    @Order(4)
    void staffCreateAnActionItemForSomeoneElse() throws Exception {
        String create = deliver("action-create-by-staff.eml");
        ActionItem item = actions().stream()
                .filter(a -> a.title().equals("circulate the draft terms of reference to the review team")).findFirst()
                .orElseThrow();
        assertThat(item.owner()).isEqualTo("jennifer@ssr2.test");
        assertThat(item.due()).isEqualTo(LocalDate.of(2017, 6, 30));
        assertThat(TestPlenary.textOf(replyTo("larisa@ssr2.test", create))).contains(item.id() + " created");
    }

    @Test
    @Order(5)
    void ownersUpdateTheirActionItemsByKeywordAndBySubjectTag() throws Exception {
        String progress = deliver("action-update-in-progress-note.eml");
        ActionItem a1 = store(tx -> tx.actions().find("ssr2", "A1")).orElseThrow();
        assertThat(a1.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(a1.notes()).extracting(n -> n.text()).contains("draft with RT for review, scheduled to publish 6/20");
        assertThat(TestPlenary.textOf(replyTo("jennifer@ssr2.test", progress))).contains("A1 is now in-progress");

        String tagged = deliver("action-subject-tag-done.eml");
        assertThat(store(tx -> tx.actions().find("ssr2", "A2")).orElseThrow().status()).isEqualTo(ActionStatus.DONE);
        assertThat(TestPlenary.textOf(replyTo("larisa@ssr2.test", tagged))).contains("A2 is now done");
    }

    @Test
    @Order(6)
    void notesRecordDecisionsAndCreateTheirActions() throws Exception {
        String notes = deliver("notes-with-decisions.eml");
        Meeting plenary = meeting("plenary-2017-06-20");
        assertThat(plenary.notes()).contains("DECISION: The sub-team reports go to the list a week before each plenary.");
        assertThat(actions())
                .anySatisfy(a -> assertThat(a.title()).isEqualTo("collect the SSR1 implementation reports"));
        assertThat(TestPlenary.textOf(replyTo("larisa@ssr2.test", notes))).contains("Notes recorded");
    }

    @Test
    @Order(7)
    void helpAndStatusAreAnsweredAndChangeNothing() throws Exception {
        String help = deliver("help.eml");
        assertThat(TestPlenary.textOf(replyTo("obs@ssr2.test", help))).isNotBlank();
        String status = deliver("status.eml");
        assertThat(TestPlenary.textOf(replyTo("kaveh@ssr2.test", status))).isNotBlank();
    }

    @Test
    @Order(8)
    void onlyTheNewTextAboveAQuotedDigestIsApplied() throws Exception {
        String reply = deliver("quoted-digest-with-keywords.eml");
        assertThat(meeting("plenary-2017-06-27").status()).isEqualTo(MeetingStatus.CONFIRMED);
        // The quoted digest said "CANCEL plenary 4 July" and "Apologies for the plenary on 27 June": neither applied.
        assertThat(meeting("plenary-2017-07-04").status()).isNotEqualTo(MeetingStatus.CANCELLED);
        assertThat(hasApology("plenary-2017-06-27", "lars@ssr2.test")).isFalse();
        assertThat(TestPlenary.textOf(replyTo("lars@ssr2.test", reply))).contains("Confirmed plenary-2017-06-27");
    }

    @Test
    @Order(9)
    void chairsAndStaffConfirmCancelScheduleAndMoveMeetings() throws Exception {
        deliver("meeting-confirm.eml");
        assertThat(meeting("plenary-2017-07-04").status()).isEqualTo(MeetingStatus.CONFIRMED);

        String cancel = deliver("meeting-cancel-with-reason.eml");
        Meeting cancelled = meeting("coordination-2017-06-23");
        assertThat(cancelled.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("Johannesburg travel");
        assertThat(TestPlenary.textOf(replyTo("lars@ssr2.test", cancel))).contains("Cancelled coordination-2017-06-23");

        deliver("meeting-schedule.eml");
        assertThat(meeting("briefing-2017-06-29").start()).hasToString("2017-06-29T14:00:00Z");

        String move = deliver("meeting-move.eml");
        assertThat(meeting("plenary-2017-07-11").status()).isEqualTo(MeetingStatus.MOVED);
        assertThat(meeting("plenary-2017-07-12").start()).hasToString("2017-07-12T14:00:00Z");
        assertThat(TestPlenary.textOf(replyTo("amara@ssr2.test", move))).contains("Moved plenary-2017-07-11");
    }

    /** Delivers a scenario to Plenary's mailbox and waits until the ledger holds it; returns its Message-ID. */
    private static String deliver(String scenario) {
        byte[] raw = Explainer.scenario(scenario);
        String messageId = new MailReader().read(raw).messageId();
        app.deliverRaw(raw);
        await().atMost(Duration.ofSeconds(30)).until(() -> store(tx -> tx.ledger().recent("ssr2", 10_000)).stream()
                .anyMatch(entry -> messageId.equals(entry.messageId())));
        return messageId;
    }

    /** Plenary's answer to one email, found by its In-Reply-To in the sender's mailbox. */
    private static MimeMessage replyTo(String address, String messageId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> find(app.mailbox(address), messageId), Optional::isPresent)
                .orElseThrow();
    }

    private static Optional<MimeMessage> find(List<MimeMessage> messages, String messageId) throws Exception {
        for (MimeMessage message : messages) {
            if (messageId.equals(message.getHeader("In-Reply-To", null))) {
                return Optional.of(message);
            }
        }
        return Optional.empty();
    }

    private static List<Apology> apologies(String meetingId) {
        return app.database().inTransaction(tx -> tx.apologies().ofMeeting("ssr2", meetingId));
    }

    private static boolean hasApology(String meetingId, String email) {
        return app.database().inTransaction(tx -> tx.apologies().exists("ssr2", meetingId, email));
    }

    private static List<ActionItem> actions() {
        return app.database().inTransaction(tx -> tx.actions().all("ssr2"));
    }

    private static Meeting meeting(String id) {
        return store(tx -> tx.meetings().find("ssr2", id)).orElseThrow();
    }

    private static <T> T store(Function<StoreTransaction, T> read) {
        return app.database().inTransaction(read::apply);
    }
}
