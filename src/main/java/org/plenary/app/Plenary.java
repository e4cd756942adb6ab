package org.plenary.app;

import jakarta.mail.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.plenary.PlenaryException;
import org.plenary.access.SignIn;
import org.plenary.access.Tokens;
import org.plenary.intake.MailLimits;
import org.plenary.intake.MailReader;
import org.plenary.metrics.PlenaryMetrics;
import org.plenary.notify.Announcements;
import org.plenary.notify.MailComposer;
import org.plenary.notify.OutboxDelivery;
import org.plenary.notify.Schedules;
import org.plenary.notify.TemplateRenderer;
import org.plenary.notify.Timetable;
import org.plenary.store.Database;
import org.plenary.web.Api;
import org.plenary.web.Gate;
import org.plenary.web.OurHeadersOnly;
import org.plenary.web.UnmatchedRequests;
import org.plenary.workflow.Authenticity;
import org.plenary.workflow.ChangeNotices;
import org.plenary.workflow.CurrentGroup;
import org.plenary.workflow.GroupFileWatch;
import org.plenary.workflow.GroupSync;
import org.plenary.workflow.InboundMail;
import org.plenary.workflow.Replies;
import org.plenary.workflow.Secretariat;
import org.plenary.workflow.Trust;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plenary assembled from its settings: the store, the group, the beans the routes call, and the Camel Main
 * application that runs the routes of {@code routes/}. {@link #start()} returns once the routes run;
 * {@link #run()} blocks until the process is stopped.
 */
public final class Plenary implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Plenary.class);

    private final Settings settings;
    private final Clock clock;
    private final Database database;
    private final CurrentGroup group;
    private final GroupFileWatch groupFile;
    private final TemplateRenderer renderer;
    private final Announcements announcements;
    private final Secretariat secretariat;
    private Main main;
    private Pace pace;

    public Plenary(Settings settings) {
        this(settings, url -> Database.open(url, settings.get("plenary.db.user"), settings.get("plenary.db.password")));
    }

    /** Plenary over the store {@code opening} opens at the configured URL: the commands that only look never migrate it. */
    public Plenary(Settings settings, java.util.function.Function<String, Database> opening) {
        this.settings = settings;
        this.clock = ShiftedClock.startingAt(settings.now());
        this.group = new CurrentGroup(groupFile(settings));
        this.database = opening.apply(settings.require("plenary.db.url"));
        this.groupFile = new GroupFileWatch(group, new GroupSync(database, clock), clock);
        String templates = settings.get("plenary.templates");
        this.renderer = new TemplateRenderer(templates == null || templates.isBlank() ? null : Path.of(templates));
        this.announcements = new Announcements(renderer);
        Authenticity authenticity = new Authenticity(trust(settings),
                List.of(settings.get("plenary.trusted.authserv").split(",")));
        this.secretariat = new Secretariat(group, database, clock, new Replies(renderer),
                new ChangeNotices(group, announcements, clock), authenticity,
                settings.integer("plenary.confirmations.per.hour"));
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

    private static Path groupFile(Settings settings) {
        String files = settings.require("plenary.group.file");
        String first = files.split(",")[0].trim();
        if (files.contains(",")) {
            LoggerFactory.getLogger(Plenary.class).warn("PLENARY_GROUP_FILE names several files; this version serves "
                    + "one group per mailbox and uses {}", first);
        }
        Path path = Path.of(first);
        if (!Files.isRegularFile(path)) {
            throw new PlenaryException("the group file " + path.toAbsolutePath() + " (PLENARY_GROUP_FILE) does not exist");
        }
        return path;
    }

    public Database database() {
        return database;
    }

    public Secretariat secretariat() {
        return secretariat;
    }

    public Announcements announcements() {
        return announcements;
    }

    public CurrentGroup group() {
        return group;
    }

    public Clock clock() {
        return clock;
    }

    /** The tokens that open the HTTP API: PLENARY_API_TOKEN and the personal ones of {@code ./plenary token}. */
    public Tokens tokens() {
        return new Tokens(database, group, clock, settings.get("plenary.api.token"));
    }

    /** The running Camel context (null before {@link #start()}), for tests that check every route started. */
    public CamelContext camelContext() {
        return main == null ? null : main.getCamelContext();
    }

    /** Brings the store in line with the group file now (at start, on a change of the file, and hourly). */
    public void syncGroup() {
        groupFile.sync();
    }

    /** Starts the routes: mailbox, outbox, schedules, group file and HTTP. */
    public void start() {
        syncGroup();
        main = new Main();
        MailUrls.MailEndpoint imap = MailUrls.imap(settings.require("plenary.imap.url"), List.of());
        MailUrls.MailEndpoint smtp = MailUrls.smtp(settings.require("plenary.smtp.url"), List.of());
        Properties properties = camelProperties(imap.uri(), smtp.uri());
        properties.forEach((k, v) -> main.addInitialProperty((String) k, (String) v));
        imap.credentials().forEach(main::bind);
        smtp.credentials().forEach(main::bind);
        main.bind("bareMailMessage", new BareMailMessage());
        PlenaryMetrics metrics = new PlenaryMetrics(database);
        main.bind("metrics", metrics);
        pace = new Pace(metrics);
        pace.bind(main);
        main.bind("inboundMail", new InboundMail(secretariat, new MailReader(limits()), database, clock,
                settings.integer("plenary.imap.max.attempts"), Long.parseLong(settings.require("plenary.mail.max.bytes")), pace));
        MailComposer composer = new MailComposer(Session.getInstance(new Properties()), clock);
        main.bind("outbox", new OutboxDelivery(database, group, composer, clock, pace::sent));
        main.bind("schedules", new Schedules(group, database, announcements,
                new Timetable(clock, Duration.parse(settings.require("plenary.summary.after")))));
        main.bind("groupFile", groupFile);
        Api api = new Api(database, group.get());
        main.bind("api", api);
        main.bind("ourHeadersOnly", new OurHeadersOnly());
        try {
            main.start();
            pace.attach(main.getCamelContext(), settings.flag("plenary.imap.idle"), settings.duration("plenary.imap.idle.renew"));
            UnmatchedRequests.answerAsJson(main.getCamelContext(), api);
            Gate.install(main.getCamelContext(), api, tokens(), new SignIn(database, group, clock, settings.baseUrl(), renderer),
                    settings.baseUrl().startsWith("https:"), settings.duration("plenary.http.idle.timeout"));
        } catch (Exception e) {
            throw new PlenaryException("Plenary could not start: " + e.getMessage(), e);
        }
        LOG.info("Plenary is running for group {} (HTTP on port {})", group.get().id(), settings.get("plenary.http.port"));
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

    /** The limits of PLENARY_MAIL_MAX_BYTES and the built-in ones: every path that reads raw mail reads it with these. */
    public MailLimits limits() {
        MailLimits defaults = MailLimits.DEFAULTS;
        return new MailLimits(Long.parseLong(settings.require("plenary.mail.max.bytes")), defaults.maxTextChars(),
                defaults.maxMimeDepth(), defaults.maxHeaderLineBytes());
    }

    /** What the routes read as placeholders: resolved by {@link Settings}, not by Camel (its Javadoc says why). */
    private Properties camelProperties(String imapEndpoint, String smtpEndpoint) {
        Properties p = new Properties();
        p.setProperty("camel.main.name", "plenary");
        p.setProperty("camel.main.routesIncludePattern", routesPattern());
        p.setProperty("camel.main.shutdownTimeout", "10");
        // The summary would print every setting; the mail endpoints name their credentials only by bean.
        p.setProperty("camel.main.autoConfigurationLogSummary", "false");
        p.setProperty("camel.server.enabled", "true");
        p.setProperty("camel.server.host", settings.require("plenary.http.host"));
        // Only the sign-in form takes a body, and it holds one address.
        p.setProperty("camel.server.maxBodySize", "65536");
        p.setProperty("camel.server.port", settings.require("plenary.http.port"));
        p.setProperty("camel.component.platform-http.headerFilterStrategy", "#bean:ourHeadersOnly");
        p.setProperty("plenary.imap.endpoint", imapEndpoint);
        p.setProperty("plenary.smtp.endpoint", smtpEndpoint);
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

    @Override
    public void close() {
        if (pace != null) {
            pace.close();
        }
        if (main != null) {
            try {
                main.stop();
            } catch (Exception e) {
                LOG.warn("stopping the routes: {}", e.getMessage());
            }
            main = null;
        }
        database.close();
    }
}
