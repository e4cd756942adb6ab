package org.plenary.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The outbox's thread runs after the others when the cores are busy: its own nice value is raised, no one else's. */
class NicenessTest {

    @Test
    void aThreadLowersItsOwnPriorityAndNoOtherThreads() throws Exception {
        assumeThat(Files.exists(Path.of("/proc/thread-self"))).as("Linux").isTrue();
        int mine = Niceness.ofCurrentThread();

        int[] before = new int[1];
        int[] after = new int[1];
        boolean[] lowered = new boolean[1];
        Thread sender = new Thread(() -> {
            try {
                before[0] = Niceness.ofCurrentThread();
                lowered[0] = Niceness.lowerCurrentThread(10);
                after[0] = Niceness.ofCurrentThread();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        sender.start();
        sender.join();

        assertThat(lowered[0]).isEqualTo(before[0] < Niceness.LOWEST);
        assertThat(after[0]).isEqualTo(Math.min(Niceness.LOWEST, before[0] + 10));
        assertThat(Niceness.ofCurrentThread()).isEqualTo(mine);
        assertThat(CompletableFuture.supplyAsync(() -> {
            try {
                return Niceness.ofCurrentThread();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).get()).as("a thread started afterwards").isEqualTo(mine);
    }
}
