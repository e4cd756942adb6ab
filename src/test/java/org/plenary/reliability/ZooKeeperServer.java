package org.plenary.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real ZooKeeper, Debian's {@code zookeeper} package, started by the test on a free loopback port with its data in
 * a folder of the test (as ../shared/acceptance/zookeeper.sh does on 2181), so tests never share one. Skipped where the
 * package is not installed (CI installs it).
 */
final class ZooKeeperServer implements AutoCloseable {
    private static final Path JARS = Path.of("/usr/share/java");

    private final int port = PlenaryProcess.freePort();
    private final Process process;

    private ZooKeeperServer(Path dir) throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path config = dir.resolve("zoo.cfg");
        // A one-second tick lets sessions be as short as two seconds, so a test's takeover is quick.
        Files.writeString(config, "tickTime=1000\ndataDir=" + data + "\nclientPort=" + port
                + "\nclientPortAddress=127.0.0.1\nadmin.enableServer=false\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(java, "-Xmx128m", "-cp", classPath(), "org.apache.zookeeper.server.quorum.QuorumPeerMain",
                config.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("zookeeper.log").toFile()).start();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException e) {
                return !process.isAlive();
            }
        });
        if (!process.isAlive()) {
            throw new IllegalStateException("ZooKeeper did not start: " + Files.readString(dir.resolve("zookeeper.log")));
        }
    }

    /**
     * Starts one in {@code dir}; the test is skipped where Debian's zookeeper package is not installed, but
     * fails under CI ({@code CI} set), which installs it: a failover that was never tried must not look proven.
     */
    static ZooKeeperServer start(Path dir) throws IOException {
        if (!Files.isRegularFile(JARS.resolve("zookeeper.jar"))) {
            String missing = "ZooKeeper is not installed (apt-get install zookeeper)";
            Assertions.assertNull(System.getenv("CI"), missing + "; CI must run the failover test");
            Assumptions.abort(missing);
        }
        return new ZooKeeperServer(dir);
    }

    /** host:port, as PLENARY_CLUSTER_ZOOKEEPER takes it. */
    String address() {
        return "127.0.0.1:" + port;
    }

    private static String classPath() {
        try (Stream<Path> jars = Files.list(JARS)) {
            return jars.filter(p -> p.toString().endsWith(".jar")).map(Path::toString).collect(Collectors.joining(":"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }
}
