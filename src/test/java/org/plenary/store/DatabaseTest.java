package org.plenary.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryException;

class DatabaseTest {

    @Test
    void aStoreThatCannotBeMigratedIsRefusedWithPlenarysOwnException() throws SQLException {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            // Someone else's tables and no migration history: Flyway must not guess, and neither may we.
            connection.createStatement().execute("CREATE TABLE groups (id INT)");

            assertThatThrownBy(() -> Database.open(url, "sa", ""))
                    .isInstanceOf(PlenaryException.class)
                    .hasMessageStartingWith("cannot migrate the store at ");
            connection.createStatement().execute("SHUTDOWN");
        }
    }

    @Test
    void aStoreOpenedInTheBackgroundSaysWhyItCannotBeMigratedWhenWaitedForAndWhenUsed() throws SQLException {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.createStatement().execute("CREATE TABLE groups (id INT)");

            Database store = Database.openInBackground(url, "sa", "");
            assertThatThrownBy(store::awaitOpen)
                    .isInstanceOf(PlenaryException.class)
                    .hasMessageStartingWith("cannot migrate the store at ");
            assertThatThrownBy(() -> store.inTransaction(tx -> 1))
                    .isInstanceOf(PlenaryException.class)
                    .hasMessageStartingWith("cannot migrate the store at ");
            assertThat(store.isReachable()).isFalse();
            store.close();
            connection.createStatement().execute("SHUTDOWN");
        }
    }

    @Test
    void aStoreOpenedInTheBackgroundIsMigratedBeforeItsFirstUse() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Database store = Database.openInBackground(url, "sa", "")) {
            boolean exists = store.inTransaction(tx -> tx.groups().exists("ssr2"));
            assertThat(exists).isFalse();
        }
    }
}
