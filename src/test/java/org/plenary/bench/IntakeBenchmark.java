package org.plenary.bench;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.plenary.intake.InboundEmail;
import org.plenary.intake.MailReader;
import org.plenary.language.CommandParser;
import org.plenary.language.Utterance;
import org.plenary.group.DateOrder;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Prints how long reading large and hostile emails takes and how much heap it needs; not a test (nothing is
 * asserted), run it by hand: {@code java -cp target/classes:target/test-classes:<deps> org.plenary.bench.IntakeBenchmark}.
 */
public final class IntakeBenchmark {
    private static final CommandParser PARSER = new CommandParser();

    private IntakeBenchmark() {
    }

    public static void main(String[] args) {
        MailReader reader = new MailReader();
        measure(reader, "25 MB attachment", attachment(25 * 1024 * 1024));
        measure(reader, "10 MB text body", textBody(10 * 1024 * 1024));
        measure(reader, "typical reply", textBody(2_000));
    }

    private static void measure(MailReader reader, String what, byte[] raw) {
        Runtime runtime = Runtime.getRuntime();
        for (int run = 0; run < 3; run++) {
            System.gc();
            long before = runtime.totalMemory() - runtime.freeMemory();
            long start = System.nanoTime();
            InboundEmail email = reader.read(raw);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long used = (runtime.totalMemory() - runtime.freeMemory() - before) / (1024 * 1024);
            long parseStart = System.nanoTime();
            int commands = PARSER.parse(new Utterance(email.subject(), email.visibleText(), LocalDate.of(2017, 6, 15),
                    ZoneOffset.UTC, DateOrder.DMY, false)).commands().size();
            long parseMillis = (System.nanoTime() - parseStart) / 1_000_000;
            System.out.printf("%-18s %6.1f MB raw  run %d: read %6d ms, ~%d MB heap, %d chars visible; parse %6d ms,"
                    + " %d commands%n", what, raw.length / 1048576.0, run + 1, millis, used, email.visibleText().length(),
                    parseMillis, commands);
        }
    }

    private static byte[] attachment(int bytes) {
        String data = Base64.getMimeEncoder().encodeToString(new byte[bytes]);
        return message("multipart/mixed; boundary=\"a\"", "--a\r\nContent-Type: text/plain\r\n\r\nApologies for the plenary on 4 July\r\n"
                + "--a\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n" + data + "\r\n--a--\r\n");
    }

    private static byte[] textBody(int bytes) {
        StringBuilder body = new StringBuilder("Apologies for the plenary on 4 July\r\n");
        while (body.length() < bytes) {
            body.append("All work and no play makes a committee a dull committee.\r\n");
        }
        return message("text/plain; charset=UTF-8", body.toString());
    }

    private static byte[] message(String contentType, String body) {
        return ("From: noor@ssr2.test\r\nTo: secretariat@ssr2.test\r\nSubject: big\r\nMessage-ID: <big@members.test>\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: " + contentType + "\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII);
    }
}
