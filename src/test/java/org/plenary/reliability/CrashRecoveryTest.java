package org.plenary.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plenary.cli.DemoMailServer;
import org.plenary.group.GroupFileReader;
import org.plenary.store.ActionItem;
import org.plenary.store.Database;
import org.plenary.store.LedgerEntry;
import org.plenary.store.StoreFixture;

/**
 * PRODUCT.md 6, "nothing lost, nothing twice", against a real process: Plenary drains a backlog while the test
 * kills it with SIGKILL at random moments and starts it again on the same store. Whatever moment the kill hits
 * (mid-transaction, between commit and the \Seen flag, mid-SMTP), every email must end up applied exactly once
 * and every committed confirmation sent at least once (a resend keeps its Message-ID).
 */
class CrashRecoveryTest {
    private static final String BOT = "secretariat@ssr2.test";
    private static final String NOOR = "noor@ssr2.test";
    // H2 carries the full backlog; PostgreSQL, whose transactions take the same path, a lighter one to keep CI short.
    private static final int BACKLOG_H2 = 150;
    private static final int BACKLOG_POSTGRES = 60;
    private static final int KILLS = 4;
    private static final Pattern ITEM = Pattern.compile("review item #(\\d+)\\b");

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.plenary.store.StoreFixture#kinds")
    void everyEmailIsAppliedOnceAndConfirmedThoughTheProcessIsKilledRepeatedly(StoreFixture.Kind kind) throws Exception {
        long began = System.nanoTime();
        int backlog = kind == StoreFixture.Kind.H2 ? BACKLOG_H2 : BACKLOG_POSTGRES;
        String url;
        String user = "";
        String password = "";
        StoreFixture postgres = null;
        if (kind == StoreFixture.Kind.POSTGRES) {
            postgres = StoreFixture.postgres();
            url = postgres.jdbcUrl();
            user = postgres.user();
            password = postgres.password();
            postgres.database().close();
        } else {
            url = "jdbc:h2:file:" + temp.resolve("store").toAbsolutePath();
        }
        int smtpPort = PlenaryProcess.freePort();
        int imapPort = PlenaryProcess.freePort();
        try (DemoMailServer mail = new DemoMailServer(smtpPort, imapPort,
                new GroupFileReader().read(Path.of("examples/ssr2/group.yaml")))) {
            List<String> messageIds = deliverBacklog(mail, kind.name().toLowerCase(), backlog);
            PlenaryProcess plenary = new PlenaryProcess(temp.resolve("plenary.log"))
                    .with("PLENARY_IMAP_URL", "imap://secretariat%40ssr2.test:demo@127.0.0.1:" + imapPort + "/INBOX")
                    .with("PLENARY_SMTP_URL", "smtp://127.0.0.1:" + smtpPort)
                    .with("PLENARY_DB_URL", url).with("PLENARY_DB_USER", user).with("PLENARY_DB_PASSWORD", password);

            Random random = new Random(42);
            int killsWhileDraining = 0;
            for (int kill = 0; kill < KILLS; kill++) {
                plenary.start();
                // A kill resets the mail server's connections (SMTP mid-delivery, IMAP mid-IDLE), and GreenMail's
                // handler threads throw on that: the killed client is the point here, not a failure of the test.
                await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(60)).until(() -> plenary.get("/health") != null);
                // Kill mid-drain: after a random number of further emails are applied (the store polled every 20 ms,
                // so the kill lands anywhere in the email after them, not at a moment the app chose).
                int applied = appliedItems(plenary.actionTitles()).size();
                int target = Math.min(backlog, applied + 1 + random.nextInt(Math.max(1, backlog / (KILLS + 1))));
                await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                        .until(() -> appliedItems(plenary.actionTitles()).size() >= target);
                if (appliedItems(plenary.actionTitles()).size() < backlog) {
                    killsWhileDraining++;
                }
                plenary.kill();
            }
            plenary.start();
            await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() ->
                    appliedItems(plenary.actionTitles()).size() >= backlog
                            && plenary.get("/health") != null && plenary.get("/health").path("outboxPending").asInt(-1) == 0);
            plenary.stop();

            // The process is gone: read its store directly.
            List<String> titles;
            List<LedgerEntry> ledger;
            try (Database store = Database.open(url, user, password)) {
                titles = store.inTransaction(tx -> tx.actions().all("ssr2")).stream().map(ActionItem::title).toList();
                ledger = store.inTransaction(tx -> tx.ledger().recent("ssr2", 10_000));
            }
            List<Integer> items = appliedItems(titles);
            int duplicates = items.size() - new HashSet<>(items).size();
            Set<Integer> expected = new HashSet<>();
            for (int k = 1; k <= backlog; k++) {
                expected.add(k);
            }
            Set<Integer> lost = new HashSet<>(expected);
            lost.removeAll(items);
            assertThat(duplicates).as("actions created twice").isZero();
            assertThat(lost).as("emails never applied").isEmpty();
            Map<String, Long> appliedPerMessage = new HashMap<>();
            ledger.stream().filter(e -> e.outcome().equals("applied"))
                    .forEach(e -> appliedPerMessage.merge(e.messageId(), 1L, Long::sum));
            assertThat(appliedPerMessage.keySet()).containsExactlyInAnyOrderElementsOf(messageIds);
            assertThat(appliedPerMessage.values()).containsOnly(1L);

            // Every confirmation reached Noor, threaded; one sent twice (killed after SMTP, before "sent") keeps its Message-ID.
            Map<String, Set<String>> confirmations = new HashMap<>();
            for (MimeMessage reply : mail.greenMail().getReceivedMessagesForDomain(NOOR)) {
                String inReplyTo = reply.getHeader("In-Reply-To", null);
                confirmations.computeIfAbsent(inReplyTo, k -> new HashSet<>()).add(reply.getMessageID());
            }
            assertThat(confirmations.keySet()).containsAll(messageIds);
            assertThat(confirmations.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
            long resent = mail.greenMail().getReceivedMessagesForDomain(NOOR).length - confirmations.size();

            System.out.printf("[reliability] crash test on %s: kills survived %d (%d while draining), backlog %d, "
                            + "duplicates %d, losses %d, confirmations resent %d, time %d s%n", kind, KILLS, killsWhileDraining,
                    backlog, duplicates, lost.size(), resent, (System.nanoTime() - began) / 1_000_000_000L);
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    private static List<String> deliverBacklog(DemoMailServer mail, String run, int backlog) throws Exception {
        List<String> messageIds = new ArrayList<>();
        for (int k = 1; k <= backlog; k++) {
            String messageId = "<review-" + k + "." + run + "@members.test>";
            String raw = "From: Noor <" + NOOR + ">\r\nTo: " + BOT + "\r\nSubject: item " + k + "\r\nMessage-ID: " + messageId
                    + "\r\nDate: Thu, 15 Jun 2017 08:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                    + "ACTION: Noor to review item #" + k + " by 30 June\r\n";
            mail.greenMail().getUserManager().getUserByEmail(BOT).deliver(new MimeMessage(
                    Session.getInstance(new Properties()), new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
            messageIds.add(messageId);
        }
        return messageIds;
    }

    private static List<Integer> appliedItems(List<String> titles) {
        List<Integer> items = new ArrayList<>();
        for (String title : titles) {
            Matcher m = ITEM.matcher(title);
            if (m.find()) {
                items.add(Integer.parseInt(m.group(1)));
            }
        }
        return items;
    }
}
