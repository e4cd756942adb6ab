package org.plenary.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.cli.DemoMailServer;
import org.plenary.correlation.Purpose;
import org.plenary.group.GroupFileReader;
import org.plenary.store.ActionItem;
import org.plenary.store.Database;
import org.plenary.store.LedgerEntry;
import org.plenary.store.OutboxEmail;
import org.plenary.store.StoreFixture;

/**
 * PRODUCT.md 3.8 with real parts: two {@code plenary run} processes on one PostgreSQL, coordinated by a real
 * ZooKeeper, serving two groups. The instance holding both mailboxes is killed with SIGKILL in the middle of a
 * backlog on each; the other takes both over within the session timeout, and every email of each group is applied
 * exactly once in its own group and confirmed, and the agenda and the digest that fell due went out once.
 */
class FailoverTest {
    private static final int BACKLOG = 40;
    private static final String[] GROUPS = {"ssr2", "ccwg"};

    @TempDir
    Path temp;

    @Test
    void theOtherInstanceTakesOverBothMailboxesAndNothingIsLostOrDoneTwice() throws Exception {
        try (StoreFixture postgres = StoreFixture.postgres();
             ZooKeeperServer zookeeper = ZooKeeperServer.start(temp.resolve("zookeeper"));
             DemoMailServer mail = new DemoMailServer(PlenaryProcess.freePort(), PlenaryProcess.freePort(),
                     new GroupFileReader().read(Path.of("examples/ssr2/group.yaml")))) {
            Path ccwg = temp.resolve("ccwg.yaml");
            // The second group: the demo's, under other addresses (its members are strangers to ssr2, and back).
            Files.writeString(ccwg, Files.readString(Path.of("examples/ssr2/group.yaml")).replace("ssr2", "ccwg")
                    .replace("SSR2", "CCWG"));
            new GroupFileReader().read(ccwg).members().forEach(m -> mail.greenMail().setUser(m.email(), m.email(), "demo"));
            mail.greenMail().setUser("secretariat@ccwg.test", "secretariat@ccwg.test", "demo");
            Map<String, List<String>> messageIds = new HashMap<>();
            for (String group : GROUPS) {
                messageIds.put(group, deliverBacklog(mail, group));
            }
            int imap = mail.greenMail().getImap().getPort();
            PlenaryProcess first = instance(temp.resolve("first.log"), postgres, zookeeper, mail, ccwg, imap);
            PlenaryProcess second = instance(temp.resolve("second.log"), postgres, zookeeper, mail, ccwg, imap);

            first.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> mailboxes(first).size() == GROUPS.length);
            second.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> second.get("/health") != null);
            assertThat(mailboxes(second)).as("the second instance waits: the first holds both mailboxes").isEmpty();
            // Mid-backlog: some emails of each group applied, not all.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> applied(postgres, "ssr2") >= 5 && applied(postgres, "ccwg") >= 5);
            long killed = System.nanoTime();
            first.kill();
            int before = applied(postgres, "ssr2") + applied(postgres, "ccwg");

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> mailboxes(second).size() == GROUPS.length);
            long takeover = (System.nanoTime() - killed) / 1_000_000;
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                    applied(postgres, "ssr2") >= BACKLOG && applied(postgres, "ccwg") >= BACKLOG
                            && second.get("/health").path("outboxPending").asInt(-1) == 0);
            second.stop();

            Database store = postgres.database();
            for (String group : GROUPS) {
                List<String> titles = store.inTransaction(tx -> tx.actions().all(group)).stream()
                        .map(ActionItem::title).filter(t -> t.contains("item #")).toList();
                assertThat(titles).as("%s: every item once, only its own", group).hasSize(BACKLOG)
                        .doesNotHaveDuplicates().allMatch(t -> t.contains("review " + group + " item #"));
                Map<String, Long> appliedPerMessage = new HashMap<>();
                store.inTransaction(tx -> tx.ledger().recent(group, 10_000)).stream()
                        .filter(e -> e.outcome().equals("applied")).map(LedgerEntry::messageId)
                        .forEach(id -> appliedPerMessage.merge(id, 1L, Long::sum));
                assertThat(appliedPerMessage.keySet()).containsExactlyInAnyOrderElementsOf(messageIds.get(group));
                assertThat(appliedPerMessage.values()).containsOnly(1L);
                List<OutboxEmail> outbox = store.inTransaction(tx -> tx.outbox().recent(group, 10_000));
                // An agenda or digest goes to several recipients (personal copies): none of them twice.
                List<OutboxEmail> scheduled = outbox.stream().filter(e -> e.purpose().equals(Purpose.AGENDA.id())
                        || e.purpose().equals(Purpose.DIGEST.id())).toList();
                assertThat(scheduled).as("%s: agenda and digest", group)
                        .extracting(e -> e.purpose() + " " + e.ref() + " " + e.recipients()).doesNotHaveDuplicates();
                assertThat(scheduled).extracting(OutboxEmail::purpose).contains(Purpose.AGENDA.id(), Purpose.DIGEST.id());
                assertThat(scheduled).filteredOn(e -> e.purpose().equals(Purpose.AGENDA.id()))
                        .extracting(OutboxEmail::ref).containsOnly("plenary-2017-06-20");
            }
            // Every email confirmed to its sender; one sent twice (killed after SMTP, before "sent") keeps its Message-ID.
            for (String group : GROUPS) {
                Map<String, Set<String>> confirmations = new HashMap<>();
                for (MimeMessage reply : mail.greenMail().getReceivedMessagesForDomain("noor@" + group + ".test")) {
                    String inReplyTo = reply.getHeader("In-Reply-To", null);
                    if (inReplyTo != null) {
                        confirmations.computeIfAbsent(inReplyTo, k -> new HashSet<>()).add(reply.getMessageID());
                    }
                }
                assertThat(confirmations.keySet()).containsAll(messageIds.get(group));
                assertThat(confirmations.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
            }
            assertThat(takeover).as("takeover in ms").isLessThan(30_000);
            System.out.printf("[scale] failover: killed the holder after %d of %d emails; the other held both mailboxes "
                    + "%d ms later%n", before, 2 * BACKLOG, takeover);
        }
    }

    private static PlenaryProcess instance(Path log, StoreFixture postgres, ZooKeeperServer zookeeper, DemoMailServer mail,
                                           Path ccwg, int imap) {
        return new PlenaryProcess(log)
                .with("PLENARY_GROUP_FILE", "examples/ssr2/group.yaml," + ccwg)
                .with("PLENARY_IMAP_URL_SSR2", "imap://secretariat%40ssr2.test:demo@127.0.0.1:" + imap + "/INBOX")
                .with("PLENARY_IMAP_URL_CCWG", "imap://secretariat%40ccwg.test:demo@127.0.0.1:" + imap + "/INBOX")
                .with("PLENARY_SMTP_URL", "smtp://127.0.0.1:" + mail.greenMail().getSmtp().getPort())
                .with("PLENARY_DB_URL", postgres.jdbcUrl()).with("PLENARY_DB_USER", postgres.user())
                .with("PLENARY_DB_PASSWORD", postgres.password())
                .with("PLENARY_CLUSTER_ZOOKEEPER", zookeeper.address()).with("PLENARY_CLUSTER_TIMEOUT", "4s")
                // Monday 19 June 2017, 09:00 UTC: the weekly digest (Monday 08:00) and the agenda of Tuesday's plenary
                // are due at once, for both groups.
                .with("PLENARY_NOW", "2017-06-19T09:00:00Z");
    }

    private static List<String> mailboxes(PlenaryProcess instance) {
        JsonNode health = instance.get("/health");
        List<String> held = new ArrayList<>();
        if (health != null) {
            health.path("mailboxes").forEach(m -> held.add(m.asText()));
        }
        return held;
    }

    private static int applied(StoreFixture postgres, String group) {
        return (int) postgres.database().inTransaction(tx -> tx.actions().all(group)).stream()
                .filter(a -> a.title().contains("item #")).count();
    }

    private static List<String> deliverBacklog(DemoMailServer mail, String group) throws Exception {
        List<String> messageIds = new ArrayList<>();
        String bot = "secretariat@" + group + ".test";
        for (int k = 1; k <= BACKLOG; k++) {
            String messageId = "<review-" + k + "." + group + "@members.test>";
            String raw = "From: Noor <noor@" + group + ".test>\r\nTo: " + bot + "\r\nSubject: item " + k
                    + "\r\nMessage-ID: " + messageId + "\r\nDate: Mon, 19 Jun 2017 08:00:00 +0000\r\nMIME-Version: 1.0"
                    + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nACTION: Noor to review " + group + " item #" + k
                    + " by 30 June\r\n";
            mail.greenMail().getUserManager().getUserByEmail(bot).deliver(new MimeMessage(
                    Session.getInstance(new Properties()), new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
            messageIds.add(messageId);
        }
        return messageIds;
    }
}
