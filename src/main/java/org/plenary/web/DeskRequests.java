package org.plenary.web;

import io.vertx.ext.web.RoutingContext;
import org.plenary.PlenaryException;
import org.plenary.access.FeedKeys;
import org.plenary.access.Viewer;
import org.plenary.notify.GroupView;
import org.plenary.notify.TemplateRenderer;

/**
 * The desk's forms, beside the sign-in's: {@code GET /login} (the form that asks for a sign-in link) and
 * {@code POST /emails/{id}/replay}, which replays an email of the ledger. The replay form carries the session's
 * form token ({@link FeedKeys#formToken}) in a hidden field, checked here, so another site cannot make a signed-in
 * browser replay anything; the session cookie is SameSite=Lax besides.
 */
final class DeskRequests {
    private final Desk desk;
    private final TemplateRenderer renderer;
    private final java.util.function.Supplier<GroupView> group;
    private final Api api;

    DeskRequests(Desk desk, TemplateRenderer renderer, java.util.function.Supplier<GroupView> group, Api api) {
        this.desk = desk;
        this.renderer = renderer;
        this.group = group;
        this.api = api;
    }

    void signInPage(RoutingContext context) {
        context.response().setStatusCode(200).putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", "no-store")
                .end(renderer.page("signin-page", new SignInPageModel(group.get(),
                        context.queryParams().contains("sent"))));
    }

    /** The model of {@code templates/signin-page.ftlh}; {@code sent}: the form was just sent. */
    public record SignInPageModel(GroupView group, boolean sent) {
    }

    void replay(RoutingContext context) {
        Viewer viewer;
        try {
            viewer = SignedIn.viewer(context.user());
        } catch (NotSignedIn e) {
            json(context, 401, api.error(e.getMessage()));
            return;
        }
        String expected = SignedIn.formToken(context.user());
        if (!FeedKeys.sameFormToken(context.request().getFormAttribute("form"), expected)) {
            json(context, 403, api.error("this form is stale or did not come from the desk: reload the desk and try again"));
            return;
        }
        long emailNo;
        try {
            emailNo = Long.parseLong(context.pathParam("id"));
        } catch (NumberFormatException e) {
            json(context, 404, api.error("no such email"));
            return;
        }
        context.vertx().executeBlocking(() -> desk.replay(viewer, emailNo), false).onComplete(result -> {
            if (result.succeeded()) {
                context.response().setStatusCode(303).putHeader("Location", "/?replayed=" + emailNo + "#ledger").end();
            } else if (result.cause() instanceof Forbidden forbidden) {
                json(context, 403, api.error(forbidden.getMessage()));
            } else if (result.cause() instanceof PlenaryException refused) {
                // Not replayable (applied already, replayed since, unknown): said plainly, nothing changed.
                json(context, 409, api.error(refused.getMessage()));
            } else {
                context.fail(result.cause());
            }
        });
    }

    private static void json(RoutingContext context, int status, String body) {
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-store").end(body);
    }
}
