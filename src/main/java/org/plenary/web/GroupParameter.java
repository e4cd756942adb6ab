package org.plenary.web;

import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * Which group a request is for (PRODUCT.md 3.4, 3.8): {@code ?group=ID} (or the form field {@code group} of the
 * sign-in, or the group a calendar feed's path names), required when the deployment serves several groups; with
 * one, the parameter may be left out.
 */
final class GroupParameter {
    /** The group a request names, or why it names none that is served. */
    record Choice(String groupId, String problem) {
    }

    private GroupParameter() {
    }

    static Choice of(RoutingContext context, List<String> served) {
        String named = context.queryParams().get("group");
        if (named == null) {
            named = context.request().getFormAttribute("group");
        }
        if (named == null) {
            named = calendarGroup(context.normalizedPath());
        }
        if (named == null || named.isBlank()) {
            return served.size() == 1 ? new Choice(served.get(0), null)
                    : new Choice(null, "this deployment serves several groups: name one with ?group=ID");
        }
        String id = named.trim();
        return served.contains(id) ? new Choice(id, null) : new Choice(null, "no such group");
    }

    /** {@code /calendar/{group}.ics} and {@code /calendar/{group}/{member}.ics} name their group; null elsewhere. */
    private static String calendarGroup(String path) {
        if (!path.startsWith("/calendar/")) {
            return null;
        }
        String rest = path.substring("/calendar/".length());
        int slash = rest.indexOf('/');
        String first = slash < 0 ? rest : rest.substring(0, slash);
        return slash < 0 && first.endsWith(".ics") ? first.substring(0, first.length() - 4) : first;
    }
}
