package org.plenary.store;

import java.util.Locale;

/** What a stored access token is: a personal API token, a one-time sign-in link, or a browser session. */
public enum AccessKind {
    API, SIGN_IN, SESSION;

    /** As stored: "api", "sign-in", "session". */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static AccessKind fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
