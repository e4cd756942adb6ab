package org.plenary.app;

import jakarta.mail.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.camel.CamelContext;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.plenary.PlenaryException;
import org.plenary.access.FeedKeys;
import org.plenary.access.Tokens;
import org.plenary.intake.MailLimits;
import org.plenary.intake.MailReader;
import org.plenary.metrics.PlenaryMetrics;
import org.plenary.notify.Announcements;
import org.plenary.notify.MailComposer;
import org.plenary.notify.OutboxDelivery;
import org.plenary.notify.SmtpConnection;
import org.plenary.store.Database;
import org.plenary.web.Api;
import org.plenary.web.Desk;
import org.plenary.web.Gate;
import org.plenary.web.OurHeadersOnly;
import org.plenary.web.UnmatchedRequests;
import org.plenary.workflow.CurrentGroup;
import org.plenary.workflow.Secretariat;
import org.plenary.workflow.Trust;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plenary assembled from its settings: the store, the groups (each a {@link ServedGroup}), the beans the routes
 * call, the {@link Cluster} of instances if any, and the Camel Main application that runs the routes of
 * {@code routes/}. {@link #start()} returns once the routes run;
 * {@link #run()} blocks until the process is stopped.
 */
public final class Plenary implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Plenary.class);
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        // Jakarta Mail looks its StreamProvider up anew for every header block it parses and every part it writes,
        // through ServiceLoader, which searches every jar on the class path: 7% of a backlog's drain. Named, it is
        // one class lookup.
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final Settings settings;
    private final Clock clock;
    private final Database database;
    private final Groups groups;
    private final Cluster cluster;
    private final FeedKeys feedKeys;
    private final Pace pace;
    private Main main;
    private SmtpConnection smtpConnection;
    private GroupRoutes groupRoutes;

    public Plenary(Settings settings) {
        this(settings, url -> Database.openInBackground(url, settings.get("plenary.db.user"),
                settings.get("plenary.db.password")));
    }

    /** Plenary over the store {@code opening} opens at the configured URL: the commands that only look never migrate it. */
    public Plenary(Settings settings, java.util.function.Function<String, Database> opening) {
        this.settings = settings;
        this.clock = ShiftedClock.startingAt(settings.now());
        GroupFiles files = new GroupFiles(settings.require("plenary.group.file"));
        List<Path> paths = files.now();
        this.groups = new Groups(files);
        this.database = opening.apply(settings.require("plenary.db.url"));
        this.cluster = Cluster.from(settings);
        this.feedKeys = new FeedKeys(settings.get("plenary.feed.secret"));
        this.pace = new Pace(new PlenaryMetrics(database));
        try {
            for (Path file : paths) {
                groups.add(open(file));
            }
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private ServedGroup open(Path file) {
        return new ServedGroup(file, settings, database, clock, new MailReader(limits()), feedKeys, pace);
    }

    /** PLENARY_TRUST, or authenticated where the older PLENARY_REQUIRE_AUTHENTICATION=true says so. */
    static Trust trust(Settings settings) {
        if (settings.flag("plenary.require.authentication")) {
            return Trust.AUTHENTICATED;
        }
        try {
            return Trust.of(settings.get("plenary.trust"));
        } catch (IllegalArgumentException e) {
            throw new PlenaryException(e.getMessage());
        }
    }

    public Database database() {
        return database;
    }

    /** Every group this deployment serves. */
    public Groups groups() {
        return groups;
    }

    /**
     * The group a command acts for: the one named by {@code --group} (PLENARY_GROUP), else the only one; with several
     * and none named, a {@link PlenaryException} that lists them.
     */
    public ServedGroup served() {
        String named = settings.get("plenary.group");
        if (named != null && !named.isBlank()) {
            return groups.get(named.trim());
        }
        List<ServedGroup> all = groups.all();
        if (all.size() > 1) {
            throw new PlenaryException("this deployment serves several groups " + groups.ids() + ": name one with --group");
        }
        return all.get(0);
    }

    public Secretariat secretariat() {
        return served().secretariat();
    }

    public Announcements announcements() {
        return served().announcements();
    }

    public CurrentGroup group() {
        return served().group();
    }

    public Clock clock() {
        return clock;
    }

    /** The tokens that open the HTTP API: PLENARY_API_TOKEN and the personal ones of {@code ./plenary token}. */
    public Tokens tokens() {
        return served().tokens();
    }

    /** The running Camel context (null before {@link #start()}), for tests that check every route started. */
    public CamelContext camelContext() {
        return main == null ? null : main.getCamelContext();
    }

    /** Brings the store in line with the group files now (at start, on a change of a file, and hourly). */
    public void syncGroup() {
        groups.all().forEach(g -> g.watch().sync());
    }

    /** The groups whose mailbox this instance reads now (PRODUCT.md 3.8): all of them without a cluster. */
    public List<String> mailboxesHeld() {
        return groupRoutes == null ? List.of() : groupRoutes.held(groups.ids());
    }

    /**
     * Starts the routes: a mailbox per group, the outbox, the schedules, the group files and HTTP. Camel builds them
     * while the store opens; they start once it is open and in line with the group files.
     */
    public void start() {
        warnIfTheHeapCannotHoldAnEmail();
        main = new Main();
        MailUrls.MailEndpoint smtp = MailUrls.smtp(settings.require("plenary.smtp.url"), List.of());
        Properties properties = camelProperties(smtp.uri());
        properties.forEach((k, v) -> main.addInitialProperty((String) k, (String) v));
        smtp.credentials().forEach(main::bind);
        main.bind("bareMailMessage", new BareMailMessage());
        pace.bind(main);
        MailComposer composer = new MailComposer(Session.getInstance(new Properties()), clock);
        main.bind("outbox", new OutboxDelivery(database, groups::definition, composer, clock, pace::sent));
        SmtpEndpointOpener smtpOpener = new SmtpEndpointOpener(main::getCamelContext, smtp.uri());
        smtpConnection = new SmtpConnection(smtpOpener);
        main.bind("smtpConnection", smtpConnection);
        main.bind("schedules", groups);
        main.bind("groupFile", groups);
        Api api = new Api(database, groups::definition, this::mailboxesHeld);
        main.bind("api", api);
        MailReader reader = new MailReader(limits());
        Desk desk = new Desk(database, groups, clock, feedKeys, reader::read);
        main.bind("desk", desk);
        main.bind("ourHeadersOnly", new OurHeadersOnly());
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport configuring) {
                cluster.install(configuring.getCamelContext());
            }
        });
        // The group files are synced on a thread of their own as soon as the store is open, while Camel builds the
        // routes and starts the HTTP server here: the two take about as long. The routes start once both are done.
        CompletableFuture<Void> synced = CompletableFuture.runAsync(() -> {
            database.awaitOpen();
            syncGroup();
        }, task -> {
            Thread sync = new Thread(task, "plenary-group-sync");
            sync.setDaemon(true);
            sync.start();
        });
        try {
            main.start();
            CamelContext camel = main.getCamelContext();
            smtpOpener.resolve();
            // Before any route starts, so that no request reaches one without passing the gate.
            UnmatchedRequests.answerAsJson(camel, api);
            Gate.install(camel, api, groups, settings.baseUrl().startsWith("https:"),
                    settings.duration("plenary.http.idle.timeout"), desk);
            joined(synced);
            camel.getRouteController().startAllRoutes();
            groupRoutes = new GroupRoutes(camel, cluster, settings, pace, settings.flag("plenary.imap.idle")
                    ? settings.duration("plenary.imap.idle.renew") : null);
            boolean onlyGroup = groups.all().size() == 1;
            groups.all().forEach(g -> groupRoutes.start(g, onlyGroup));
            groups.onNewFile(this::serveNewGroup);
        } catch (Exception e) {
            synced.handle((done, failure) -> done).join();
            stopRoutes();
            throw e instanceof PlenaryException refused ? refused
                    : new PlenaryException("Plenary could not start: " + e.getMessage(), e);
        }
        List<String> ids = groups.ids();
        LOG.info("Plenary is running for {} (HTTP on port {}){}", ids.size() == 1 ? "group " + ids.get(0)
                : ids.size() + " groups" + (ids.size() <= 10 ? " (" + String.join(", ", ids) + ")" : ""),
                settings.get("plenary.http.port"),
                cluster.isClustered() ? ", sharing the work with the other instances of the cluster" : "");
    }

    /** Waits for the work to finish; what it threw is thrown here as it was. */
    private static void joined(CompletableFuture<Void> work) {
        try {
            work.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    /** A group file new in a folder of group files: the group is synced and its mailbox read from now on. */
    private void serveNewGroup(Path file) {
        ServedGroup group = open(file);
        groups.requireDistinct(group);
        group.watch().sync();
        groupRoutes.start(group, false);
        groups.add(group);
        LOG.info("{} is new: group {} is served from now on", file, group.id());
    }

    /** Starts and blocks until the JVM is asked to stop. */
    public void run() throws InterruptedException {
        if (main == null) {
            start();
        }
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            close();
            stopped.countDown();
        }, "plenary-shutdown"));
        stopped.await();
    }

    /**
     * Storing an email takes about three times its size on the heap at once, above what the service holds: an email
     * within PLENARY_MAIL_MAX_BYTES must not run the heap out (H2 then closes the store until a restart).
     */
    private void warnIfTheHeapCannotHoldAnEmail() {
        long limit = limits().maxRawBytes();
        long needed = 3 * limit + 50L * 1024 * 1024;
        long heap = Runtime.getRuntime().maxMemory();
        if (heap < needed) {
            LOG.warn("PLENARY_MAIL_MAX_BYTES is {} MB but the heap may grow to {} MB only: storing an email that large "
                    + "needs about {} MB; raise PLENARY_HEAP or lower the limit (docs/deploying.md, \"Memory\")",
                    limit >> 20, heap >> 20, needed >> 20);
        }
    }

    /** The limits of PLENARY_MAIL_MAX_BYTES and the built-in ones: every path that reads raw mail reads it with these. */
    public MailLimits limits() {
        MailLimits defaults = MailLimits.DEFAULTS;
        return new MailLimits(Long.parseLong(settings.require("plenary.mail.max.bytes")), defaults.maxTextChars(),
                defaults.maxMimeDepth(), defaults.maxHeaderLineBytes());
    }

    /** What the routes read as placeholders: resolved by {@link Settings}, not by Camel (its Javadoc says why). */
    private Properties camelProperties(String smtpEndpoint) {
        Properties p = new Properties();
        p.setProperty("camel.main.name", "plenary");
        p.setProperty("camel.main.routesIncludePattern", routesPattern());
        p.setProperty("camel.main.shutdownTimeout", "10");
        // Started by start() once the store is open and the group files synced.
        p.setProperty("camel.main.autoStartup", "false");
        // The summary would print every setting; the mail endpoints name their credentials only by bean.
        p.setProperty("camel.main.autoConfigurationLogSummary", "false");
        p.setProperty("camel.server.enabled", "true");
        p.setProperty("camel.server.host", settings.require("plenary.http.host"));
        // Only the sign-in form takes a body, and it holds one address.
        p.setProperty("camel.server.maxBodySize", "65536");
        p.setProperty("camel.server.port", settings.require("plenary.http.port"));
        p.setProperty("camel.component.platform-http.headerFilterStrategy", "#bean:ourHeadersOnly");
        // The outbound route sends through smtpConnection, built from this endpoint; a route file of an older
        // release may still name it in a to:.
        p.setProperty("plenary.smtp.endpoint", smtpEndpoint);
        // One instance at a time delivers the outbox and queues what is due (see docs/deploying.md for why).
        p.setProperty("plenary.outbox.from", cluster.endpoint(Cluster.SENDER, "scheduler:outbox"));
        p.setProperty("plenary.schedules.from", cluster.endpoint(Cluster.SENDER, "timer:schedules"));
        p.setProperty("plenary.poll.delay.ms", String.valueOf(settings.duration("plenary.poll.delay").toMillis()));
        p.setProperty("plenary.outbox.delay.ms", String.valueOf(settings.duration("plenary.outbox.delay").toMillis()));
        p.setProperty("plenary.schedule.delay.ms", String.valueOf(settings.duration("plenary.schedule.delay").toMillis()));
        p.setProperty("plenary.imap.failure.folder", settings.require("plenary.imap.failure.folder"));
        return p;
    }

    /** The routes of {@code $plenary.home/routes} (or ./routes), else the copies packaged in the jar. */
    private static String routesPattern() {
        Path routes = Path.of(System.getProperty("plenary.home", "."), "routes");
        if (Files.isDirectory(routes)) {
            return "file:" + routes.toAbsolutePath().normalize() + "/*.camel.yaml";
        }
        return "classpath:routes/*.camel.yaml";
    }

    private void stopRoutes() {
        if (main != null) {
            try {
                main.stop();
            } catch (Exception e) {
                LOG.warn("stopping the routes: {}", e.getMessage());
            }
            main = null;
        }
    }

    @Override
    public void close() {
        pace.close();
        stopRoutes();
        if (smtpConnection != null) {
            smtpConnection.close();
        }
        database.close();
    }
}
