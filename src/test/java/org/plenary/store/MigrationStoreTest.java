package org.plenary.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MigrationStoreTest extends StoreTestSupport {

    @Test
    void migratesAnEmptyDatabaseToTheCurrentSchema() {
        // Flyway names its table in lower case and quotes it, which H2 (unlike PostgreSQL) holds us to.
        assertThat(count("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE version = '1' AND success")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM inbound_emails")).isZero();
    }

    @Test
    void migratingAMigratedDatabaseAgainChangesNothing() {
        // A restart runs the migrations again; they must find nothing to do and keep the data.
        try (Database again = store.reopen()) {
            boolean kept = again.inTransaction(tx -> tx.groups().exists(GROUP));
            assertThat(kept).isTrue();
        }
        assertThat(count("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE version IS NOT NULL")).isEqualTo(1);
    }
}
