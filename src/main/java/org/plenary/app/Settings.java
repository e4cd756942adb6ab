package org.plenary.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.plenary.PlenaryException;

/**
 * Plenary's configuration: each key (e.g. {@code plenary.imap.url}) is read from the environment
 * ({@code PLENARY_IMAP_URL}) first, then from a properties file ({@code PLENARY_CONFIG}, else
 * {@code ./plenary.properties} if present), then the default; {@link #with} replaces values over all of
 * these. Immutable.
 *
 * <p>Camel Main maps environment variables to property placeholders the same way, but this class stays the
 * one place that resolves settings, and Camel Main receives its results ({@code Plenary.camelProperties}),
 * because Camel's resolution differs where it matters here:
 * <ul>
 * <li>the store, the group and the commands that never start routes (explain, preview, replay) need settings
 *     before any Camel context exists, and Camel's properties component resolves only inside a built one;
 * <li>Camel's environment lookup wins over its override properties, so an exported {@code PLENARY_IMAP_URL}
 *     would beat what {@link #with} sets: the demo would read a real mailbox instead of its embedded one,
 *     and a test its deployer's store;
 * <li>Camel takes an empty variable ({@code PLENARY_POLL_DELAY=}) as an empty value, not as unset;
 * <li>Camel reads {@code PT10S} as 0 ms and {@code 1.5s} not at all, so {@link #duration} gives the routes
 *     milliseconds.
 * </ul>
 */
public final class Settings {
    /** The keys and their defaults (null: no default). */
    private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("plenary.imap.url", null);
        DEFAULTS.put("plenary.smtp.url", null);
        DEFAULTS.put("plenary.db.url", "jdbc:h2:file:./data/plenary");
        DEFAULTS.put("plenary.db.user", "");
        DEFAULTS.put("plenary.db.password", "");
        DEFAULTS.put("plenary.group.file", "examples/ssr2/group.yaml");
        DEFAULTS.put("plenary.poll.delay", "10s");
        // IMAP IDLE wakes the poll when mail arrives (replies within a second); the poll delay stays as the fallback.
        DEFAULTS.put("plenary.imap.idle", "true");
        // RFC 2177: re-issue IDLE within 29 minutes; NAT boxes drop quiet connections sooner, so every 10 minutes.
        DEFAULTS.put("plenary.imap.idle.renew", "10m");
        DEFAULTS.put("plenary.http.port", "8080");
        DEFAULTS.put("plenary.http.host", "127.0.0.1");
        DEFAULTS.put("plenary.base.url", null);
        DEFAULTS.put("plenary.api.token", null);
        // The secret the personal calendar feed keys are derived from (PLENARY_FEED_SECRET): set, a copy of the
        // store alone cannot rebuild anyone's key; unset, the store makes and keeps one of its own.
        DEFAULTS.put("plenary.feed.secret", null);
        DEFAULTS.put("plenary.http.idle.timeout", "30s");
        DEFAULTS.put("plenary.now", null);
        DEFAULTS.put("plenary.templates", null);
        DEFAULTS.put("plenary.imap.failure.folder", "Plenary-Failed");
        DEFAULTS.put("plenary.imap.max.attempts", "3");
        DEFAULTS.put("plenary.mail.max.bytes", "10485760");
        DEFAULTS.put("plenary.outbox.delay", "1s");
        DEFAULTS.put("plenary.schedule.delay", "5s");
        DEFAULTS.put("plenary.summary.after", "PT3H");
        DEFAULTS.put("plenary.trust", "confirm");
        DEFAULTS.put("plenary.confirmations.per.hour", "0");
        // The setting before PLENARY_TRUST: true is PLENARY_TRUST=authenticated, and still works.
        DEFAULTS.put("plenary.require.authentication", "false");
        DEFAULTS.put("plenary.trusted.authserv", "");
        // The group a command of the CLI acts for (--group), when the deployment serves several.
        DEFAULTS.put("plenary.group", null);
        // Several instances (PRODUCT.md 3.8): ZooKeeper's host:port, or PLENARY_CLUSTER=kubernetes for Leases.
        DEFAULTS.put("plenary.cluster.zookeeper", null);
        DEFAULTS.put("plenary.cluster", null);
        // How long a dead instance keeps its mailboxes: ZooKeeper's session timeout, the Lease's duration. Ten
        // seconds gives a takeover well within the 30 s of the contract; ZooKeeper bounds it to 2..20 ticks (4..40 s).
        DEFAULTS.put("plenary.cluster.timeout", "10s");
    }

    /** One group's mailbox when there are several: PLENARY_IMAP_URL_{GROUP ID IN CAPITALS}, dashes as underscores. */
    private static final String GROUP_MAILBOX = "plenary.imap.url.";

    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static Settings fromEnvironment() {
        return from(System.getenv(), loadFile(System.getenv("PLENARY_CONFIG")));
    }

    /** Settings from an environment-like map over a properties file; used by tests and the demo. */
    public static Settings from(Map<String, String> environment, Properties file) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> key : DEFAULTS.entrySet()) {
            String env = environment.get(environmentName(key.getKey()));
            String value = env != null && !env.isBlank() ? env : file.getProperty(key.getKey(), key.getValue());
            if (value != null) {
                values.put(key.getKey(), value.trim());
            }
        }
        file.stringPropertyNames().stream().filter(k -> k.startsWith(GROUP_MAILBOX))
                .forEach(k -> values.put(GROUP_MAILBOX + k.substring(GROUP_MAILBOX.length()).toUpperCase(Locale.ROOT),
                        file.getProperty(k).trim()));
        String prefix = environmentName(GROUP_MAILBOX);
        environment.forEach((name, value) -> {
            if (name.startsWith(prefix) && name.length() > prefix.length() && !value.isBlank()) {
                values.put(GROUP_MAILBOX + name.substring(prefix.length()), value.trim());
            }
        });
        return new Settings(values);
    }

    /** A copy with some values replaced (keys as in the properties file). */
    public Settings with(Map<String, String> overrides) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        overrides.forEach((k, v) -> {
            if (v == null) {
                copy.remove(k);
            } else {
                copy.put(k, v);
            }
        });
        return new Settings(copy);
    }

    static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    private static Properties loadFile(String configured) {
        Properties properties = new Properties();
        Path file = Path.of(configured != null && !configured.isBlank() ? configured : "plenary.properties");
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new PlenaryException("cannot read the configuration file " + file + ": " + e.getMessage(), e);
            }
        } else if (configured != null && !configured.isBlank()) {
            throw new PlenaryException("the configuration file " + file + " (PLENARY_CONFIG) does not exist");
        }
        return properties;
    }

    public String get(String key) {
        return values.get(key);
    }

    public String require(String key) {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            throw new PlenaryException(environmentName(key) + " is not set (or " + key + " in the properties file)");
        }
        return value;
    }

    /**
     * The mailbox of a group: {@code PLENARY_IMAP_URL_{ID}} (the id in capitals, dashes as underscores), else
     * {@code PLENARY_IMAP_URL} when the deployment serves this one group only.
     */
    public String mailbox(String groupId, boolean onlyGroup) {
        String suffix = groupId.toUpperCase(Locale.ROOT).replace('-', '_');
        String own = values.get(GROUP_MAILBOX + suffix);
        if (own != null && !own.isBlank()) {
            return own;
        }
        if (onlyGroup) {
            return require("plenary.imap.url");
        }
        throw new PlenaryException("PLENARY_IMAP_URL_" + suffix + " is not set: with several groups, each names its mailbox");
    }

    public int integer(String key) {
        try {
            return Integer.parseInt(require(key));
        } catch (NumberFormatException e) {
            throw new PlenaryException(environmentName(key) + " must be a whole number, not '" + get(key) + "'");
        }
    }

    public boolean flag(String key) {
        return Boolean.parseBoolean(get(key));
    }

    /** "10s", "2m", "500ms", "PT10S" or plain milliseconds. */
    public Duration duration(String key) {
        String text = require(key).toLowerCase(Locale.ROOT);
        try {
            if (text.startsWith("pt") || text.startsWith("p")) {
                return Duration.parse(text.toUpperCase(Locale.ROOT));
            }
            if (text.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
            }
            if (text.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(text.substring(0, text.length() - 1)) * 1000));
            }
            if (text.endsWith("m")) {
                return Duration.ofSeconds(Math.round(Double.parseDouble(text.substring(0, text.length() - 1)) * 60));
            }
            return Duration.ofMillis(Long.parseLong(text));
        } catch (RuntimeException e) {
            throw new PlenaryException(environmentName(key) + " must be a duration such as 10s or PT10S, not '" + text + "'");
        }
    }

    /** Where people reach the HTTP server, for the links Plenary emails: PLENARY_BASE_URL, else the loopback address. */
    public String baseUrl() {
        String configured = get("plenary.base.url");
        String base = configured == null || configured.isBlank() ? "http://127.0.0.1:" + require("plenary.http.port") : configured;
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public Instant now() {
        String text = get("plenary.now");
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (RuntimeException e) {
            throw new PlenaryException("PLENARY_NOW must be an ISO-8601 instant such as 2017-06-15T09:00:00Z, not '" + text + "'");
        }
    }
}
