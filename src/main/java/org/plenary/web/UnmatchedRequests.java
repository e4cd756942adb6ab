package org.plenary.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.main.MainHttpServer;

/**
 * Answers, as JSON {@code {"error": …}} like every other error of the API (PRODUCT.md 3.4), the requests no
 * route takes: a path the API does not have (404) and a method other than GET on one it has (405). No Camel
 * route sees these requests: the HTTP server's top router answers them (the routes hang on a router mounted
 * under it, whose unmatched requests fall through to the top one).
 */
public final class UnmatchedRequests {
    private UnmatchedRequests() {
    }

    /** Installs the answers on the running HTTP server of Camel Main. */
    public static void answerAsJson(CamelContext camel, Api api) {
        MainHttpServer server = camel.hasService(MainHttpServer.class);
        if (server == null || !(server.getRouter().getServer().getServer().requestHandler() instanceof Router top)) {
            throw new IllegalStateException("the HTTP server of Camel Main is not running on a Vert.x router");
        }
        top.errorHandler(404, context -> answer(context, 404, api.error("no such resource")));
        top.errorHandler(405, context -> {
            context.response().putHeader("Allow", "GET");
            answer(context, 405, api.error("only GET is allowed here"));
        });
    }

    private static void answer(RoutingContext context, int status, String json) {
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(json);
    }
}
