package org.plenary.bench;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.search.HeaderTerm;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.core.ConditionTimeoutException;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.reliability.Dovecot;

/**
 * Plenary's benchmark on a real Dovecot ({@code ./mvnw -B -Pbench verify}; {@code -Dbench.emails=2000} for a shorter
 * run, {@code -Dbench.jfr=/tmp/drain.jfr} to record a flight recording of Plenary). It fills the mailbox with a backlog
 * of committee emails, times the floor (a raw Angus Mail fetch, parse and SEEN flag of every message, one by one),
 * marks them unseen again, then launches {@code ./plenary run} (the launcher's JVM settings) and times it from launch
 * until no message is unseen, and until the outbox has sent every reply; then delivers apologies one at a time and
 * times each from its delivery to its confirmation at the SMTP server, with the default poll delay; then reads a 40 MB
 * email. It prints figures and asserts none.
 * {@code -Dbench.home=DIR} runs another checkout's {@code ./plenary} (built) against the same mailbox. Plenary's log
 * is kept in {@code target/bench-plenary.log}.
 */
class MailboxBenchmark {
    private static final String BOT = "secretariat@ssr2.test";
    private static final List<String> MEMBERS = List.of("amara@ssr2.test", "lars@ssr2.test", "larisa@ssr2.test",
            "jennifer@ssr2.test", "noor@ssr2.test", "kaveh@ssr2.test", "zoe@ssr2.test", "denise@ssr2.test");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @TempDir
    Path dir;

    @Test
    void drainLatencyMemoryAndStart() throws Exception {
        Assumptions.assumeTrue(Dovecot.installed(), "Dovecot is not installed");
        int backlog = Integer.getInteger("bench.emails", 10_000);
        int deliveries = Integer.getInteger("bench.latency", 40);
        try (Dovecot dovecot = Dovecot.start(dir, BOT)) {
            GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            try {
                // A first launch on the empty mailbox: after a build, the launcher writes its class data archive then.
                double first = launchAndStop(dovecot, smtp);
                List<byte[]> emails = new ArrayList<>();
                for (int i = 0; i < backlog; i++) {
                    emails.add(committeeEmail(i, "<bench-" + i + "@members.test>"));
                }
                dovecot.fill(emails);
                dovecot.withFolder("INBOX", Folder.READ_ONLY, Folder::getMessageCount); // Dovecot indexes the new mail
                double floor = floor(dovecot);
                dovecot.withFolder("INBOX", Folder.READ_WRITE,
                        folder -> folder.setFlags(1, folder.getMessageCount(), new Flags(Flags.Flag.SEEN), false));
                System.out.printf("%n== Plenary mailbox benchmark: %d emails in Dovecot, %d deliveries ==%n", backlog, deliveries);
                System.out.printf("first launch (empty mailbox): ready after %.2f s%n", first);
                System.out.printf("floor (raw Angus fetch+parse+flag): %.1f s, %.0f emails/s%n", floor, backlog / floor);
                run(dovecot, smtp, backlog, deliveries, floor);
            } catch (Exception | AssertionError e) {
                System.out.println("Dovecot's log:\n" + dovecot.log());
                throw e;
            } finally {
                smtp.stop();
            }
        }
    }

    private double launchAndStop(Dovecot dovecot, GreenMail smtp) throws Exception {
        int httpPort = freePort();
        long launched = System.nanoTime();
        Process plenary = launch(dovecot, smtp, httpPort, "first");
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> healthy(httpPort));
            return seconds(launched);
        } finally {
            stop(plenary);
        }
    }

    private Process launch(Dovecot dovecot, GreenMail smtp, int httpPort, String name) throws IOException {
        // -Dbench.home: another checkout's launcher (an older commit, for a before-and-after), with this mailbox.
        Path home = Path.of(System.getProperty("bench.home", "")).toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(home.resolve("plenary").toString(), "run").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("PLENARY_"));
        builder.environment().put("PLENARY_IMAP_URL", dovecot.imapUrl());
        builder.environment().put("PLENARY_SMTP_URL", "smtp://127.0.0.1:" + smtp.getSmtp().getPort());
        builder.environment().put("PLENARY_DB_URL", "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath());
        builder.environment().put("PLENARY_GROUP_FILE", "examples/ssr2/group.yaml");
        builder.environment().put("PLENARY_NOW", "2017-06-15T09:00:00Z");
        builder.environment().put("PLENARY_HTTP_PORT", String.valueOf(httpPort));
        // -Dbench.javaOpts: JVM options for the measured launch, e.g. -XX:NativeMemoryTracking=summary to read where
        // its resident memory goes with jcmd PID VM.native_memory summary.
        String options = System.getProperty("bench.javaOpts", "");
        String jfr = System.getProperty("bench.jfr");
        if (jfr != null && !jfr.isBlank()) {
            // -Dbench.jfc=FILE: other recording settings, e.g. thresholds of 0 ms on socket reads, parks and monitor
            // waits, to see where a thread waits as well as where it runs.
            options += " -XX:StartFlightRecording=filename=" + jfr + ",settings=" + System.getProperty("bench.jfc", "profile");
        }
        if (!options.isBlank() && !name.equals("first")) {
            builder.environment().put("PLENARY_JAVA_OPTS", options.strip());
        }
        return builder.start();
    }

    private static void stop(Process plenary) throws InterruptedException {
        plenary.destroy();
        if (!plenary.waitFor(60, TimeUnit.SECONDS)) {
            plenary.destroyForcibly();
        }
    }

    private void run(Dovecot dovecot, GreenMail smtp, int backlog, int deliveries, double floor) throws Exception {
        int httpPort = freePort();
        long launched = System.nanoTime();
        Process plenary = launch(dovecot, smtp, httpPort, "run");
        ResidentMemory memory = new ResidentMemory(plenary.pid());
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> healthy(httpPort));
            double ready = seconds(launched);
            await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(100)).until(() -> unseen(dovecot) == 0);
            double drain = seconds(launched);
            System.out.printf("Plenary (./plenary run, launch until no unseen mail): %.1f s, %.0f emails/s, %.2fx the floor%n",
                    drain, backlog / drain, drain / floor);
            System.out.printf("ready (HTTP /health answers, routes started): %.2f s after launch%n", ready);
            System.out.printf("peak RSS during the drain: %d MB%n", memory.peakAndReset());
            await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(200)).until(() -> outboxEmpty(httpPort));
            System.out.printf("every reply of the backlog accepted by SMTP %.1f s after launch%n", seconds(launched));
            smtp.purgeEmailFromAllMailboxes();

            List<Double> latencies = new ArrayList<>();
            for (int i = 0; i < deliveries; i++) {
                String messageId = "<latency-" + i + "@members.test>";
                dovecot.deliver(committeeEmail(3 * i, messageId)); // an apology: it is always confirmed
                long delivered = System.nanoTime();
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(2)).until(() -> repliedTo(smtp, messageId));
                latencies.add(seconds(delivered));
            }
            if (!latencies.isEmpty()) {
                Collections.sort(latencies);
                System.out.printf("delivery -> confirmation over %d emails one by one (default poll delay): p50 %.2f s,"
                        + " p99 %.2f s, max %.2f s; peak RSS %d MB%n", deliveries, percentile(latencies, 50),
                        percentile(latencies, 99), latencies.get(latencies.size() - 1), memory.peakAndReset());
            }

            long start = System.nanoTime();
            dovecot.deliver(largeEmail(40 * 1024 * 1024, "<large@members.test>"));
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100)).until(() -> unseen(dovecot) == 0);
            System.out.printf("a 40 MB email read in %.1f s; peak RSS %d MB%n", seconds(start), memory.peakAndReset());
            // Just under the default PLENARY_MAIL_MAX_BYTES (10 MB) the whole email is kept, not its first megabyte:
            // the most a single email costs.
            start = System.nanoTime();
            dovecot.deliver(largeEmail(9 * 1024 * 1024 + 512 * 1024, "<largest-kept@members.test>"));
            try {
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100)).until(() -> unseen(dovecot) == 0);
                System.out.printf("a 9.5 MB email (kept whole) read in %.1f s; peak RSS %d MB; %s%n%n", seconds(start), memory.peakAndReset(),
                        stillInInbox(dovecot, "<largest-kept@members.test>") ? "processed" : "moved to the failure folder");
            } catch (ConditionTimeoutException notRead) {
                // Reported, not failed: the heap it takes depends on PLENARY_HEAP (the log tells what happened).
                System.out.printf("a 9.5 MB email NOT read within 2 min; peak RSS %d MB; see target/bench-plenary.log%n%n",
                        memory.peakAndReset());
            }
        } finally {
            memory.close();
            if (watcher != null) {
                watcher.close();
            }
            stop(plenary);
            Files.copy(dir.resolve("run.log"), Path.of("target", "bench-plenary.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A raw Angus Mail client doing the least the job needs: fetch each unseen message, parse it, flag it SEEN. */
    private static double floor(Dovecot dovecot) throws Exception {
        Session session = Session.getInstance(new Properties());
        Store store = session.getStore("imap");
        long start = System.nanoTime();
        store.connect("127.0.0.1", dovecot.port(), BOT, Dovecot.PASSWORD);
        try {
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_WRITE);
            for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                ((IMAPMessage) message).setPeek(true);
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                message.writeTo(raw);
                MimeMessage parsed = new MimeMessage(session, new ByteArrayInputStream(raw.toByteArray()));
                parsed.getContent();
                message.setFlag(Flags.Flag.SEEN, true);
            }
            folder.close(false);
        } finally {
            store.close();
        }
        return seconds(start);
    }

    /** Apologies, agenda requests and thanks from the group's members, as a committee's mailbox holds them. */
    private static byte[] committeeEmail(int i, String messageId) {
        String from = MEMBERS.get(i % MEMBERS.size());
        String[][] kinds = {
            {"Apologies", "Apologies for the plenary on " + (4 + 7 * (i % 4)) + " July\r\n\r\nBest,\r\n" + from},
            {"Agenda", "Please add to the agenda of the plenary on 11 July: review of item " + i + "\r\n"},
            {"Re: [SSR2] Plenary", "Thanks, all clear.\r\n\r\nOn Tue someone wrote:\r\n> Quoted text of the thread\r\n> more of it\r\n"},
        };
        String[] kind = kinds[i % kinds.length];
        return ("From: " + from + "\r\nTo: " + BOT + "\r\nSubject: " + kind[0] + "\r\nMessage-ID: " + messageId
                + "\r\nDate: Thu, 15 Jun 2017 09:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + kind[1]).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] largeEmail(int bytes, String messageId) {
        String data = Base64.getMimeEncoder().encodeToString(new byte[bytes * 3 / 4]);
        return ("From: noor@ssr2.test\r\nTo: " + BOT + "\r\nSubject: The report\r\nMessage-ID: " + messageId + "\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"a\"\r\n\r\n--a\r\nContent-Type: text/plain\r\n\r\n"
                + "Apologies for the plenary on 4 July\r\n--a\r\nContent-Type: application/octet-stream\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + data + "\r\n--a--\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * The unseen count (IMAP STATUS), over one connection kept open for the whole run: a login every 100 ms would cost
     * Dovecot more than the floor ever asks of it, and slow Plenary down beside it.
     */
    private Store watcher;

    private int unseen(Dovecot dovecot) throws Exception {
        if (watcher == null || !watcher.isConnected()) {
            watcher = Session.getInstance(new Properties()).getStore("imap");
            watcher.connect("127.0.0.1", dovecot.port(), BOT, Dovecot.PASSWORD);
        }
        return watcher.getFolder("INBOX").getUnreadMessageCount();
    }

    private static boolean repliedTo(GreenMail smtp, String messageId) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String[] inReplyTo = message.getHeader("In-Reply-To");
            if (inReplyTo != null && inReplyTo[0].contains(messageId)) {
                return true;
            }
        }
        return false;
    }

    /** A processed email stays in the INBOX (seen); one that failed is moved to the failure folder. */
    private static boolean stillInInbox(Dovecot dovecot, String messageId) throws Exception {
        boolean[] found = new boolean[1];
        dovecot.withFolder("INBOX", Folder.READ_ONLY,
                folder -> found[0] = folder.search(new HeaderTerm("Message-ID", messageId)).length > 0);
        return found[0];
    }

    private static boolean outboxEmpty(int port) throws IOException, InterruptedException {
        String health = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
        return health.contains("\"outboxPending\":0");
    }

    private static boolean healthy(int port) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                    .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static double percentile(List<Double> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Samples a process's resident set (VmRSS of /proc) every 50 ms and keeps the peak. */
    private static final class ResidentMemory implements AutoCloseable {
        private final AtomicLong peakKb = new AtomicLong();
        private final java.util.concurrent.ScheduledExecutorService sampler =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor(work -> {
                    Thread thread = new Thread(work, "rss-sampler");
                    thread.setDaemon(true);
                    return thread;
                });

        ResidentMemory(long pid) {
            Path status = Path.of("/proc", String.valueOf(pid), "status");
            sampler.scheduleAtFixedRate(() -> {
                try {
                    for (String line : Files.readAllLines(status)) {
                        if (line.startsWith("VmRSS:")) {
                            peakKb.accumulateAndGet(Long.parseLong(line.replaceAll("\\D", "")), Math::max);
                        }
                    }
                } catch (IOException gone) {
                    sampler.shutdown();
                }
            }, 0, 50, java.util.concurrent.TimeUnit.MILLISECONDS);
        }

        /** The peak since the last call, in MB. */
        long peakAndReset() {
            return peakKb.getAndSet(0) / 1024;
        }

        @Override
        public void close() {
            sampler.shutdownNow();
        }
    }
}
