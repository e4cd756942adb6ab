package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.store.AgendaItem;
import org.plenary.store.LedgerEntry;

/**
 * PRODUCT.md 4, "who hears back", through the real app. A reply is written to the outbox in the transaction
 * that records the email, so once the ledger row is there the outbox already says who will hear back.
 */
class InboundGuardsTest {
    private static final String LIST = "ssr2-review@ssr2.test";
    private static final Set<String> REPLIES = Set.of("confirmation", "error", "help", "status");
    @RegisterExtension
    final TestPlenary app = TestPlenary.ssr2();

    @Test
    void anUnknownSenderIsRecordedRejectedAndNobodyHearsBack() {
        app.send("stranger@elsewhere.test", "Apologies", "Apologies for the plenary on 4 July.");

        assertThat(app.awaitLedgerEntries(1)).extracting(LedgerEntry::outcome).containsExactly("rejected");
        assertThat(replies()).isEmpty();
        assertThat(apologiesFor4July()).isZero();
        // A stranger's mail is kept as its headers only (docs/security.md).
        long emailNo = app.ledger().get(0).emailNo();
        String kept = new String(app.database().inTransaction(tx -> tx.ledger().raw("ssr2", emailNo)).orElseThrow(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(kept).contains("From:", "stranger@elsewhere.test", "Subject: Apologies")
                .doesNotContain("plenary on 4 July");
    }

    @Test
    void anObserversAgendaRequestIsRefusedWithAnErrorReply() throws Exception {
        app.send("obs@ssr2.test", "Agenda", "AGENDA: DNS Abuse Study briefing (30 min) for the plenary on 27 June");

        assertThat(app.awaitLedgerEntries(1)).extracting(LedgerEntry::outcome).containsExactly("rejected");
        assertThat(app.outboxTo("obs@ssr2.test")).extracting(e -> e.purpose()).containsExactly("error");
        List<AgendaItem> agenda = app.database().inTransaction(tx -> tx.agenda().ofMeeting("ssr2", "plenary-2017-06-27"));
        assertThat(agenda).noneMatch(item -> item.title().contains("DNS Abuse"));
        assertThat(app.awaitMail("obs@ssr2.test", 1).get(0).getSubject()).startsWith("Re:");
    }

    @Test
    void aMembersListDiscussionWithoutCommandIsIgnoredSilently() {
        // Plenary is subscribed to the list: the list's copy lands in Plenary's mailbox.
        app.deliverRaw(TestPlenary.rawEmail("kaveh@ssr2.test", LIST, "Re: draft report",
                "I agree with Noor, the draft reads well.", InboundOnceTest.newMessageId(), Map.of("List-Id", "<ssr2-review.ssr2.test>")));

        List<LedgerEntry> ledger = app.awaitLedgerEntries(1);
        assertThat(ledger).extracting(LedgerEntry::outcome).containsExactly("ignored");
        assertThat(ledger.get(0).reason()).isEqualTo("list discussion without a command");
        assertThat(replies()).isEmpty();
    }

    @Test
    void aListEmailWhoseCommandFailsGetsAPrivateErrorReply() {
        app.deliverRaw(TestPlenary.rawEmail("kaveh@ssr2.test", LIST, "Re: actions", "A99 done", InboundOnceTest.newMessageId(),
                Map.of("List-Id", "<ssr2-review.ssr2.test>")));

        assertThat(app.awaitLedgerEntries(1)).extracting(LedgerEntry::outcome).containsExactly("rejected");
        assertThat(replies()).containsExactly("error to [kaveh@ssr2.test]");
    }

    @Test
    void aMembersOutOfOfficeReplyIsIgnoredAndNotAnswered() {
        app.send("noor@ssr2.test", TestPlenary.BOT, "Out of office: [SSR2] Agenda", "I am away until 10 July.",
                Map.of("Auto-Submitted", "auto-replied"));

        assertThat(app.awaitLedgerEntries(1)).extracting(LedgerEntry::outcome).containsExactly("ignored");
        assertThat(replies()).isEmpty();
    }

    @Test
    void aDirectEmailWithoutCommandGetsAnErrorReplyAndASecondOneToo() {
        // Limited against loops (5 an hour, see ConversationTest), not to one a day: nobody is left in silence.
        app.send("zoe@ssr2.test", "Hello", "Thank you, that is helpful.");
        app.awaitLedger(1);
        app.send("zoe@ssr2.test", "Hello again", "Thank you once more, that is helpful.");

        assertThat(app.awaitLedgerEntries(2)).extracting(LedgerEntry::outcome).containsExactly("ignored", "ignored");
        assertThat(app.outboxTo("zoe@ssr2.test")).extracting(e -> e.purpose()).containsExactly("error", "error");
        assertThat(TestPlenary.textOf(app.awaitMail("zoe@ssr2.test", 1).get(0))).isNotBlank();
    }

    /** Confirmations, errors, help and status answers: the mail that answers an email (agendas are not replies). */
    private List<String> replies() {
        return app.outbox().stream().filter(e -> REPLIES.contains(e.purpose()))
                .map(e -> e.purpose() + " to " + e.recipients()).toList();
    }

    private int apologiesFor4July() {
        return app.database().inTransaction(tx -> tx.apologies().ofMeeting("ssr2", "plenary-2017-07-04")).size();
    }
}
