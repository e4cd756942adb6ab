package org.plenary.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.plenary.clock.SetClock;
import org.plenary.intake.MailReader;
import org.plenary.notify.Announcements;
import org.plenary.notify.TemplateRenderer;
import org.plenary.store.Database;
import org.plenary.workflow.Authenticity;
import org.plenary.workflow.ChangeNotices;
import org.plenary.workflow.CurrentGroup;
import org.plenary.workflow.GroupSync;
import org.plenary.workflow.Outcome;
import org.plenary.workflow.Receipt;
import org.plenary.workflow.Replies;
import org.plenary.workflow.Secretariat;

/**
 * Prints how fast emails that each create an action item apply as the group's action items grow (issue 11): the
 * undo journal of each email should cost the same whether the group has ten action items or thousands. Not a test
 * (nothing is asserted); run it by hand with the number of emails as argument (3000 unless told):
 * {@code java -cp target/classes:target/test-classes:<deps> org.plenary.bench.UndoJournalBenchmark 3000}.
 */
public final class UndoJournalBenchmark {
    private static final int WINDOW = 200;
    /** Between two emails: 20 an hour stay under the confirmations limit, whose hourly round-up grows of its own. */
    private static final Duration APART = Duration.ofMinutes(3);

    private UndoJournalBenchmark() {
    }

    public static void main(String[] args) {
        int emails = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        SetClock clock = new SetClock(Instant.parse("2017-06-15T09:00:00Z"));
        MailReader reader = new MailReader();
        CurrentGroup group = new CurrentGroup(Path.of("examples/ssr2/group.yaml"));
        Database database = Database.open("jdbc:h2:mem:undo-bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                null, null);
        try {
            new GroupSync(database, clock).sync(group.get());
            TemplateRenderer renderer = new TemplateRenderer(null);
            Secretariat secretariat = new Secretariat(group, database, clock, new Replies(renderer),
                    new ChangeNotices(group, new Announcements(renderer), clock), Authenticity.NOT_REQUIRED);
            long windowStart = System.nanoTime();
            for (int i = 1; i <= emails; i++) {
                clock.set(clock.instant().plus(APART));
                byte[] raw = email(i);
                Receipt receipt = secretariat.receive(reader.read(raw), raw);
                if (receipt.outcome() != Outcome.APPLIED) {
                    throw new IllegalStateException("email " + i + " was " + receipt.outcome() + ": " + receipt.reason());
                }
                if (i % WINDOW == 0) {
                    double seconds = (System.nanoTime() - windowStart) / 1e9;
                    System.out.printf("emails %5d-%5d: %7.1f emails/s%n", i - WINDOW + 1, i, WINDOW / seconds);
                    windowStart = System.nanoTime();
                }
            }
        } finally {
            database.close();
        }
    }

    private static byte[] email(int i) {
        return ("From: noor@ssr2.test\r\nTo: secretariat@ssr2.test\r\nSubject: action " + i + "\r\n"
                + "Message-ID: <undo-bench-" + i + "@members.test>\r\nDate: Thu, 15 Jun 2017 09:00:00 +0000\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "ACTION: Noor to draft outreach note " + i + " by 30 June\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
