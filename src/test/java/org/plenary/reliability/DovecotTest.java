package org.plenary.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.app.TestPlenary;
import org.plenary.store.LedgerEntry;

/**
 * Plenary against a real IMAP server, Dovecot, started by the test with a throwaway configuration on a free
 * loopback port (as ../shared/acceptance/dovecot.sh does): GreenMail's leniency cannot hide a protocol
 * mistake here. Skipped where Dovecot is not installed (CI installs dovecot-imapd).
 */
class DovecotTest {
    private static final String BOT = TestPlenary.BOT;
    private static final String PASSWORD = "secret";

    @TempDir
    Path dir;
    private Path config;
    private int port;
    private TestPlenary app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (config != null) {
            run(List.of("doveadm", "-c", config.toString(), "stop"), null);
        }
    }

    @Test
    void anApologyIsAppliedOnceAndSeenAndAPoisonEmailIsMovedAsideOnDovecot() throws Exception {
        Assumptions.assumeTrue(onPath("dovecot") && onPath("doveadm"), "Dovecot is not installed");
        startDovecot();
        // The poison: this deployment's error template cannot render, so an email earning an error reply fails.
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("error-text.ftl"), "<#ftl output_format=\"plainText\">${noSuchValue}\n");
        deliver(MailboxGuardsTest.raw("kaveh@ssr2.test", "hello", "Lorem ipsum", Map.of("Message-ID", "<poison@members.test>")));
        deliver(MailboxGuardsTest.raw("noor@ssr2.test", "Apologies", "Apologies for the plenary on 4 July",
                Map.of("Message-ID", "<apology@members.test>")));
        Map<String, Long> uidsBefore = uids("INBOX");

        app = TestPlenary.ssr2().with("plenary.templates", templates.toString())
                .with("plenary.imap.url", "imap://secretariat%40ssr2.test:" + PASSWORD + "@127.0.0.1:" + port + "/INBOX")
                .start();

        await().atMost(Duration.ofSeconds(40)).until(() -> uids("Plenary-Failed").containsKey("<poison@members.test>"));
        await().atMost(Duration.ofSeconds(10)).until(() -> seen().getOrDefault("<apology@members.test>", false));
        assertThat(uids("INBOX")).containsOnlyKeys("<apology@members.test>")
                .containsEntry("<apology@members.test>", uidsBefore.get("<apology@members.test>"));
        List<LedgerEntry> ledger = app.database().inTransaction(tx -> tx.ledger().recent("ssr2", 100));
        Map<String, String> outcomes = new LinkedHashMap<>();
        ledger.forEach(e -> outcomes.merge(e.messageId(), e.outcome(), (a, b) -> a + "," + b));
        assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of(
                "<apology@members.test>", "applied", "<poison@members.test>", "failed"));
        List<org.plenary.store.Apology> apologies = app.database().inTransaction(
                tx -> tx.apologies().ofMeeting("ssr2", "plenary-2017-07-04"));
        assertThat(apologies).extracting(org.plenary.store.Apology::email).containsExactly("noor@ssr2.test");
        // A few more polls change nothing: no second application, no second move.
        app.awaitMailboxPolls(3);
        List<LedgerEntry> later = app.database().inTransaction(tx -> tx.ledger().recent("ssr2", 100));
        assertThat(later).hasSize(2);
    }

    private void startDovecot() throws Exception {
        port = PlenaryProcess.freePort();
        Path mail = Files.createDirectories(dir.resolve("mail"));
        Files.createDirectories(dir.resolve("run"));
        Files.createDirectories(dir.resolve("state"));
        String uid = output(List.of("id", "-u", "dovenull")).trim();
        String gid = output(List.of("id", "-g", "dovenull")).trim();
        Files.writeString(dir.resolve("passwd"), BOT + ":{PLAIN}" + PASSWORD + ":" + uid + ":" + gid + "::" + mail.resolve(BOT) + "\n");
        Files.createDirectories(mail.resolve(BOT));
        run(List.of("chown", "-R", "dovenull:dovenull", mail.toString()), null);
        // The test may run as root: dovecot's unprivileged users must reach the folder.
        run(List.of("chmod", "-R", "a+rx", dir.toString()), null);
        config = dir.resolve("dovecot.conf");
        Files.writeString(config, """
                protocols = imap
                listen = 127.0.0.1
                base_dir = %1$s/run
                state_dir = %1$s/state
                log_path = %1$s/dovecot.log
                ssl = no
                disable_plaintext_auth = no
                auth_mechanisms = plain login
                mail_location = maildir:~/Maildir
                mail_uid = dovenull
                mail_gid = dovenull
                first_valid_uid = 1
                passdb {
                  driver = passwd-file
                  args = scheme=PLAIN username_format=%%u %1$s/passwd
                }
                userdb {
                  driver = passwd-file
                  args = username_format=%%u %1$s/passwd
                }
                service imap-login {
                  inet_listener imap {
                    address = 127.0.0.1
                    port = %2$d
                  }
                  inet_listener imaps {
                    port = 0
                  }
                  chroot =
                }
                service anvil {
                  chroot =
                }
                namespace inbox {
                  inbox = yes
                  separator = /
                }
                """.formatted(dir, port));
        int exit = run(List.of("dovecot", "-c", config.toString()), null);
        assertThat(exit).as("dovecot start; log: %s", log()).isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException e) {
                return false;
            }
        });
    }

    private String log() throws IOException {
        Path log = dir.resolve("dovecot.log");
        return Files.exists(log) ? Files.readString(log) : "(no log)";
    }

    /** As the delivery agent would: doveadm save into the INBOX. */
    private void deliver(byte[] raw) throws Exception {
        Path file = Files.write(dir.resolve("incoming.eml"), raw);
        assertThat(run(List.of("doveadm", "-c", config.toString(), "save", "-u", BOT, "-m", "INBOX"), file)).isZero();
    }

    private Map<String, Long> uids(String folderName) throws Exception {
        Map<String, Long> out = new LinkedHashMap<>();
        withFolder(folderName, folder -> {
            for (Message m : folder.getMessages()) {
                out.put(m.getHeader("Message-ID")[0], ((UIDFolder) folder).getUID(m));
            }
        });
        return out;
    }

    private Map<String, Boolean> seen() throws Exception {
        Map<String, Boolean> out = new LinkedHashMap<>();
        withFolder("INBOX", folder -> {
            for (Message m : folder.getMessages()) {
                out.put(m.getHeader("Message-ID")[0], m.isSet(Flags.Flag.SEEN));
            }
        });
        return out;
    }

    interface FolderWork {
        void accept(Folder folder) throws Exception;
    }

    private void withFolder(String name, FolderWork work) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "5000");
        properties.put("mail.imap.timeout", "5000");
        Store store = Session.getInstance(properties).getStore("imap");
        store.connect("127.0.0.1", port, BOT, PASSWORD);
        try {
            Folder folder = store.getFolder(name);
            if (!folder.exists()) {
                return;
            }
            folder.open(Folder.READ_ONLY);
            work.accept(folder);
            folder.close(false);
        } finally {
            store.close();
        }
    }

    private static boolean onPath(String command) {
        try {
            return run(List.of("sh", "-c", "command -v " + command), null) == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static int run(List<String> command, Path input) throws Exception {
        // Output to a file, not a pipe: dovecot daemonizes and its children would hold a pipe open forever.
        Path out = Files.createTempFile("plenary-command", ".out");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        Process process = builder.start();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        if (process.exitValue() != 0) {
            System.err.println(String.join(" ", command) + ": " + Files.readString(out, StandardCharsets.UTF_8));
        }
        Files.deleteIfExists(out);
        return process.exitValue();
    }

    private static String output(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }
}
