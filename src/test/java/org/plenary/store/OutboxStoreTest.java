package org.plenary.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxStoreTest extends StoreTestSupport {

    static OutboxEmail reply(String messageId) {
        return OutboxEmail.of(GROUP, messageId, "reply", "plenary-2017-07-04", List.of("noor@ssr2.test", "zoe@ssr2.test"),
                "[SSR2] Apology noted", "Noted.", "<p>Noted.</p>", null, null, "<cafe@mail.test>",
                List.of("<root@mail.test>", "<cafe@mail.test>"), "auto-replied");
    }

    private long add(String messageId) {
        return in(tx -> tx.outbox().add(reply(messageId), NOW));
    }

    @Test
    void anAddedEmailRoundTripsAndIsDueAtOnce() {
        long outboxNo = add("<r1@ssr2.test>");

        OutboxEmail stored = committed().outbox().find(outboxNo).orElseThrow();
        assertThat(stored).usingRecursiveComparison().ignoringFields("outboxNo", "created", "nextAttempt")
                .isEqualTo(reply("<r1@ssr2.test>"));
        assertThat(stored.created()).isEqualTo(NOW);
        assertThat(committed().outbox().due(NOW, 10)).extracting(OutboxEmail::outboxNo).containsExactly(outboxNo);
    }

    @Test
    void anInvitationKeepsItsCalendar() {
        OutboxEmail invitation = OutboxEmail.of(GROUP, "<i1@ssr2.test>", "invitation", "plenary-2017-07-04",
                List.of("noor@ssr2.test"), "[SSR2] Invitation", "text", "<p>html</p>", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
                "REQUEST", null, List.of(), "auto-generated");

        long outboxNo = in(tx -> tx.outbox().add(invitation, NOW));

        assertThat(committed().outbox().find(outboxNo).orElseThrow())
                .extracting(OutboxEmail::calendar, OutboxEmail::calendarMethod, OutboxEmail::references)
                .containsExactly("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "REQUEST", List.of());
    }

    @Test
    void aFailedEmailIsDueAgainOnlyAtItsNextAttempt() {
        long outboxNo = add("<r1@ssr2.test>");
        Instant retry = NOW.plusSeconds(300);

        use(tx -> tx.outbox().markFailed(outboxNo, "SMTP 451", retry));

        assertThat(committed().outbox().due(retry.minusSeconds(1), 10)).isEmpty();
        assertThat(committed().outbox().due(retry, 10)).singleElement()
                .extracting(OutboxEmail::attempts, OutboxEmail::lastError, OutboxEmail::nextAttempt)
                .containsExactly(1, "SMTP 451", retry);
    }

    @Test
    void aSentEmailIsNoLongerDueOrPending() {
        long sent = add("<r1@ssr2.test>");
        add("<r2@ssr2.test>");

        use(tx -> tx.outbox().markSent(sent, NOW.plusSeconds(5)));

        assertThat(committed().outbox().due(NOW.plusSeconds(60), 10)).extracting(OutboxEmail::messageId)
                .containsExactly("<r2@ssr2.test>");
        assertThat(committed().outbox().pending()).isEqualTo(1);
        assertThat(committed().outbox().find(sent).orElseThrow().sent()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void dueTakesTheOldestFirstUpToTheLimit() {
        long first = add("<r1@ssr2.test>");
        long second = add("<r2@ssr2.test>");
        add("<r3@ssr2.test>");

        assertThat(committed().outbox().due(NOW, 2)).extracting(OutboxEmail::outboxNo).containsExactly(first, second);
        assertThat(committed().outbox().recent(GROUP, 1)).extracting(OutboxEmail::messageId)
                .containsExactly("<r3@ssr2.test>");
    }

    @Test
    void aReplyToOurMessageFindsWhatItWasAbout() {
        add("<r1@ssr2.test>");

        assertThat(committed().outbox().refOfMessage(GROUP, "<r1@ssr2.test>")).contains("plenary-2017-07-04");
        assertThat(committed().outbox().refOfMessage(GROUP, "<unknown@ssr2.test>")).isEmpty();
    }

    @Test
    void aMessageIdIsQueuedOnlyOnce() {
        add("<r1@ssr2.test>");

        assertUniqueViolation(() -> add("<r1@ssr2.test>"));
    }

    static OutboxEmail error(String messageId, String to) {
        return OutboxEmail.of(GROUP, messageId, "error", null, List.of(to), "[SSR2] Not understood", "Try HELP.",
                "<p>Try HELP.</p>", null, null, null, List.of(), "auto-replied");
    }

    @Test
    void aRecipientsRecentEmailsIncludeThoseWrittenLaterInTheTransaction() {
        long lastWeek = in(tx -> tx.outbox().add(error("<e1@ssr2.test>", "noor@ssr2.test"), NOW.minusSeconds(86_400)));

        List<List<Long>> seen = in(tx -> {
            List<Long> before = tx.outbox().numbersSince(GROUP, "error", "noor@ssr2.test", NOW.minusSeconds(7 * 86_400));
            long now = tx.outbox().add(error("<e2@ssr2.test>", "noor@ssr2.test"), NOW);
            tx.outbox().add(error("<e3@ssr2.test>", "zoe@ssr2.test"), NOW);
            return List.of(before, List.of(now),
                    tx.outbox().numbersSince(GROUP, "error", "noor@ssr2.test", NOW.minusSeconds(7 * 86_400)),
                    tx.outbox().numbersSince(GROUP, "error", "noor@ssr2.test", NOW.minusSeconds(60)),
                    tx.outbox().numbersSince(GROUP, "help", "noor@ssr2.test", NOW.minusSeconds(7 * 86_400)));
        });

        assertThat(seen.get(0)).containsExactly(lastWeek);
        assertThat(seen.get(2)).containsExactlyInAnyOrder(lastWeek, seen.get(1).get(0));
        assertThat(seen.get(3)).containsExactly(seen.get(1).get(0));
        assertThat(seen.get(4)).isEmpty();
    }

    @Test
    void anEarlierTimeIsReadAgainAndARolledBackEmailIsForgotten() {
        long twoWeeksAgo = in(tx -> tx.outbox().add(error("<e1@ssr2.test>", "noor@ssr2.test"), NOW.minusSeconds(14 * 86_400)));

        List<List<Long>> seen = in(tx -> {
            List<Long> lastWeek = tx.outbox().numbersSince(GROUP, "error", "noor@ssr2.test", NOW.minusSeconds(7 * 86_400));
            tx.attempt(() -> {
                tx.outbox().add(error("<e2@ssr2.test>", "noor@ssr2.test"), NOW);
                throw new IllegalStateException("the email failed");
            });
            return List.of(lastWeek,
                    tx.outbox().numbersSince(GROUP, "error", "noor@ssr2.test", NOW.minusSeconds(7 * 86_400)),
                    tx.outbox().numbersSince(GROUP, "error", "noor@ssr2.test", NOW.minusSeconds(21 * 86_400)));
        });

        assertThat(seen.get(0)).isEmpty();
        assertThat(seen.get(1)).isEmpty();
        assertThat(seen.get(2)).containsExactly(twoWeeksAgo);
    }
}
