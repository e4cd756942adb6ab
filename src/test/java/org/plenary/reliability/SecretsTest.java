package org.plenary.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.app.MailUrls;
import org.plenary.cli.DemoMailServer;
import org.plenary.group.GroupFileReader;

/**
 * PRODUCT.md 3.2, "passwords never appear in logs or error messages": a real process runs with a distinctive
 * password in both mail URLs, is made to fail on both (SMTP refused, then IMAP login refused), and neither its
 * log nor its HTTP API may show the password.
 */
class SecretsTest {
    private static final String SECRET = "s3cr3t-P4ss";

    @TempDir
    Path temp;

    @Test
    void thePasswordsOfTheMailUrlsNeverAppearInLogsOrTheApi() throws Exception {
        int smtpPort = PlenaryProcess.freePort();
        int imapPort = PlenaryProcess.freePort();
        int closedPort = PlenaryProcess.freePort();
        try (DemoMailServer mail = new DemoMailServer(smtpPort, imapPort,
                new GroupFileReader().read(Path.of("examples/ssr2/group.yaml")))) {
            mail.greenMail().setUser("secretariat@ssr2.test", "secretariat@ssr2.test", SECRET);
            String raw = "From: noor@ssr2.test\r\nTo: secretariat@ssr2.test\r\nSubject: Apologies\r\nMessage-ID: <s1@members.test>\r\n\r\n"
                    + "Apologies for the plenary on 4 July\r\n";
            mail.greenMail().getUserManager().getUserByEmail("secretariat@ssr2.test").deliver(new MimeMessage(
                    Session.getInstance(new Properties()), new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
            TcpProxy imap = new TcpProxy(imapPort).up();
            PlenaryProcess plenary = new PlenaryProcess(temp.resolve("plenary.log"))
                    .with("PLENARY_IMAP_URL", "imap://secretariat%40ssr2.test:" + SECRET + "@127.0.0.1:" + imap.port() + "/INBOX")
                    .with("PLENARY_SMTP_URL", "smtp://plenary:" + SECRET + "@127.0.0.1:" + closedPort)
                    .with("PLENARY_DB_URL", "jdbc:h2:file:" + temp.resolve("store").toAbsolutePath());
            plenary.start();
            try {
                // The email is applied; its confirmation fails against the closed SMTP port and waits in the outbox.
                await().atMost(Duration.ofSeconds(60)).until(() -> plenary.getText("/api/emails").contains("s1@members.test"));
                int failedBefore = plenary.log().split("not delivered", -1).length;
                await().atMost(Duration.ofSeconds(30)).until(() -> plenary.log().split("not delivered", -1).length > failedBefore);
                // Now the mailbox refuses the password: the consumer logs its failures.
                mail.greenMail().getUserManager().getUserByEmail("secretariat@ssr2.test").setPassword("changed");
                mail.greenMail().getUserManager().getUserByEmail("secretariat@ssr2.test").deliver(new MimeMessage(
                        Session.getInstance(new Properties()), new ByteArrayInputStream(raw.replace("s1@", "s2@")
                                .getBytes(StandardCharsets.UTF_8))));
                // camel-mail keeps its IMAP connection open: cut it, so that the consumer has to log in again.
                imap.down();
                await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> imap.up() != null);
                // Wait until it has been refused twice and said so: the log is then worth reading.
                await().atMost(Duration.ofSeconds(60)).until(() -> plenary.log().split("AuthenticationFailed", -1).length > 2);
                List<String> exposed = List.of(plenary.log(), plenary.getText("/health"), plenary.getText("/api/emails"),
                        plenary.getText("/api/actions"));
                assertThat(plenary.getText("/api/emails")).contains("s1@members.test");
                assertThat(exposed).noneSatisfy(text -> assertThat(text).contains(SECRET));
            } finally {
                plenary.stop();
                imap.close();
            }
            assertThat(plenary.log()).doesNotContain(SECRET);
        }
    }

    @Test
    void redactedUrlsKeepEverythingButThePassword() {
        assertThat(MailUrls.redacted("imaps://bot%40example.org:" + SECRET + "@imap.example.org/INBOX"))
                .isEqualTo("imaps://bot%40example.org:***@imap.example.org/INBOX");
        assertThat(MailUrls.redacted("smtps://user:" + SECRET + "@smtp.example.org:465")).doesNotContain(SECRET)
                .contains("smtp.example.org:465", "user");
        assertThat(MailUrls.redacted("imap://127.0.0.1:3143?username=RAW(bot)&password=RAW(" + SECRET + ")&unseen=true"))
                .doesNotContain(SECRET).contains("unseen=true");
        assertThat(MailUrls.redacted("smtp://127.0.0.1:25?password=" + SECRET)).doesNotContain(SECRET);
        assertThat(MailUrls.redacted("smtp://127.0.0.1:25")).isEqualTo("smtp://127.0.0.1:25");
        assertThat(MailUrls.redacted(null)).isNull();
        // A bad URL's error message names the URL, redacted.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MailUrls.imap("ftp://u:" + SECRET + "@host/", List.of()))
                .hasMessageNotContaining(SECRET);
    }
}
