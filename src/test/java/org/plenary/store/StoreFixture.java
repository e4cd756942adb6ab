package org.plenary.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh, migrated store for one test: H2 in memory, H2 in a file, or PostgreSQL in a schema of its own.
 *
 * <pre>{@code
 * try (StoreFixture store = StoreFixture.postgres()) {      // skips the test when PostgreSQL is not reachable
 *     store.database().useTransaction(tx -> tx.groups().save(group, now));
 * }
 * }</pre>
 *
 * PostgreSQL is {@code jdbc:postgresql://127.0.0.1:5432/test} as user {@code postgres} unless the environment sets
 * {@code PLENARY_TEST_POSTGRES_URL}, {@code PLENARY_TEST_POSTGRES_USER} and {@code PLENARY_TEST_POSTGRES_PASSWORD}.
 * Each {@link #postgres()} creates schema {@code plenary_test_<random>} and {@link #close()} drops it, so tests
 * never see each other's rows and leave nothing behind. To run one test class on both stores, take
 * {@link #kinds()} as a {@code @MethodSource} and call {@link Kind#open()} before each test. Not thread-safe; one
 * fixture belongs to one test.
 */
public final class StoreFixture implements AutoCloseable {
    private static final String POSTGRES_URL =
            System.getenv().getOrDefault("PLENARY_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String POSTGRES_USER = System.getenv().getOrDefault("PLENARY_TEST_POSTGRES_USER", "postgres");
    private static final String POSTGRES_PASSWORD = System.getenv().getOrDefault("PLENARY_TEST_POSTGRES_PASSWORD", "");
    private static Boolean postgresAvailable;

    /** The stores a test class can run on; {@code toString} names the store in test reports. */
    public enum Kind {
        H2("H2"), POSTGRES("PostgreSQL");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** A fresh store of this kind; for PostgreSQL, aborts (skips) the test when the server is not reachable. */
        public StoreFixture open() {
            return this == H2 ? h2() : postgres();
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Runnable cleanup;
    private final Database database;

    private StoreFixture(String jdbcUrl, String user, String password, Runnable cleanup) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.cleanup = cleanup;
        this.database = Database.open(jdbcUrl, user, password);
    }

    /** Both kinds, for {@code @MethodSource("org.plenary.store.StoreFixture#kinds")}. */
    public static Stream<Kind> kinds() {
        return Stream.of(Kind.values());
    }

    /** A migrated in-memory H2 database of its own, gone after {@link #close()}. */
    public static StoreFixture h2() {
        String url = "jdbc:h2:mem:plenary-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        // DB_CLOSE_DELAY keeps the database between pool connections, so it needs an explicit SHUTDOWN at the end.
        return new StoreFixture(url, "sa", "", () -> execute(url, "sa", "", "SHUTDOWN"));
    }

    /** A migrated H2 database in a file under {@code directory}; it survives {@link #close()} for a restart test. */
    public static StoreFixture h2File(Path directory) {
        String url = "jdbc:h2:file:" + directory.resolve("plenary").toAbsolutePath();
        return new StoreFixture(url, "sa", "", () -> { });
    }

    /** A migrated PostgreSQL schema of its own, dropped on {@link #close()}; skips the test without a server. */
    public static StoreFixture postgres() {
        Assumptions.assumeTrue(postgresAvailable(), () -> "PostgreSQL is not reachable at " + POSTGRES_URL);
        String schema = "plenary_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        execute(POSTGRES_URL, POSTGRES_USER, POSTGRES_PASSWORD, "CREATE SCHEMA " + schema);
        String url = POSTGRES_URL + (POSTGRES_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try {
            return new StoreFixture(url, POSTGRES_USER, POSTGRES_PASSWORD,
                    () -> execute(POSTGRES_URL, POSTGRES_USER, POSTGRES_PASSWORD, "DROP SCHEMA " + schema + " CASCADE"));
        } catch (RuntimeException | Error e) {
            execute(POSTGRES_URL, POSTGRES_USER, POSTGRES_PASSWORD, "DROP SCHEMA " + schema + " CASCADE");
            throw e;
        }
    }

    /** True when a PostgreSQL server answers within two seconds; asked once per test run. */
    public static synchronized boolean postgresAvailable() {
        if (postgresAvailable == null) {
            Properties properties = credentials(POSTGRES_USER, POSTGRES_PASSWORD);
            properties.setProperty("connectTimeout", "2");
            properties.setProperty("loginTimeout", "2");
            try (Connection connection = DriverManager.getConnection(POSTGRES_URL, properties)) {
                postgresAvailable = connection.isValid(2);
            } catch (SQLException e) {
                postgresAvailable = false;
            }
        }
        return postgresAvailable;
    }

    public Database database() {
        return database;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Another {@link Database} on the same store, as a restarted process would open it; the caller closes it. */
    public Database reopen() {
        return Database.open(jdbcUrl, user, password);
    }

    /** A plain JDBC connection to the store, for asserting what the repositories do not show. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, credentials(user, password));
    }

    @Override
    public void close() {
        database.close();
        cleanup.run();
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, credentials(user, password));
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql + " on " + url, e);
        }
    }

    private static Properties credentials(String user, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return properties;
    }
}
