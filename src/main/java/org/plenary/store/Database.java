package org.plenary.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.argument.ObjectArgument;
import org.plenary.PlenaryException;

/**
 * The store's connection pool, migrations and transactions. Thread-safe. Every change Plenary makes
 * happens inside {@link #inTransaction}, so an email's effects, its ledger row and its outbox mail
 * commit together or not at all.
 */
public final class Database implements AutoCloseable {
    /** The pool and Jdbi over it, once the store is open (at once, or later with {@link #openInBackground}). */
    private final CompletableFuture<Opened> opening;

    private record Opened(HikariDataSource pool, Jdbi jdbi) {
        Opened(HikariDataSource pool) {
            this(pool, Jdbi.create(pool));
            // Jdbi binds these through java.sql.Date and Timestamp, a detour through the JVM's zone: H2 then reads a
            // date with the zone it cached at start (a day early once the default zone moves east) and loses an hour
            // for instants in the hour that repeats when clocks go back. Both drivers take the java.time values as
            // they are.
            jdbi.registerArgument(setObject(LocalDate.class, Types.DATE));
            jdbi.registerArgument(setObject(OffsetDateTime.class, Types.TIMESTAMP_WITH_TIMEZONE));
        }
    }

    private Database(CompletableFuture<Opened> opening) {
        this.opening = opening;
    }

    private static ArgumentFactory.Preparable setObject(Class<?> javaType, int sqlType) {
        return (type, config) -> type == javaType
                ? Optional.of(value -> ObjectArgument.of(value, value == null ? sqlType : null))
                : Optional.empty();
    }

    /** Opens the store and brings its tables up to this version's migrations. */
    public static Database open(String url, String user, String password) {
        return new Database(CompletableFuture.completedFuture(migrated(url, user, password)));
    }

    /**
     * Opens the store and migrates it on a thread of its own, so that a starting service builds its routes and HTTP
     * server meanwhile (the two take about the same time). Every use of the returned store waits until it is open;
     * {@link #awaitOpen()} says when, or throws what {@link #open} would have thrown.
     */
    public static Database openInBackground(String url, String user, String password) {
        return new Database(CompletableFuture.supplyAsync(() -> migrated(url, user, password), task -> {
            Thread opener = new Thread(task, "plenary-store-opening");
            opener.setDaemon(true);
            opener.start();
        }));
    }

    private static Opened migrated(String url, String user, String password) {
        HikariDataSource pool = pool(url, user, password);
        try {
            flyway(pool, url).migrate();
        } catch (RuntimeException e) {
            // Nobody else holds the pool yet; left open, it would keep its connections for the life of the process.
            pool.close();
            throw new PlenaryException("cannot migrate the store at " + redact(url) + ": " + rootMessage(e), e);
        }
        return new Opened(pool);
    }

    /** Waits until the store is open; a store that could not be opened or migrated throws why. */
    public void awaitOpen() {
        opened();
    }

    private Opened opened() {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    /**
     * Opens the store as it is, for the commands that only look: nothing is migrated or created. A store without
     * Plenary's tables, or at another version than this Plenary's migrations, is refused with
     * {@link StoreVersionException}.
     */
    public static Database openAsItIs(String url, String user, String password) {
        HikariDataSource pool = pool(url, user, password);
        try {
            checkVersion(flyway(pool, url).info(), url);
        } catch (RuntimeException e) {
            pool.close();
            if (e instanceof StoreVersionException refused) {
                throw refused;
            }
            throw new PlenaryException("cannot read the version of the store at " + redact(url) + ": " + rootMessage(e), e);
        }
        return new Database(CompletableFuture.completedFuture(new Opened(pool)));
    }

    private static void checkVersion(MigrationInfoService info, String url) {
        MigrationInfo current = info.current();
        if (current == null) {
            throw new StoreVersionException(true, "the store at " + redact(url) + " has no Plenary tables yet; "
                    + "'./plenary run' creates them");
        }
        if (info.pending().length > 0) {
            throw new StoreVersionException(false, "the store at " + redact(url) + " is at version "
                    + current.getVersion() + ", older than this Plenary's " + info.pending()[info.pending().length - 1]
                    .getVersion() + "; './plenary run' brings it up to date, the commands that only look never change it");
        }
        if (Arrays.stream(info.applied()).anyMatch(migration -> !migration.getState().isResolved())) {
            throw new StoreVersionException(false, "the store at " + redact(url) + " is at version "
                    + current.getVersion() + ", newer than this Plenary knows; use the Plenary that wrote it");
        }
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(withH2Options(url));
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
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new PlenaryException("cannot open the store at " + redact(url) + ": " + rootMessage(e), e);
        }
    }

    private static Flyway flyway(HikariDataSource pool, String url) {
        boolean postgres = url.startsWith("jdbc:postgresql:");
        return Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .placeholders(Map.of("binary", postgres ? "BYTEA" : "VARBINARY",
                        "identity_cache", postgres ? "1" : "1000"))
                .load();
    }

    public <T> T inTransaction(Function<StoreTransaction, T> work) {
        return opened().jdbi().inTransaction(handle -> work.apply(new StoreTransaction(handle)));
    }

    public void useTransaction(java.util.function.Consumer<StoreTransaction> work) {
        opened().jdbi().useTransaction(handle -> work.accept(new StoreTransaction(handle)));
    }

    /** Runs the work in a transaction that is always rolled back: for explaining an email without changing anything. */
    public <T> T inRollback(Function<StoreTransaction, T> work) {
        return opened().jdbi().withHandle(handle -> {
            handle.begin();
            try {
                return work.apply(new StoreTransaction(handle));
            } finally {
                handle.rollback();
            }
        });
    }

    /** True when the store answers a trivial query now. */
    public boolean isReachable() {
        try {
            return opened().jdbi().withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        // A store still opening is closed once open; one that failed to open has nothing to close.
        Opened opened = opening.handle((store, failure) -> store).join();
        if (opened != null) {
            opened.pool().close();
        }
    }

    /**
     * H2 flushes committed transactions to its file up to half a second late by default, so a killed process
     * could lose an email that the mailbox already saw as processed. Plenary's promise needs every commit on
     * disk before the mailbox is told, hence WRITE_DELAY=0 unless the deployer chose otherwise. And a file store
     * opens in H2's mixed mode (AUTO_SERVER): the first process serves it to the others over a loopback port only
     * they know the key of, so {@code ./plenary token} and {@code replay} work while the service runs. Any H2 store
     * keeps more parsed statements than H2's default (below).
     */
    static String withH2Options(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return url;
        }
        String upper = url.toUpperCase(java.util.Locale.ROOT);
        // An email runs some thirty different statements: with H2's default of 8 parsed ones kept per connection,
        // each was parsed again for every email (a tenth of a backlog's drain).
        String options = upper.contains("QUERY_CACHE_SIZE") ? "" : ";QUERY_CACHE_SIZE=128";
        if (url.startsWith("jdbc:h2:file:")) {
            options += (upper.contains("WRITE_DELAY") ? "" : ";WRITE_DELAY=0")
                    + (upper.contains("AUTO_SERVER") ? "" : ";AUTO_SERVER=TRUE");
        }
        return url + options;
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
