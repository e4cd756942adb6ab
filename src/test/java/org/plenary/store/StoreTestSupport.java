package org.plenary.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.plenary.group.GroupDefinition;
import org.plenary.group.GroupFileReader;
import org.plenary.group.Member;

/**
 * Runs every test of a subclass once on H2 and once on PostgreSQL, each on a fresh store that already holds the
 * demo group {@value #GROUP}.
 */
@ParameterizedClass(name = "on {0}")
@MethodSource("org.plenary.store.StoreFixture#kinds")
abstract class StoreTestSupport {
    static final String GROUP = "ssr2";
    static final Instant NOW = Instant.parse("2017-06-15T12:00:00Z");
    static final GroupDefinition DEMO = new GroupFileReader().read(Path.of("examples/ssr2/group.yaml"));

    @Parameter
    StoreFixture.Kind kind;
    StoreFixture store;
    private Handle committed;

    @BeforeEach
    void openStore() {
        store = kind.open();
        use(tx -> tx.groups().save(DEMO, NOW));
    }

    @AfterEach
    void closeStore() {
        if (committed != null) {
            committed.close();
        }
        if (store != null) {
            store.close();
        }
    }

    <T> T in(Function<StoreTransaction, T> work) {
        return store.database().inTransaction(work);
    }

    void use(Consumer<StoreTransaction> work) {
        store.database().useTransaction(work);
    }

    /** Repositories on their own auto-commit connection: they see what other transactions committed, nothing else. */
    StoreTransaction committed() {
        return new StoreTransaction(committedHandle());
    }

    /** The first number in the first row of a query, for facts the repositories do not show. */
    long count(String sql) {
        return committedHandle().createQuery(sql).mapTo(Long.class).one();
    }

    /** Runs one statement on its own auto-commit connection, for rows the repositories would never write. */
    void execute(String sql) {
        committedHandle().execute(sql);
    }

    /** The demo group under another id and with other members, for tests that need a second group. */
    static GroupDefinition group(String id, List<Member> members) {
        return new GroupDefinition(id, DEMO.name(), DEMO.tag(), DEMO.address(), DEMO.list(), DEMO.timezone(),
                DEMO.dateOrder(), DEMO.agendaLead(), DEMO.digestDay(), DEMO.digestTime(), members, DEMO.series(),
                DEMO.meetings(), DEMO.actions());
    }

    /** H2 and PostgreSQL both report a unique or primary key violation as SQLState 23505. */
    static void assertUniqueViolation(ThrowingCallable work) {
        assertThatThrownBy(work).satisfies(e -> assertThat(sqlState(e)).isEqualTo("23505"));
    }

    private Handle committedHandle() {
        if (committed == null) {
            committed = Jdbi.create(store.jdbcUrl(), store.user(), store.password()).open();
        }
        return committed;
    }

    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
