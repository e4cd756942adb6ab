package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryException;

/** Camel builds the routes while the store opens in the background: what a start that cannot finish leaves. */
class StartupTest {

    @Test
    void aStoreThatCannotBeMigratedStopsTheStartWithWhyAndLeavesNoHttpServerBehind() throws Exception {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        int httpPort = TestPlenary.freePort();
        try (Connection foreign = DriverManager.getConnection(url, "", "");
             TestPlenary app = TestPlenary.ssr2().with("plenary.db.url", url)
                     .with("plenary.http.port", String.valueOf(httpPort))) {
            // Someone else's tables and no migration history: the store is refused, as when it was opened first.
            foreign.createStatement().execute("CREATE TABLE groups (id INT)");

            assertThatThrownBy(app::start)
                    .isInstanceOf(PlenaryException.class)
                    .hasMessageStartingWith("cannot migrate the store at ");
            assertThat(app.plenary().camelContext()).isNull();
            assertThat(portIsFree(httpPort)).isTrue();
            foreign.createStatement().execute("SHUTDOWN");
        }
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
