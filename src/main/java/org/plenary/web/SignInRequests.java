package org.plenary.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.Optional;
import org.plenary.access.SignIn;

/**
 * {@code POST /login} (form field {@code email}) and {@code GET /login/{token}}, the two halves of the emailed
 * sign-in. The first always gives the same answer, so it tells nobody which addresses belong to the group.
 */
final class SignInRequests {
    private static final String SENT = "If this address belongs to the group, a sign-in link is on its way to it; "
            + "it works once, within " + SignIn.LINK_LIFETIME.toMinutes() + " minutes.";

    private final ServedGroups groups;
    private final Api api;
    private final boolean secure;

    /** @param secure true when people reach Plenary over HTTPS: the session cookie then never travels in clear */
    SignInRequests(ServedGroups groups, Api api, boolean secure) {
        this.groups = groups;
        this.api = api;
        this.secure = secure;
    }

    void requestLink(RoutingContext context) {
        String email = context.request().getFormAttribute("email");
        GroupParameter.Choice group = GroupParameter.of(context, groups.ids());
        if (group.problem() != null) {
            json(context, 400, api.error(group.problem()));
            return;
        }
        SignIn signIn = groups.signIn(group.groupId());
        context.vertx().executeBlocking(() -> {
            signIn.requestLink(email);
            return null;
        }, false).onComplete(result -> {
            if (result.failed()) {
                context.fail(result.cause());
            } else if (String.valueOf(context.request().getHeader("Accept")).contains("text/html")) {
                // The desk's sign-in form, in a browser: back to the form, which now says the link is on its way.
                context.response().setStatusCode(303).putHeader("Location", groups.ids().size() == 1 ? "/login?sent"
                                : "/login?sent&group=" + group.groupId())
                        .putHeader("Cache-Control", "no-store").end();
            } else {
                json(context, 200, api.message(Map.of("status", SENT)));
            }
        });
    }

    void redeem(RoutingContext context) {
        String token = context.pathParam("token");
        // A link belongs to one group, and only that group's sign-in redeems it.
        context.vertx().executeBlocking(() -> redeemed(token), false).onComplete(result -> {
            if (result.failed()) {
                context.fail(result.cause());
            } else if (result.result().isEmpty()) {
                json(context, 401, api.error("this sign-in link is unknown, used or expired: ask for a new one"));
            } else {
                Cookie cookie = Cookie.cookie(Gate.SESSION_COOKIE, result.result().get().session()).setHttpOnly(true)
                        .setSameSite(CookieSameSite.LAX).setPath("/").setSecure(secure)
                        .setMaxAge(SignIn.SESSION_LIFETIME.toSeconds());
                context.response().addCookie(cookie).setStatusCode(303)
                        .putHeader("Location", groups.ids().size() == 1 ? "/" : "/?group=" + result.result().get().groupId())
                        .putHeader("Cache-Control", "no-store").end();
            }
        });
    }

    private record Session(String groupId, String session) {
    }

    private Optional<Session> redeemed(String token) {
        for (String id : groups.ids()) {
            Optional<String> session = groups.signIn(id).redeem(token);
            if (session.isPresent()) {
                return Optional.of(new Session(id, session.get()));
            }
        }
        return Optional.empty();
    }

    private static void json(RoutingContext context, int status, String body) {
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-store").end(body);
    }
}
