package org.plenary.workflow;

import org.plenary.clock.SetClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.correlation.Purpose;
import org.plenary.group.GroupDefinition;
import org.plenary.group.GroupFileReader;
import org.plenary.intake.MailReader;
import org.plenary.notify.Announcements;
import org.plenary.notify.TemplateRenderer;
import org.plenary.store.Database;
import org.plenary.store.Meeting;
import org.plenary.store.MeetingStatus;
import org.plenary.store.OutboxEmail;

/**
 * PRODUCT.md 3.6, "No amplification", each test named after an attack that worked: one forged chair email sent
 * twenty emails to the list, two hundred forged emails sent two hundred confirmations, an echo bot applied the
 * examples of Plenary's own error reply, and a cancelled meeting could be changed (and announced) again.
 */
class NoAmplificationTest {
    private static final String LIST = "ssr2-review@ssr2.test";
    private static final Instant NOW = Instant.parse("2017-06-15T09:00:00Z");

    private final SetClock clock = new SetClock(NOW);
    private final MailReader reader = new MailReader();
    private GroupDefinition group;
    private Database database;
    private Secretariat secretariat;

    @BeforeEach
    void open() {
        group = new GroupFileReader().read(Path.of(Explainer.DEMO_GROUP));
        database = Database.open("jdbc:h2:mem:amplify-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
        new GroupSync(database, clock).sync(group);
        TemplateRenderer renderer = new TemplateRenderer(null);
        secretariat = new Secretariat(CurrentGroup.of(group), database, clock, new Replies(renderer),
                new ChangeNotices(CurrentGroup.of(group), new Announcements(renderer), clock),
                Authenticity.NOT_REQUIRED);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void twentyCancellationsInOneEmailAreOneListAnnouncement() {
        List<Meeting> ahead = read(tx -> tx.meetings().between(group.id(), NOW,
                NOW.plus(Duration.ofDays(60)))).stream().filter(Meeting::isLive).limit(20).toList();
        assertThat(ahead).hasSizeGreaterThan(15);
        String body = ahead.stream().map(m -> "CANCEL " + m.id() + ": summer break\n").collect(Collectors.joining());
        long before = outbox().size();

        Receipt receipt = receive("amara@ssr2.test", "Summer", body);

        assertThat(receipt.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(ahead).allSatisfy(m -> assertThat(meeting(m.id()).status()).isEqualTo(MeetingStatus.CANCELLED));
        List<OutboxEmail> sent = outbox().subList(0, outbox().size() - (int) before);
        List<OutboxEmail> toTheList = sent.stream().filter(e -> e.recipients().contains(LIST)).toList();
        assertThat(toTheList).hasSize(1);
        assertThat(toTheList.get(0).text()).contains("summer break").contains("Changes to");
        // The coordination calls go to chairs and staff, not the list: they too hear of it once, in one email.
        List<OutboxEmail> announcements = sent.stream().filter(e -> !e.purpose().equals(Purpose.CONFIRMATION.id()))
                .toList();
        assertThat(announcements).hasSize(2);
        assertThat(announcements).allSatisfy(e -> assertThat(e.calendar()).isNull());
    }

    @Test
    void oneCancellationIsStillACancellationWithItsCalendar() {
        receive("amara@ssr2.test", "Plenary", "CANCEL plenary 20 June: travel");

        List<OutboxEmail> toTheList = outbox().stream().filter(e -> e.recipients().contains(LIST)).toList();
        assertThat(toTheList).hasSize(1);
        assertThat(toTheList.get(0).purpose()).isEqualTo(Purpose.CANCELLATION.id());
        assertThat(toTheList.get(0).calendarMethod()).isEqualTo("CANCEL");
    }

    @Test
    void moreThanTwentyCommandsAreRefusedWhole() {
        String body = "Apologies for the plenary on 20 June\n"
                + java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(i -> "AGENDA: Item " + i + " for the plenary on 27 June\n")
                .collect(Collectors.joining());

        Receipt receipt = receive("noor@ssr2.test", "Many", body);

        assertThat(receipt.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(receipt.reason()).contains("more than 20 commands");
        assertThat(receipt.effects()).isEmpty();
        assertThat(apologised("plenary-2017-06-20", "noor@ssr2.test"))
                .isFalse();
        assertThat(pending()).isEmpty();
        OutboxEmail error = outbox().get(0);
        assertThat(error.purpose()).isEqualTo(Purpose.ERROR.id());
        assertThat(error.recipients()).containsExactly("noor@ssr2.test");
        assertThat(error.text().replaceAll("\\s+", " ")).contains("21 commands").contains("at most 20");

        Receipt twenty = receive("noor@ssr2.test", "Twenty", body.substring(body.indexOf('\n') + 1));
        assertThat(twenty.outcome()).isEqualTo(Outcome.APPLIED);
    }

    @Test
    void confirmationsAreLimitedTo30PerHourWithOneRoundUp() {
        for (int i = 1; i <= 40; i++) {
            receive("noor@ssr2.test", "Item " + i, "AGENDA: Item " + i + " for the plenary on 27 June");
        }

        assertThat(pending()).hasSize(40);
        List<OutboxEmail> toNoor = outbox().stream().filter(e -> e.recipients().equals(List.of("noor@ssr2.test")))
                .toList();
        // 30 confirmations, the notice in place of the 31st, and the round-up waiting for the hour to end.
        assertThat(toNoor).hasSize(32);
        assertThat(toNoor.stream().filter(e -> e.text().contains("gathered into one round-up"))).hasSize(1);
        OutboxEmail roundUp = toNoor.get(0);
        assertThat(roundUp.subject()).contains("Round-up");
        assertThat(roundUp.nextAttempt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        for (int i = 31; i <= 40; i++) {
            assertThat(roundUp.text()).contains("Item " + i + "\"");
        }
        assertThat(roundUp.text()).doesNotContain("Item 30\"");
        assertThat(due(NOW)).doesNotContain(roundUp);
        assertThat(due(NOW.plus(Duration.ofHours(1))).stream()
                .map(OutboxEmail::outboxNo)).contains(roundUp.outboxNo());

        // After the hour, confirmations come one by one again.
        clock.set(NOW.plus(Duration.ofMinutes(61)));
        receive("noor@ssr2.test", "Item 41", "AGENDA: Item 41 for the plenary on 27 June");
        // The chairs' notices of each request are theirs; Noor's own mail is what is limited here.
        List<OutboxEmail> noorsNow = outbox().stream().filter(e -> e.recipients().equals(List.of("noor@ssr2.test")))
                .toList();
        OutboxEmail latest = noorsNow.get(0);
        assertThat(latest.text()).contains("Item 41").doesNotContain("round-up");
        assertThat(noorsNow.get(1).outboxNo()).isEqualTo(roundUp.outboxNo());
    }

    @Test
    void aClockSetBackDoesNotMakeAFreshConfirmationLookLikeAWaitingRoundUp() {
        // A restart with PLENARY_NOW sets the clock back: confirmations written before it are "due later" by the
        // clock, yet each email must still get its own.
        clock.set(NOW.plus(Duration.ofMinutes(5)));
        receive("noor@ssr2.test", "One", "AGENDA: First item for the plenary on 27 June");
        clock.set(NOW);
        receive("noor@ssr2.test", "Two", "AGENDA: Second item for the plenary on 27 June");

        assertThat(outbox()).filteredOn(email -> email.purpose().equals("confirmation")).hasSize(2)
                .extracting(OutboxEmail::inReplyTo).doesNotHaveDuplicates();
    }

    @Test
    void anEchoOfOurOwnExamplesAppliesNothing() {
        Receipt question = receive("denise@ssr2.test", "hm", "What is this list for?");
        assertThat(question.reply()).isEqualTo(ReplyKind.ERROR);
        OutboxEmail error = outbox().get(0);
        assertThat(error.text()).contains("- Apologies for the ");

        String echo = error.text().length() > 4000 ? error.text().substring(0, 4000) : error.text();
        Receipt echoed = receive("denise@ssr2.test", "Re: " + error.subject(), echo,
                "In-Reply-To: " + error.messageId() + "\r\nReferences: " + error.messageId() + "\r\n");

        assertThat(echoed.outcome()).isEqualTo(Outcome.IGNORED);
        assertThat(echoed.reason()).isEqualTo("echo of Plenary's examples");
        assertThat(echoed.reply()).isEqualTo(ReplyKind.NONE);
        assertThat(apologised("plenary-2017-06-20", "denise@ssr2.test")).isFalse();
        assertThat(pending()).isEmpty();
        assertThat(outbox().get(0).outboxNo()).isEqualTo(error.outboxNo());

        // An echo cut short in the middle of a suggestion is still an echo.
        int cut = error.text().indexOf("- AGENDA: title") + "- AGENDA: title (30 min) for".length();
        Receipt cutShort = receive("denise@ssr2.test", "Re: " + error.subject(), error.text().substring(0, cut),
                "In-Reply-To: " + error.messageId() + "\r\n");
        assertThat(cutShort.outcome()).isEqualTo(Outcome.IGNORED);
        assertThat(pending()).isEmpty();

        // The same lines pasted into a new email are echoes too; a command typed afterwards applies.
        Receipt pasted = receive("denise@ssr2.test", "again", echo);
        assertThat(pasted.outcome()).isEqualTo(Outcome.IGNORED);
        Receipt typed = receive("denise@ssr2.test", "apologies", "Apologies for the plenary on 20 June");
        assertThat(typed.outcome()).isEqualTo(Outcome.APPLIED);
    }

    @Test
    void aCancelledMeetingCannotBeChangedOrCancelledAgain() {
        receive("noor@ssr2.test", "Agenda", "AGENDA: Budget (10 min) for the plenary on 20 June");
        receive("amara@ssr2.test", "Plenary", "CANCEL plenary 20 June: travel");
        long announced = toTheList();
        assertThat(announced).isEqualTo(1);

        for (String command : List.of("CANCEL plenary 20 June: again", "CANCEL plenary-2017-06-20: again",
                "CONFIRM plenary-2017-06-20", "MOVE plenary-2017-06-20 TO 21 June", "ACCEPT R1", "DECLINE R1")) {
            Receipt receipt = receive("amara@ssr2.test", "Again", command);
            assertThat(receipt.outcome()).as(command).isEqualTo(Outcome.REJECTED);
            assertThat(receipt.allErrors().get(0)).as(command).contains("cancelled already");
        }

        assertThat(toTheList()).isEqualTo(announced);
        assertThat(meeting("plenary-2017-06-20").status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(meeting("plenary-2017-06-20").cancelReason()).isEqualTo("travel");
        Receipt moved = receive("amara@ssr2.test", "Move it", "MOVE R1 TO plenary-2017-06-27");
        assertThat(moved.outcome()).as(moved.allErrors().toString()).isEqualTo(Outcome.APPLIED);
    }

    private Receipt receive(String from, String subject, String body) {
        return receive(from, subject, body, "");
    }

    private Receipt receive(String from, String subject, String body, String headers) {
        byte[] raw = Explainer.email(from, subject, body, headers);
        return secretariat.receive(reader.read(raw), raw);
    }

    private boolean apologised(String meetingId, String email) {
        return database.inTransaction(tx -> tx.apologies().exists(group.id(), meetingId, email));
    }

    private List<org.plenary.store.AgendaItem> pending() {
        return database.inTransaction(tx -> tx.agenda().pending(group.id()));
    }

    private List<OutboxEmail> due(Instant at) {
        return database.inTransaction(tx -> tx.outbox().due(at, 1000));
    }

    private <T> T read(java.util.function.Function<org.plenary.store.StoreTransaction, T> query) {
        return database.inTransaction(query);
    }

    private Meeting meeting(String id) {
        return read(tx -> tx.meetings().find(group.id(), id)).orElseThrow();
    }

    /** Everything in the outbox, newest first. */
    private List<OutboxEmail> outbox() {
        return read(tx -> tx.outbox().recent(group.id(), 1000));
    }

    private long toTheList() {
        return outbox().stream().filter(e -> e.recipients().contains(LIST)).count();
    }
}
