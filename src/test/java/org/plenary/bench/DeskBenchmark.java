package org.plenary.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.plenary.access.FeedKeys;
import org.plenary.access.Viewer;
import org.plenary.desk.Attendance;
import org.plenary.desk.CalendarFeeds;
import org.plenary.desk.DeskPages;
import org.plenary.group.GroupDefinition;
import org.plenary.group.GroupFileReader;
import org.plenary.group.Member;
import org.plenary.notify.TemplateRenderer;
import org.plenary.store.Apology;
import org.plenary.store.Attendee;
import org.plenary.store.Database;
import org.plenary.store.LedgerEntry;
import org.plenary.store.Meeting;
import org.plenary.store.MeetingStatus;

/**
 * Prints how long the desk's pages take to build and render for a group with 2,000 action items and 500 meetings
 * (half of them over, with notes and apologies), on H2 in memory; not a test (nothing is asserted), run it by hand:
 * {@code java -cp target/classes:target/test-classes:<deps> org.plenary.bench.DeskBenchmark}. The target is 100 ms.
 */
public final class DeskBenchmark {
    private static final Instant NOW = Instant.parse("2017-06-15T09:00:00Z");
    private static final int RUNS = 30;

    private DeskBenchmark() {
    }

    public static void main(String[] args) {
        GroupDefinition group = new GroupFileReader().read(Path.of("src/test/resources/desk/group.yaml"));
        try (Database database = Database.open("jdbc:h2:mem:desk-bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "", "")) {
            fill(database, group);
            DeskPages pages = new DeskPages(new TemplateRenderer(null), new FeedKeys("bench-secret"), "https://plenary.test");
            Viewer chair = new Viewer("amara@ssr2.test", true);
            Viewer member = new Viewer("noor@ssr2.test", false);
            LocalDate from = LocalDate.of(2017, 1, 1);
            LocalDate to = LocalDate.of(2017, 6, 30);
            Member noor = group.memberByAddress("noor@ssr2.test").orElseThrow();
            CalendarFeeds feeds = new CalendarFeeds();
            measure("desk, chair (ledger)", () -> database.inTransaction(tx ->
                    pages.render(tx, group, chair, from, to, NOW, "token", null, null)));
            measure("desk, member", () -> database.inTransaction(tx ->
                    pages.render(tx, group, member, from, to, NOW, null, null, null)));
            measure("attendance, 6 months", () -> database.inTransaction(tx ->
                    Attendance.over(tx, group, from, to, NOW)).toString());
            measure("member calendar feed", () -> database.inTransaction(tx -> feeds.ofMember(tx, group, noor, NOW)));
            measure("group calendar feed", () -> database.inTransaction(tx -> feeds.ofGroup(tx, group, NOW)));
        }
    }

    /**
     * Wall time, and the CPU time of the measuring thread (the store is in memory, so the work is all on it): on a
     * shared, loaded machine the second says what the page costs, the first what a user waited.
     */
    private static void measure(String what, Supplier<String> page) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] millis = new long[RUNS];
        long[] cpu = new long[RUNS];
        int size = 0;
        for (int warm = 0; warm < 10; warm++) {
            page.get();
        }
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            size = page.get().length();
            millis[run] = (System.nanoTime() - start) / 1_000_000;
            cpu[run] = (threads.getCurrentThreadCpuTime() - startCpu) / 1_000_000;
        }
        Arrays.sort(millis);
        Arrays.sort(cpu);
        System.out.printf("%-24s wall median %4d ms, p90 %4d ms; cpu median %4d ms, p90 %4d ms; %,d chars%n", what,
                millis[RUNS / 2], millis[RUNS * 9 / 10], cpu[RUNS / 2], cpu[RUNS * 9 / 10], size);
    }

    /** 500 weekly-ish meetings around now (250 over, with attendance and apologies), 2,000 actions, 60 emails. */
    private static void fill(Database database, GroupDefinition group) {
        database.useTransaction(tx -> tx.groups().save(group, NOW));
        List<Member> people = group.members();
        database.useTransaction(tx -> {
            Instant first = NOW.minus(Duration.ofDays(250));
            for (int i = 0; i < 500; i++) {
                Instant start = first.plus(Duration.ofDays(i)).plus(Duration.ofHours(4));
                String id = "plenary-bench-" + i;
                tx.meetings().insert(new Meeting(group.id(), id, "plenary", "SSR2 Plenary Call", start,
                        start.plus(Duration.ofMinutes(90)), ZoneOffset.UTC, MeetingStatus.CONFIRMED, null, null, "file",
                        List.of(), 0, null), NOW);
                Member absent = people.get(i % people.size());
                tx.apologies().save(group.id(), new Apology(id, absent.email(), "travelling", NOW, null));
                if (start.isBefore(NOW)) {
                    for (Member present : people.subList(0, 5)) {
                        if (!present.email().equals(absent.email())) {
                            tx.attendance().record(group.id(), new Attendee(id, present.email(), present.name(), NOW, null));
                        }
                    }
                }
            }
            for (int i = 0; i < 2000; i++) {
                Member owner = people.get(i % people.size());
                tx.actions().create(group.id(), "Bench action number " + i + " about the outreach draft", owner.email(),
                        LocalDate.of(2017, 1, 1).plusDays(i % 365), null, NOW, null);
            }
            List<String> outcomes = new ArrayList<>(List.of("applied", "rejected", "failed", "ignored"));
            for (int i = 0; i < 60; i++) {
                tx.ledger().record(group.id(), new LedgerEntry(0, "bench-" + i, "<bench-" + i + "@ssr2.test>",
                        "noor@ssr2.test", "Apologies " + i, NOW, outcomes.get(i % 4), i % 4 == 0 ? null : "not understood",
                        "[{\"type\":\"apology\",\"meeting\":\"plenary-bench-" + i + "\"}]", "[]"), true, new byte[0]);
            }
        });
    }
}
