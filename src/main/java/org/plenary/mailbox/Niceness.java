package org.plenary.mailbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operating system's priority of the calling thread, lowered: on Linux its nice value, raised by some steps (to 19
 * at most) with {@code renice}, which any user may do to their own threads. Java's thread priorities do not reach the
 * scheduler unless the JVM is started with a flag that warns at every start when not run as root. Where there is no
 * {@code /proc/thread-self} or no {@code renice}, the thread keeps its priority and this says so at debug level.
 */
final class Niceness {
    private static final Logger LOG = LoggerFactory.getLogger(Niceness.class);
    private static final Path SELF = Path.of("/proc/thread-self");
    static final int LOWEST = 19;

    private Niceness() {
    }

    /** Lowers the calling thread's priority by {@code steps}; whether it was lowered. */
    static boolean lowerCurrentThread(int steps) {
        try {
            int nice = ofCurrentThread();
            int wanted = Math.min(LOWEST, nice + steps);
            if (wanted <= nice) {
                return false;
            }
            String thread = SELF.toRealPath().getFileName().toString();
            Process renice = new ProcessBuilder("renice", "-n", String.valueOf(wanted), "-p", thread)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!renice.waitFor(5, TimeUnit.SECONDS)) {
                renice.destroyForcibly();
                return false;
            }
            return renice.exitValue() == 0 && ofCurrentThread() == wanted;
        } catch (IOException | RuntimeException e) {
            LOG.debug("{} keeps its priority: {}", Thread.currentThread().getName(), e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The calling thread's nice value (field 19 of its stat, after the command name in parentheses). */
    static int ofCurrentThread() throws IOException {
        String stat = Files.readString(SELF.resolve("stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(fields[19 - 3]);
    }
}
