package org.plenary.web;

import io.vertx.ext.web.RoutingContext;
import org.plenary.PlenaryException;
import org.plenary.access.FeedKeys;
import org.plenary.notify.GroupView;

/**
 * The desk's forms, beside the sign-in's: {@code GET /login} (the form that asks for a sign-in link) and
 * {@code POST /emails/{id}/replay}, which replays an email of the ledger. The replay form carries the session's
 * form token ({@link FeedKeys#formToken}) in a hidden field, checked here, so another site cannot make a signed-in
 * browser replay anything; the session cookie is SameSite=Lax besides.
 */
final class DeskRequests {
    private final Desk desk;
    private final ServedGroups groups;
    private final Api api;

    DeskRequests(Desk desk, ServedGroups groups, Api api) {
        this.desk = desk;
        this.groups = groups;
        this.api = api;
    }

    /** The sign-in form of the group the request names (with one group, that group). */
    void signInPage(RoutingContext context) {
        GroupParameter.Choice group = GroupParameter.of(context, groups.ids());
        if (group.problem() != null) {
            json(context, 400, api.error(group.problem()));
            return;
        }
        context.response().setStatusCode(200).putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", "no-store")
                .end(groups.pages(group.groupId()).signInPage(GroupView.of(groups.definition(group.groupId())),
                        groups.ids().size() > 1, context.queryParams().contains("sent")));
    }

    void replay(RoutingContext context) {
        try {
            SignedIn.viewer(context.user());
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
        context.vertx().executeBlocking(() -> desk.replay(context.user(), emailNo), false).onComplete(result -> {
            if (result.succeeded()) {
                String group = groups.ids().size() > 1 ? "&group=" + SignedIn.group(context.user()) : "";
                context.response().setStatusCode(303).putHeader("Location", "/?replayed=" + emailNo + group + "#ledger").end();
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
