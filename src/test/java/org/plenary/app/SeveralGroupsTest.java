package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.store.ActionItem;
import org.plenary.store.LedgerEntry;

/**
 * PRODUCT.md 3.8 in one process: a folder of group files, a group added by dropping its file there while running,
 * each group with its own mailbox, members and API (?group=), and a member of one group a stranger to another.
 */
class SeveralGroupsTest {
    private static final String CCWG_BOT = "secretariat@ccwg.test";

    @TempDir
    Path groups;
    private TestPlenary app;

    @BeforeEach
    void startWithOneGroupInTheFolder() throws IOException {
        Files.copy(Path.of(TestPlenary.GROUP_FILE), groups.resolve("ssr2.yaml"));
        app = TestPlenary.ssr2().with("plenary.group.file", groups.toString());
        app.with("plenary.imap.url.CCWG", "imap://secretariat%40ccwg.test:demo@127.0.0.1:"
                + app.greenMail().getImap().getPort() + "/INBOX");
        for (String address : List.of(CCWG_BOT, "noor@ccwg.test", "amara@ccwg.test", "ccwg-review@ccwg.test")) {
            app.greenMail().setUser(address, address, "demo");
        }
        app.start();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aGroupFileDroppedIntoTheFolderIsServedAndKeepsToItself() throws IOException {
        Files.writeString(groups.resolve("ccwg.yaml"), Files.readString(Path.of(TestPlenary.GROUP_FILE))
                .replace("ssr2", "ccwg").replace("SSR2", "CCWG"));
        await().atMost(Duration.ofSeconds(20)).until(() -> app.plenary().camelContext()
                .getRouteController().getRouteStatus("inbound-mail-ccwg") == ServiceStatus.Started);

        app.send("noor@ccwg.test", CCWG_BOT, "CCWG item", "ACTION: Noor to draft the CCWG charter by 30 June", null);
        app.send("kaveh@ssr2.test", CCWG_BOT, "leak", "ACTION: Kaveh to leak across groups by 30 June", null);
        app.send("noor@ssr2.test", "SSR2 item", "ACTION: Noor to draft the SSR2 report by 30 June");
        await().atMost(Duration.ofSeconds(20)).until(() -> ledger("ccwg").size() == 2 && ledger("ssr2").size() == 1);

        assertThat(titles("ccwg")).contains("draft the CCWG charter").noneMatch(t -> t.contains("leak") || t.contains("SSR2"));
        assertThat(titles("ssr2")).contains("draft the SSR2 report").noneMatch(t -> t.contains("CCWG"));
        assertThat(ledger("ccwg")).filteredOn(e -> e.from().contains("kaveh@ssr2.test"))
                .extracting(LedgerEntry::outcome).doesNotContain("applied");
        assertThat(app.getJson("/health").get("mailboxes")).extracting(n -> n.asText()).containsExactly("ssr2", "ccwg");
    }

    @Test
    void theApiNeedsTheGroupAndATokenOfThatGroup() throws IOException {
        Files.writeString(groups.resolve("ccwg.yaml"), Files.readString(Path.of(TestPlenary.GROUP_FILE))
                .replace("ssr2", "ccwg").replace("SSR2", "CCWG"));
        await().atMost(Duration.ofSeconds(20)).until(() -> app.plenary().groups().ids().size() == 2);

        assertThat(app.httpGet("/api/actions").statusCode()).isEqualTo(400);
        assertThat(app.httpGet("/api/actions").body()).contains("\"error\"").contains("?group=");
        assertThat(app.httpGet("/api/actions?group=nope").statusCode()).isEqualTo(400);
        assertThat(app.getJson("/api/actions?group=ccwg").get(0).get("group").asText()).isEqualTo("ccwg");
        String noorOfSsr2 = app.plenary().groups().get("ssr2").tokens().issue("noor@ssr2.test");
        assertThat(app.httpGet("/api/actions?group=ssr2", noorOfSsr2).statusCode()).isEqualTo(200);
        assertThat(app.httpGet("/api/actions?group=ccwg", noorOfSsr2).statusCode()).isEqualTo(401);
    }

    private List<String> titles(String group) {
        return app.database().inTransaction(tx -> tx.actions().all(group)).stream().map(ActionItem::title).toList();
    }

    private List<LedgerEntry> ledger(String group) {
        return app.database().inTransaction(tx -> tx.ledger().recent(group, 100));
    }
}
