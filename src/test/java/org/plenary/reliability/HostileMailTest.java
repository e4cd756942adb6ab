package org.plenary.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.app.TestPlenary;
import org.plenary.corpora.SharedCorpora;
import org.plenary.store.LedgerEntry;
import org.plenary.store.OutboxEmail;

/**
 * PRODUCT.md 6, "hostile input gets a clear error or is ignored, and never crashes the route or reaches a
 * template unescaped", through the real mailbox: each message below is delivered, and an ordinary apology
 * behind them all must still be applied.
 */
class HostileMailTest {
    private static final String NOOR = "noor@ssr2.test";
    /**
     * GreenMail answers FETCH ENVELOPE for these with a response Angus Mail cannot parse ("Failed to load IMAP
     * envelope"), so camel-mail fails before Plenary sees them: the known gap of the disabled test below.
     */
    private static final java.util.Set<String> UNSERVABLE_BY_GREENMAIL = java.util.Set.of(
            "dsn-no-blank-line-1996.eml", "rfc2047-q-comma-and-quotes-in-names.eml");
    private TestPlenary app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void hostileMailIsAnsweredOrIgnoredNeverEvaluatedAndTheMailBehindItIsApplied() throws Exception {
        app = TestPlenary.ssr2().start();
        String template = "AGENDA: ${7*7} <#assign x=1>${x} <script>alert(1)</script> (30 min) for the plenary on 27 June";
        List<byte[]> hostile = List.of(
                multipart("multipart/mixed", "--nowhere\r\nContent-Type: text/plain\r\n\r\nA1 done\r\n"),
                multipart("multipart/mixed; boundary=\"right\"", "--wrong\r\nContent-Type: text/plain\r\n\r\nA1 done\r\n--wrong--\r\n"),
                attachment(25 * 1024 * 1024),
                nested(150),
                MailboxGuardsTest.raw(NOOR, "Long header", "HELP", Map.of("X-Long", "y".repeat(200 * 1024))),
                MailboxGuardsTest.raw(NOOR, "Big body", "Lorem ipsum ".repeat(900_000), Map.of()),
                // NUL bytes in the body; a NUL in a header is the disabled test below.
                MailboxGuardsTest.raw(NOOR, "Nul bytes", "A1\0 done\0\0", Map.of()),
                MailboxGuardsTest.raw(NOOR, "Charset", "Apologies for \u00e9t\u00e9", Map.of("Content-Type", "text/plain; charset=x-no-such-charset")),
                MailboxGuardsTest.raw("MAILER-DAEMON@mx.ssr2.test", "Undeliverable", "Apologies for the plenary on 4 July",
                        Map.of("Auto-Submitted", "no", "Return-Path", "<>",
                                "Content-Type", "multipart/report; report-type=delivery-status; boundary=r")),
                MailboxGuardsTest.raw(NOOR, "${7*7} <#assign y=2> <script>alert(2)</script>", template, Map.of()));
        hostile.forEach(app::deliverRaw);
        int corpus = deliverCorpora();
        String last = app.send("zoe@ssr2.test", TestPlenary.BOT, "Apologies", "Apologies for the plenary on 4 July", null);

        // Generous: on two shared cores the 10 MB body and the 25 MB attachment take over a minute between them.
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).until(() ->
                ledger().stream().anyMatch(e -> last.equals(e.messageId())));
        assertThat(ledger()).filteredOn(e -> last.equals(e.messageId())).extracting(LedgerEntry::outcome).containsExactly("applied");
        assertThat(ledger()).as("every message recorded, none failed").hasSize(hostile.size() + corpus + 1)
                .extracting(LedgerEntry::outcome).doesNotContain("failed");

        List<OutboxEmail> replies = app.database().inTransaction(tx -> tx.outbox().recent("ssr2", 1_000));
        assertThat(replies).isNotEmpty().allSatisfy(reply -> {
            assertThat(reply.subject() + reply.text() + reply.html()).doesNotContain("49");
            assertThat(reply.html()).doesNotContain("<script>", "<#assign");
            assertThat(reply.subject()).doesNotContain("\0");
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> !app.mailbox(NOOR).isEmpty());
    }

    private List<LedgerEntry> ledger() {
        return app.database().inTransaction(tx -> tx.ledger().recent("ssr2", 10_000));
    }

    /** Every corpus file; the machine-made ones (bounce, auto-reply, report) as if a member's server sent them. */
    private int deliverCorpora() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SharedCorpora.require("mime"))) {
            files = walk.filter(p -> p.toString().endsWith(".eml"))
                    .filter(p -> !UNSERVABLE_BY_GREENMAIL.contains(p.getFileName().toString())).sorted().toList();
        }
        for (Path file : files) {
            app.deliverRaw(Files.readAllBytes(file));
        }
        return files.size();
    }

    private static List<String> machineMadeIds() throws IOException {
        Path corpora = SharedCorpora.require("mime");
        List<String> ids = new ArrayList<>();
        Pattern id = Pattern.compile("(?im)^Message-ID:\\s*(<[^>]+>)");
        for (String kind : List.of("bounce", "auto-reply", "report")) {
            Path dir = corpora.resolve(kind);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> list = Files.list(dir)) {
                for (Path file : list.toList()) {
                    Matcher m = id.matcher(Files.readString(file, StandardCharsets.ISO_8859_1));
                    if (m.find()) {
                        ids.add(m.group(1));
                    }
                }
            }
        }
        return ids;
    }

    @Test
    void noMachineMadeCorpusMailIsAnswered() throws Exception {
        Path corpora = SharedCorpora.require("mime");
        app = TestPlenary.ssr2().start();
        int count = 0;
        for (String kind : List.of("bounce", "auto-reply", "report")) {
            try (Stream<Path> list = Files.list(corpora.resolve(kind))) {
                for (Path file : list.filter(p -> p.toString().endsWith(".eml"))
                        .filter(p -> !UNSERVABLE_BY_GREENMAIL.contains(p.getFileName().toString())).toList()) {
                    // As they arrived. (Rewritten to come from a member, one of them, a bounce whose only sign is its
                    // MAILER-DAEMON sender, earns an error reply: see the report.)
                    app.deliverRaw(Files.readAllBytes(file));
                    count++;
                }
            }
        }
        app.awaitLedger(count);
        app.awaitMailboxAndOutbox(2);
        List<String> ids = machineMadeIds();
        List<OutboxEmail> outbox = app.database().inTransaction(tx -> tx.outbox().recent("ssr2", 1_000));
        assertThat(outbox).filteredOn(o -> ids.contains(o.inReplyTo())).as("replies to machine-made mail").isEmpty();
        assertThat(ids).isNotEmpty();
    }

    /**
     * GreenMail serves this corpus bounce with an IMAP envelope Angus Mail cannot parse. The route no longer reads
     * camel-mail's headers (built from that envelope), so {@link org.plenary.workflow.InboundMail} reads the raw
     * bytes, records it as failed and has it moved aside (see PoisonEnvelopeTest); the mail behind it is applied.
     */
    @Test
    void aMessageWhoseEnvelopeCannotBeLoadedDoesNotBlockTheMailbox() throws IOException {
        app = TestPlenary.ssr2().start();
        app.deliverRaw(Files.readAllBytes(SharedCorpora.require("mime").resolve("bounce/dsn-no-blank-line-1996.eml")));
        String last = app.send("zoe@ssr2.test", TestPlenary.BOT, "Apologies", "Apologies for the plenary on 4 July", null);
        await().atMost(Duration.ofSeconds(30)).until(() -> ledger().stream().anyMatch(e -> last.equals(e.messageId())));
        await().atMost(Duration.ofSeconds(30)).until(() -> ledger().stream()
                .anyMatch(e -> "failed".equals(e.outcome()) && e.errorsJson().contains("envelope")));
    }

    private static byte[] multipart(String contentType, String body) {
        return ("From: " + NOOR + "\r\nTo: " + TestPlenary.BOT + "\r\nSubject: broken\r\nMessage-ID: <"
                + java.util.UUID.randomUUID() + "@members.test>\r\nMIME-Version: 1.0\r\nContent-Type: " + contentType
                + "\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] attachment(int bytes) {
        String data = Base64.getMimeEncoder().encodeToString(new byte[bytes]);
        return multipart("multipart/mixed; boundary=\"a\"", "--a\r\nContent-Type: text/plain\r\n\r\nApologies for the plenary on 4 July\r\n"
                + "--a\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n" + data + "\r\n--a--\r\n");
    }

    private static byte[] nested(int depth) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int level = 0; level < depth; level++) {
            open.append("--b").append(level).append("\r\nContent-Type: multipart/mixed; boundary=\"b").append(level + 1).append("\"\r\n\r\n");
            close.insert(0, "--b" + level + "--\r\n");
        }
        open.append("--b").append(depth).append("\r\nContent-Type: text/plain\r\n\r\nHELP\r\n--b").append(depth).append("--\r\n");
        return multipart("multipart/mixed; boundary=\"b0\"", open + close.toString());
    }
}
