package org.plenary.web;

import io.vertx.core.Handler;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.main.MainHttpServer;
import org.plenary.access.FeedKeys;
import org.plenary.access.Tokens;
import org.plenary.access.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The door of the HTTP server (PRODUCT.md 3.6): every request passes here before any route. {@code /health},
 * {@code /metrics} and the sign-in are open; anything else needs a bearer token or a session cookie of a person of
 * the group, else it is answered 401 with JSON, whatever the path (so paths cannot be probed either), except the
 * desk at {@code /}, which sends a browser to the sign-in form. A member's calendar feed with a {@code key} goes
 * on to its route, which checks the key. With several groups, a request names its group ({@code ?group=ID}, or the
 * calendar's path; else 400) and only that group's tokens and sessions open it. The person goes on to the routes as
 * a {@link SignedIn} user of that group, with the token the desk's forms must carry when they came with a session.
 * Every answer says {@code X-Content-Type-Options: nosniff}.
 */
public final class Gate implements Handler<RoutingContext> {
    static final String SESSION_COOKIE = "plenary_session";
    private static final Logger LOG = LoggerFactory.getLogger(Gate.class);
    private static final Set<String> OPEN = Set.of("/health", "/metrics");

    private final ServedGroups groups;
    private final Api api;

    private Gate(ServedGroups groups, Api api) {
        this.groups = groups;
        this.api = api;
    }

    /**
     * Puts the gate and the sign-in in front of the routes of the running HTTP server of Camel Main, and closes
     * connections idle for {@code idleTimeout}: a client that sends half a request and waits holds no connection.
     * {@code secure}: people reach the server over HTTPS (PLENARY_BASE_URL), so the session cookie says Secure.
     */
    public static void install(CamelContext camel, Api api, ServedGroups groups, boolean secure, Duration idleTimeout,
                               Desk desk) {
        MainHttpServer main = camel.hasService(MainHttpServer.class);
        HttpServer server = main == null ? null : main.getRouter().getServer().getServer();
        if (server == null || !(server.requestHandler() instanceof Router top)) {
            throw new IllegalStateException("the HTTP server of Camel Main is not running on a Vert.x router");
        }
        closeWhenIdle(server, idleTimeout);
        // Installed before Camel starts its routes, and a lower order than theirs puts these in front of them.
        top.route().order(-3).handler(new Gate(groups, api));
        top.errorHandler(500, context -> {
            LOG.error("HTTP {} {} failed", context.request().method(), context.normalizedPath(), context.failure());
            context.response().setStatusCode(500).putHeader("Content-Type", "application/json").end(api.error("internal error"));
        });
        SignInRequests requests = new SignInRequests(groups, api, secure);
        top.post("/login").order(-2).handler(BodyHandler.create(false).setBodyLimit(4096)).handler(requests::requestLink);
        top.get("/login/:token").order(-1).handler(requests::redeem);
        DeskRequests forms = new DeskRequests(desk, groups, api);
        top.get("/login").order(-1).handler(forms::signInPage);
        top.post("/emails/:id/replay").order(-2).handler(BodyHandler.create(false).setBodyLimit(4096))
                .handler(forms::replay);
    }

    @Override
    public void handle(RoutingContext context) {
        HttpServerResponse response = context.response();
        context.addHeadersEndHandler(nothing -> response.putHeader("X-Content-Type-Options", "nosniff"));
        String path = context.normalizedPath();
        if (OPEN.contains(path) || path.equals("/login") || path.startsWith("/login/") || isKeyedFeed(context)) {
            context.next();
            return;
        }
        response.putHeader("Cache-Control", "no-store");
        GroupParameter.Choice group = GroupParameter.of(context, groups.ids());
        if (group.problem() != null) {
            response.setStatusCode(400).putHeader("Content-Type", "application/json").end(api.error(group.problem()));
            return;
        }
        Tokens tokens = groups.tokens(group.groupId());
        String bearer = bearer(context.request().getHeader("Authorization"));
        Cookie cookie = context.request().getCookie(SESSION_COOKIE);
        String session = cookie == null ? null : cookie.getValue();
        // The store is asked off the event loop; the body waits (the routes' body handler resumes it).
        context.request().pause();
        context.vertx().<Optional<Viewer>>executeBlocking(() -> bearer != null ? tokens.bearer(bearer) : tokens.session(session), false)
                .onComplete(result -> {
                    if (result.failed()) {
                        context.fail(result.cause());
                    } else if (result.result().isEmpty() && path.equals("/") && bearer == null) {
                        // A person at the desk's address without a session: to the sign-in form, not a JSON error.
                        response.setStatusCode(303).putHeader("Location", groups.ids().size() == 1 ? "/login"
                                : "/login?group=" + group.groupId()).end();
                    } else if (result.result().isEmpty()) {
                        response.setStatusCode(401).putHeader("WWW-Authenticate", "Bearer")
                                .putHeader("Content-Type", "application/json").end(api.error(new NotSignedIn().getMessage()));
                    } else {
                        context.setUser(SignedIn.user(result.result().get(), group.groupId(),
                                bearer == null ? FeedKeys.formToken(session) : null));
                        context.next();
                    }
                });
    }

    /**
     * A member's calendar feed with its key: calendar programs cannot sign in, so the key is the whole door, and
     * the feed's route checks it (a wrong one is a 404 there).
     */
    private static boolean isKeyedFeed(RoutingContext context) {
        String path = context.normalizedPath();
        return context.request().method() == io.vertx.core.http.HttpMethod.GET && path.startsWith("/calendar/")
                && path.chars().filter(c -> c == '/').count() == 3 && context.queryParams().contains("key");
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).trim();
    }

    /**
     * Camel Main builds the server's options itself and offers no idle timeout; the running server reads its options
     * for each new connection, so setting the timeout there right after start covers every connection after it.
     */
    private static void closeWhenIdle(HttpServer server, Duration idleTimeout) {
        try {
            Field field = server.getClass().getDeclaredField("options");
            field.setAccessible(true);
            HttpServerOptions options = (HttpServerOptions) field.get(server);
            options.setIdleTimeoutUnit(TimeUnit.MILLISECONDS).setIdleTimeout((int) idleTimeout.toMillis());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot set the idle timeout of the HTTP server (" + e + ")", e);
        }
    }
}
