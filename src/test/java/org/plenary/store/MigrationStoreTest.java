package org.plenary.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MigrationStoreTest extends StoreTestSupport {
    // Flyway quotes its lower-case names, which H2 (unlike PostgreSQL) holds us to.
    private static final String APPLIED_MIGRATIONS = """
            SELECT COUNT(*) FROM "flyway_schema_history" WHERE "version" IS NOT NULL AND "success\"""";

    @Test
    void migratesAnEmptyDatabaseToTheCurrentSchema() {
        assertThat(count(APPLIED_MIGRATIONS)).isEqualTo(13);
        assertThat(count("SELECT COUNT(*) FROM inbound_emails")).isZero();
        assertThat(count("SELECT COUNT(*) FROM decisions")).isZero();
        assertThat(count("SELECT COUNT(*) FROM attendance")).isZero();
        assertThat(count("SELECT COUNT(*) FROM access_tokens")).isZero();
        assertThat(count("SELECT COUNT(*) FROM held_emails")).isZero();
        assertThat(count("SELECT COUNT(*) FROM undo_log")).isZero();
        assertThat(count("SELECT COUNT(*) FROM feed_keys")).isZero();
        assertThat(count("SELECT COUNT(*) FROM apologies WHERE partial")).isZero();
    }

    @Test
    void migratingAMigratedDatabaseAgainChangesNothing() {
        // A restart runs the migrations again; they must find nothing to do and keep the data.
        try (Database again = store.reopen()) {
            boolean kept = again.inTransaction(tx -> tx.groups().exists(GROUP));
            assertThat(kept).isTrue();
        }
        assertThat(count(APPLIED_MIGRATIONS)).isEqualTo(13);
    }
}
