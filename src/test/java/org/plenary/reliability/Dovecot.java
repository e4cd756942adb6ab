package org.plenary.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real Dovecot for one mail user (password "secret"), with a throwaway configuration on a free loopback port, as
 * ../shared/acceptance/dovecot.sh starts it: for the tests GreenMail's leniency would fool, and the benchmark.
 */
public final class Dovecot implements AutoCloseable {
    public static final String PASSWORD = "secret";

    private final Path dir;
    private final String user;
    private final Path config;
    private final int port;

    private Dovecot(Path dir, String user) {
        this.dir = dir;
        this.user = user;
        this.config = dir.resolve("dovecot.conf");
        this.port = PlenaryProcess.freePort();
    }

    public static boolean installed() {
        return onPath("dovecot") && onPath("doveadm");
    }

    /** Starts Dovecot for {@code user} with its files under {@code dir}. */
    public static Dovecot start(Path dir, String user) throws Exception {
        Dovecot dovecot = new Dovecot(dir, user);
        dovecot.configure();
        dovecot.startServer();
        return dovecot;
    }

    public int port() {
        return port;
    }

    /** PLENARY_IMAP_URL for the user's INBOX. */
    public String imapUrl() {
        return "imap://" + user.replace("@", "%40") + ":" + PASSWORD + "@127.0.0.1:" + port + "/INBOX";
    }

    private void configure() throws Exception {
        Path mail = Files.createDirectories(dir.resolve("mail"));
        Files.createDirectories(dir.resolve("run"));
        Files.createDirectories(dir.resolve("state"));
        String uid = output(List.of("id", "-u", "dovenull")).trim();
        String gid = output(List.of("id", "-g", "dovenull")).trim();
        Files.writeString(dir.resolve("passwd"), user + ":{PLAIN}" + PASSWORD + ":" + uid + ":" + gid + "::" + mail.resolve(user) + "\n");
        Files.createDirectories(mail.resolve(user));
        run(List.of("chown", "-R", "dovenull:dovenull", mail.toString()), null);
        // The test may run as root: dovecot's unprivileged users must reach the folder.
        run(List.of("chmod", "-R", "a+rx", dir.toString()), null);
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
    }

    private void startServer() throws Exception {
        int exit = run(List.of("dovecot", "-c", config.toString()), null);
        assertThat(exit).as("dovecot start; log: %s", log()).isZero();
        await().atMost(Duration.ofSeconds(10)).until(this::listening);
    }

    private boolean listening() {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops the server (every connection is dropped) and starts it again on the same port and mail. */
    public void restart() throws Exception {
        stop();
        await().atMost(Duration.ofSeconds(10)).until(() -> !listening());
        startServer();
    }

    public void stop() throws Exception {
        run(List.of("doveadm", "-c", config.toString(), "stop"), null);
    }

    @Override
    public void close() throws Exception {
        stop();
    }

    public String log() throws IOException {
        Path log = dir.resolve("dovecot.log");
        return Files.exists(log) ? Files.readString(log) : "(no log)";
    }

    /** As the delivery agent would: doveadm save into the INBOX. */
    public void deliver(byte[] raw) throws Exception {
        Path file = Files.write(Files.createTempFile(dir, "incoming", ".eml"), raw);
        assertThat(run(List.of("doveadm", "-c", config.toString(), "save", "-u", user, "-m", "INBOX"), file)).isZero();
        Files.delete(file);
    }

    /** Puts many messages straight into the Maildir's new/ (fast, for a backlog), as dove_fill does. */
    public void fill(List<byte[]> messages) throws Exception {
        Path maildir = dir.resolve("mail").resolve(user).resolve("Maildir");
        for (String sub : List.of("new", "cur", "tmp")) {
            Files.createDirectories(maildir.resolve(sub));
        }
        long now = System.currentTimeMillis() / 1000;
        for (int i = 0; i < messages.size(); i++) {
            Files.write(maildir.resolve("new").resolve(now + ".M" + (i + 1) + "P" + ProcessHandle.current().pid() + ".bench"),
                    messages.get(i));
        }
        run(List.of("chown", "-R", "dovenull:dovenull", dir.resolve("mail").resolve(user).toString()), null);
    }

    public interface FolderWork {
        void accept(Folder folder) throws Exception;
    }

    /** Opens a folder of the user's on a connection of its own (nothing if the folder does not exist). */
    public void withFolder(String name, int mode, FolderWork work) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "5000");
        properties.put("mail.imap.timeout", "60000");
        Store store = Session.getInstance(properties).getStore("imap");
        store.connect("127.0.0.1", port, user, PASSWORD);
        try {
            Folder folder = store.getFolder(name);
            if (!folder.exists()) {
                return;
            }
            folder.open(mode);
            work.accept(folder);
            folder.close(false);
        } finally {
            store.close();
        }
    }

    static boolean onPath(String command) {
        try {
            return run(List.of("sh", "-c", "command -v " + command), null) == 0;
        } catch (Exception e) {
            return false;
        }
    }

    static int run(List<String> command, Path input) throws Exception {
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
