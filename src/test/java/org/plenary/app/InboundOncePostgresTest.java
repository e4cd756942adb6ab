package org.plenary.app;

import org.plenary.store.StoreFixture;

/** The sentences of {@link InboundOnceTest} on PostgreSQL, in a schema of their own; skipped without a server. */
class InboundOncePostgresTest extends InboundOnceTest {
    private StoreFixture store;

    @Override
    TestPlenary configure(TestPlenary plenary) {
        store = StoreFixture.postgres();
        return plenary.with("plenary.db.url", store.jdbcUrl()).with("plenary.db.user", store.user())
                .with("plenary.db.password", store.password());
    }

    @Override
    void afterAppClosed() {
        if (store != null) {
            store.close();
        }
    }
}
