package org.plenary.web;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.User;
import org.plenary.access.Viewer;

/**
 * The {@link Viewer} as it travels from the {@link Gate} to the routes: a Vert.x user, which Camel's platform-http
 * hands to the route as the header {@code CamelVertxPlatformHttpAuthenticatedUser}. No request can set that header
 * itself: Camel drops incoming headers that start with "Camel", and {@link OurHeadersOnly} drops every other.
 */
final class SignedIn {
    private SignedIn() {
    }

    /**
     * The viewer, signed in to the group {@code groupId} (a person of one group is a stranger to another).
     *
     * @param formToken the token the desk's forms must carry (a session's), or null (a bearer token has no forms)
     */
    static User user(Viewer viewer, String groupId, String formToken) {
        JsonObject principal = new JsonObject().put("email", viewer.email()).put("runsTheGroup", viewer.runsTheGroup())
                .put("group", groupId);
        if (formToken != null) {
            principal.put("formToken", formToken);
        }
        return User.create(principal);
    }

    /** The form token of the request's session, or null. */
    static String formToken(Object user) {
        return user instanceof User signedIn ? signedIn.principal().getString("formToken") : null;
    }

    /** The viewer of a route's request; {@link NotSignedIn} when the gate let nobody through (it never should). */
    static Viewer viewer(Object user) {
        if (!(user instanceof User signedIn) || signedIn.principal().getString("email") == null) {
            throw new NotSignedIn();
        }
        return new Viewer(signedIn.principal().getString("email"), signedIn.principal().getBoolean("runsTheGroup", false));
    }

    /** The group the request's viewer signed in to. */
    static String group(Object user) {
        viewer(user);
        return ((User) user).principal().getString("group");
    }
}
