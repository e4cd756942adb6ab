package org.plenary.workflow;

import org.plenary.clock.SetClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.group.GroupDefinition;
import org.plenary.group.GroupFileReader;
import org.plenary.intake.MailReader;
import org.plenary.notify.TemplateRenderer;
import org.plenary.store.Database;
import org.plenary.store.LedgerEntry;
import org.plenary.store.MeetingStatus;
import org.plenary.store.OutboxEmail;

/**
 * PRODUCT.md 3.6, sender trust: each attack a forged From line allows, under the default {@code confirm} and
 * under {@code authenticated}, through the whole pipeline of a {@link Secretariat} over an in-memory store.
 */
class SenderTrustTest {
    private static final String SERVER = "mx.ssr2.test";
    private static final String TRUSTED_PASS = "Authentication-Results: " + SERVER
            + "; dkim=pass header.d=ssr2.test; dmarc=pass header.from=ssr2.test\r\n";
    private static final String MEETING = "plenary-2017-06-20";

    private final GroupDefinition group = new GroupFileReader().read(Path.of(Explainer.DEMO_GROUP));
    private final SetClock clock = new SetClock(Explainer.DEMO_NOW);
    private final Database database = Database.open("jdbc:h2:mem:trust-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
            null, null);
    private final MailReader reader = new MailReader();
    private Secretariat secretariat = secretariat(Trust.CONFIRM);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void forgedChairCancellationIsHeldAndTheChairIsAsked() {
        Receipt receipt = receive(Explainer.email("amara@ssr2.test", "20 June", "CANCEL plenary 20 June: forged"));

        assertThat(receipt.outcome()).isEqualTo(Outcome.HELD);
        assertThat(status(MEETING)).isEqualTo(MeetingStatus.TENTATIVE);
        assertThat(ledger().get(0).outcome()).isEqualTo("held");
        long heldNo = ledger().get(0).emailNo();
        java.util.Optional<byte[]> raw = database.inTransaction(tx -> tx.ledger().raw(group.id(), heldNo));
        assertThat(raw).isPresent();
        OutboxEmail question = question();
        assertThat(question.recipients()).containsExactly("amara@ssr2.test");
        assertThat(question.messageId()).startsWith("<held.-.").hasSizeGreaterThan(40);
        assertThat(question.inReplyTo()).isEqualTo(receipt.email().messageId());
        assertThat(question.text()).contains("Cancelled plenary-2017-06-20").doesNotContain("coordination").contains("yes");
        assertThat(question.subject()).startsWith("Please confirm:").contains("[SSR2]");
    }

    @Test
    void explainSaysAnEmailWouldBeHeldAndKeepsNothing() throws Exception {
        byte[] raw = Explainer.email("amara@ssr2.test", "20 June", "CANCEL plenary 20 June: forged");

        String json = ReceiptJson.explain(secretariat.explain(reader.read(raw)));

        assertThat(json).contains("\"outcome\":\"held\"").contains("\"reply\":\"held\"");
        assertThat(outbox()).isEmpty();
        assertThat(ledger()).isEmpty();
    }

    @Test
    void someoneElsesReplyDoesNotApplyAHeldCommand() {
        receive(Explainer.email("amara@ssr2.test", "20 June", "CANCEL plenary 20 June: forged"));
        int mailBefore = outbox().size();

        Receipt other = receive(replyTo(question(), "noor@ssr2.test", "yes"));

        assertThat(other.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(other.reason()).contains("someone other than amara@ssr2.test");
        assertThat(status(MEETING)).isEqualTo(MeetingStatus.TENTATIVE);
        assertThat(outbox()).hasSize(mailBefore);
        // The question still waits for the chair.
        receive(replyTo(question(), "amara@ssr2.test", "yes"));
        assertThat(status(MEETING)).isEqualTo(MeetingStatus.CANCELLED);
    }

    @Test
    void aReplyWithoutTheQuestionsTokenAppliesNothing() {
        receive(Explainer.email("amara@ssr2.test", "20 June", "CANCEL plenary 20 June: forged"));
        String guessed = "<held.-." + "0".repeat(40) + "@ssr2.test>";

        receive(Explainer.email("amara@ssr2.test", "Re: cancel", "yes",
                "In-Reply-To: " + guessed + "\r\nReferences: " + guessed + "\r\n"));

        assertThat(status(MEETING)).isEqualTo(MeetingStatus.TENTATIVE);
    }

    @Test
    void theChairsOwnReplyAppliesIt() {
        Receipt held = receive(Explainer.email("amara@ssr2.test", "20 June", "CANCEL plenary 20 June: no quorum"));

        Receipt yes = receive(replyTo(question(), "AMARA@ssr2.test", "Yes."));

        assertThat(yes.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(status(MEETING)).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(outbox()).filteredOn(e -> e.purpose().equals("confirmation"))
                .singleElement().satisfies(confirmation -> {
                    assertThat(confirmation.recipients()).containsExactly("amara@ssr2.test");
                    assertThat(confirmation.text()).contains("Cancelled plenary-2017-06-20");
                });
        assertThat(ledger()).extracting(LedgerEntry::outcome).containsExactly("applied", "applied", "held");
        assertThat(ledger().get(1).messageId()).isEqualTo(held.email().messageId());
        // A second "yes" applies nothing more.
        assertThat(receive(replyTo(question(), "amara@ssr2.test", "yes")).outcome()).isEqualTo(Outcome.IGNORED);
    }

    @Test
    void aReplyNoDropsIt() {
        receive(Explainer.email("amara@ssr2.test", "20 June", "CANCEL plenary 20 June: forged"));

        receive(replyTo(question(), "amara@ssr2.test", "no"));
        receive(replyTo(question(), "amara@ssr2.test", "yes"));

        assertThat(status(MEETING)).isEqualTo(MeetingStatus.TENTATIVE);
        assertThat(outbox()).filteredOn(e -> e.purpose().equals("confirmation")).singleElement()
                .satisfies(e -> assertThat(e.text()).contains("dropped"));
    }

    @Test
    void heldCommandsExpireAfter72Hours() {
        receive(Explainer.email("amara@ssr2.test", "20 June", "CANCEL plenary 20 June: forged"));
        clock.set(Explainer.DEMO_NOW.plus(Duration.ofHours(72)));

        Receipt late = receive(replyTo(question(), "amara@ssr2.test", "yes"));

        assertThat(late.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(late.reason()).contains("expired");
        assertThat(status(MEETING)).isEqualTo(MeetingStatus.TENTATIVE);
        assertThat(outbox()).filteredOn(e -> e.purpose().equals("error")).singleElement()
                .satisfies(e -> assertThat(e.text()).contains("expired").contains("send its commands again"));
    }

    @Test
    void aReplyJustBefore72HoursStillAppliesIt() {
        receive(Explainer.email("amara@ssr2.test", "20 June", "CANCEL plenary 20 June: forged"));
        clock.set(Explainer.DEMO_NOW.plus(Duration.ofHours(72)).minusSeconds(1));

        receive(replyTo(question(), "amara@ssr2.test", "yes"));

        assertThat(status(MEETING)).isEqualTo(MeetingStatus.CANCELLED);
    }

    @Test
    void authenticatedChairCommandAppliesAtOnce() {
        Receipt receipt = receive(Explainer.email("amara@ssr2.test", "20 June", "CANCEL plenary 20 June: no quorum",
                TRUSTED_PASS));

        assertThat(receipt.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(status(MEETING)).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(outbox()).noneMatch(e -> e.purpose().equals("held"));
    }

    @Test
    void ownApologyAppliesAtOnceUnderConfirm() {
        Receipt receipt = receive(Explainer.email("noor@ssr2.test", "20 June", "Apologies for the plenary on 20 June"));

        assertThat(receipt.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(apologies(MEETING)).containsExactly("noor@ssr2.test");
    }

    @Test
    void ownAgendaRequestAndOwnActionUpdateApplyAtOnceUnderConfirm() {
        assertThat(receive(Explainer.email("noor@ssr2.test", "agenda", "AGENDA: Budget for the plenary on 20 June"))
                .outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(receive(Explainer.email("larisa@ssr2.test", "A2", "A2 done")).outcome()).isEqualTo(Outcome.APPLIED);
    }

    @Test
    void apologyOnSomeoneElsesBehalfIsHeld() {
        Receipt receipt = receive(Explainer.email("larisa@ssr2.test", "20 June",
                "Apologies from Noor for the plenary on 20 June"));

        assertThat(receipt.outcome()).isEqualTo(Outcome.HELD);
        assertThat(apologies(MEETING)).isEmpty();
        assertThat(question().recipients()).containsExactly("larisa@ssr2.test");
    }

    @Test
    void closingSomeoneElsesActionIsHeld() {
        assertThat(receive(Explainer.email("amara@ssr2.test", "A2", "A2 done")).outcome()).isEqualTo(Outcome.HELD);
        assertThat(receive(Explainer.email("amara@ssr2.test", "action", "ACTION: Noor to draft the charter"))
                .outcome()).isEqualTo(Outcome.HELD);
    }

    @Test
    void aCommandTheSenderMayNotGiveIsRefusedNotHeld() {
        Receipt receipt = receive(Explainer.email("noor@ssr2.test", "20 June", "CANCEL plenary 20 June: forged"));

        assertThat(receipt.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(outbox()).noneMatch(e -> e.purpose().equals("held"));
    }

    @Test
    void authenticatedModeRejectsWithoutPass() {
        secretariat = secretariat(Trust.AUTHENTICATED);

        Receipt forged = receive(Explainer.email("amara@ssr2.test", "20 June", "CANCEL plenary 20 June: forged"));
        Receipt own = receive(Explainer.email("noor@ssr2.test", "20 June", "Apologies for the plenary on 20 June"));

        assertThat(forged.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(forged.reason()).startsWith("not authenticated");
        assertThat(own.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(status(MEETING)).isEqualTo(MeetingStatus.TENTATIVE);
        assertThat(outbox()).isEmpty();
        assertThat(receive(Explainer.email("amara@ssr2.test", "20 June", "CANCEL plenary 20 June: no quorum",
                TRUSTED_PASS)).outcome()).isEqualTo(Outcome.APPLIED);
    }

    @Test
    void openModeBelievesTheFromLine() {
        secretariat = secretariat(Trust.OPEN);

        assertThat(receive(Explainer.email("amara@ssr2.test", "20 June", "CANCEL plenary 20 June: trial")).outcome())
                .isEqualTo(Outcome.APPLIED);
        assertThat(status(MEETING)).isEqualTo(MeetingStatus.CANCELLED);
    }

    private Secretariat secretariat(Trust trust) {
        new GroupSync(database, clock).sync(group);
        return new Secretariat(CurrentGroup.of(group), database, clock, new Replies(new TemplateRenderer(null)),
                MeetingNotices.NONE, new Authenticity(trust, List.of(SERVER)));
    }

    private Receipt receive(byte[] raw) {
        return secretariat.receive(reader.read(raw), raw);
    }

    /** A reply to Plenary's email {@code to}, threaded under it as a mail client does. */
    private static byte[] replyTo(OutboxEmail to, String from, String body) {
        return Explainer.email(from, "Re: " + to.subject(), body,
                "In-Reply-To: " + to.messageId() + "\r\nReferences: " + to.messageId() + "\r\n");
    }

    private OutboxEmail question() {
        return outbox().stream().filter(e -> e.purpose().equals("held")).findFirst().orElseThrow();
    }

    private List<OutboxEmail> outbox() {
        return database.inTransaction(tx -> tx.outbox().recent(group.id(), 100));
    }

    /** Newest first. */
    private List<LedgerEntry> ledger() {
        return database.inTransaction(tx -> tx.ledger().recent(group.id(), 100));
    }

    private MeetingStatus status(String meetingId) {
        return database.inTransaction(tx -> tx.meetings().find(group.id(), meetingId)).orElseThrow().status();
    }

    private List<String> apologies(String meetingId) {
        return database.inTransaction(tx -> tx.apologies().ofMeeting(group.id(), meetingId)).stream()
                .map(org.plenary.store.Apology::email).toList();
    }

}
