package org.plenary.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture itself, and what only a file-based store can show. */
class StoreFixtureTest {

    @Test
    void aFileStoreKeepsItsDataAcrossARestart(@TempDir Path directory) {
        try (StoreFixture store = StoreFixture.h2File(directory)) {
            store.database().useTransaction(tx -> tx.groups().save(StoreTestSupport.DEMO, StoreTestSupport.NOW));
            store.database().useTransaction(tx -> tx.schedule().record("ssr2", "digest:2017-W25", null, Instant.now()));
        }

        try (StoreFixture restarted = StoreFixture.h2File(directory)) {
            boolean done = restarted.database().inTransaction(tx -> tx.schedule().done("ssr2", "digest:2017-W25"));
            assertThat(done).isTrue();
        }
    }

    @Test
    void aPostgresStoreLivesInASchemaOfItsOwnThatCloseDrops() throws SQLException {
        String schema;
        try (StoreFixture store = StoreFixture.postgres(); Connection connection = store.connect();
             ResultSet row = connection.createStatement().executeQuery("SELECT current_schema()")) {
            row.next();
            schema = row.getString(1);
            assertThat(schema).startsWith("plenary_test_");
            assertThat(store.database().isReachable()).isTrue();
        }

        try (StoreFixture other = StoreFixture.postgres(); Connection connection = other.connect();
             ResultSet row = connection.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = '" + schema + "'")) {
            row.next();
            assertThat(row.getInt(1)).isZero();
        }
    }

    @Test
    void twoH2StoresDoNotShareRows() {
        try (StoreFixture first = StoreFixture.h2(); StoreFixture second = StoreFixture.h2()) {
            first.database().useTransaction(tx -> tx.groups().save(StoreTestSupport.DEMO, StoreTestSupport.NOW));

            boolean seen = second.database().inTransaction(tx -> tx.groups().exists("ssr2"));
            assertThat(seen).isFalse();
        }
    }
}
