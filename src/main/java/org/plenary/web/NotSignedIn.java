package org.plenary.web;

import org.plenary.PlenaryException;

/** A request without a valid session or token: answered 401 (routes/errors.camel.yaml, and the {@link Gate}). */
public final class NotSignedIn extends PlenaryException {
    public NotSignedIn() {
        super("sign in first: a session from POST /login, or Authorization: Bearer with a token from ./plenary token");
    }
}
