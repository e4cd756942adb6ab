package org.plenary.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.plenary.PlenaryException;

/**
 * The store's connection pool, migrations and transactions. Thread-safe. Every change Plenary makes
 * happens inside {@link #inTransaction}, so an email's effects, its ledger row and its outbox mail
 * commit together or not at all.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;
    private final Jdbi jdbi;

    private Database(HikariDataSource pool) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        // Jdbi binds a LocalDate as java.sql.Date, midnight in the JVM's current zone, which H2 turns back into a day
        // with the zone it cached at start: once the default zone moves east of it, every date lands a day early.
        jdbi.registerArgument(new AbstractArgumentFactory<LocalDate>(Types.DATE) {
            @Override
            protected Argument build(LocalDate value, ConfigRegistry config) {
                return (position, statement, context) -> statement.setObject(position, value);
            }
        });
    }

    public static Database open(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (user != null && !user.isBlank()) {
            config.setUsername(user);
        }
        if (password != null && !password.isBlank()) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(4);
        config.setPoolName("plenary-store");
        // Fail fast at start when the store is unreachable, and let later calls wait briefly only.
        config.setConnectionTimeout(5_000);
        config.setInitializationFailTimeout(30_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new PlenaryException("cannot open the store at " + redact(url) + ": " + rootMessage(e), e);
        }
        boolean postgres = url.startsWith("jdbc:postgresql:");
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .placeholders(Map.of("binary", postgres ? "BYTEA" : "VARBINARY"))
                .load()
                .migrate();
        return new Database(pool);
    }

    public <T> T inTransaction(Function<StoreTransaction, T> work) {
        return jdbi.inTransaction(handle -> work.apply(new StoreTransaction(handle)));
    }

    public void useTransaction(java.util.function.Consumer<StoreTransaction> work) {
        jdbi.useTransaction(handle -> work.accept(new StoreTransaction(handle)));
    }

    /** True when the store answers a trivial query now. */
    public boolean isReachable() {
        try {
            return jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    /** A JDBC URL without any password it may carry. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//([^/:@]+):[^@/]*@", "//$1:***@");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
