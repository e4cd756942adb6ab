package org.plenary.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.plenary.app.TestPlenary;

/**
 * Measures what one instance costs per group and how fast it drains mail (docs/deploying.md, "Capacity"): G groups
 * in a folder of group files, each with its own GreenMail mailbox, at the production poll delays; the process CPU
 * while idle, then E emails in each mailbox at once and the time until all are applied. Not a test (nothing is
 * asserted); run it by hand:
 * {@code java -cp target/classes:target/test-classes:<deps> org.plenary.bench.GroupsCapacityBenchmark 100 10 10s 5s}
 * (groups, emails per group, poll delay, schedule delay).
 */
public final class GroupsCapacityBenchmark {
    private GroupsCapacityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int groups = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int emails = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        String pollDelay = args.length > 2 ? args[2] : "10s";
        String scheduleDelay = args.length > 3 ? args[3] : "5s";
        Path folder = Files.createTempDirectory("plenary-capacity");
        String demo = Files.readString(Path.of(TestPlenary.GROUP_FILE));
        TestPlenary app = TestPlenary.ssr2().with("plenary.group.file", folder.toString())
                .with("plenary.poll.delay", pollDelay).with("plenary.schedule.delay", scheduleDelay).with("plenary.outbox.delay", "1s");
        for (int g = 1; g <= groups; g++) {
            String id = "g%04d".formatted(g);
            Files.writeString(folder.resolve(id + ".yaml"), demo.replace("ssr2", id).replace("SSR2", id.toUpperCase()));
            for (String user : new String[] {"secretariat", "noor", "amara", "lars", "larisa", "jennifer", "kaveh", "zoe",
                    "denise", "obs", id + "-review"}) {
                String address = user + "@" + id + ".test";
                app.greenMail().setUser(address, address, "demo");
            }
            app.with("plenary.imap.url." + id.toUpperCase(), "imap://secretariat%40" + id + ".test:demo@127.0.0.1:"
                    + app.greenMail().getImap().getPort() + "/INBOX");
        }
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long began = System.nanoTime();
        app.start();
        System.out.printf("%d groups started in %d ms; %d threads; heap used %d MB%n", groups,
                (System.nanoTime() - began) / 1_000_000, Thread.activeCount(), usedHeapMb());

        // Idle cost over twelve ticks of the schedules route after the first two have settled: a window of events.
        org.apache.camel.builder.NotifyBuilder ticks = new org.apache.camel.builder.NotifyBuilder(app.plenary().camelContext())
                .fromRoute("schedules").whenCompleted(2).create();
        ticks.matches(2, java.util.concurrent.TimeUnit.MINUTES);
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        new org.apache.camel.builder.NotifyBuilder(app.plenary().camelContext()).fromRoute("schedules").whenCompleted(12)
                .create().matches(5, java.util.concurrent.TimeUnit.MINUTES);
        double idleCores = (os.getProcessCpuTime() - cpu) / (double) (System.nanoTime() - wall);
        System.out.printf("idle: %.3f cores busy over twelve schedule ticks (polls every %s, schedules every %s, %d groups)%n",
                idleCores, pollDelay, scheduleDelay, groups);

        for (int g = 1; g <= groups; g++) {
            String id = "g%04d".formatted(g);
            for (int k = 1; k <= emails; k++) {
                app.send("noor@" + id + ".test", "secretariat@" + id + ".test", "item " + k,
                        "ACTION: Noor to review item #" + k + " by 30 June", null);
            }
        }
        long burst = System.nanoTime();
        cpu = os.getProcessCpuTime();
        int total = groups * emails;
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(30)).until(() -> applied(app) >= total);
        long ms = (System.nanoTime() - burst) / 1_000_000;
        double cores = (os.getProcessCpuTime() - cpu) / (ms * 1e6);
        System.out.printf("burst: %d emails (%d per group) applied in %d ms = %.0f emails/hour, %.2f cores busy; heap %d MB%n",
                total, emails, ms, total * 3_600_000.0 / ms, cores, usedHeapMb());
        app.close();
        System.exit(0);
    }

    private static int applied(TestPlenary app) {
        return app.database().inTransaction(tx -> app.plenary().groups().ids().stream()
                .mapToInt(id -> tx.ledger().recent(id, 10_000).size()).sum());
    }

    private static long usedHeapMb() {
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }
}
