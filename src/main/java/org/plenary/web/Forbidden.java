package org.plenary.web;

import org.plenary.PlenaryException;

/** A signed-in person asked for what only chairs and staff see: answered 403 (routes/errors.camel.yaml). */
public final class Forbidden extends PlenaryException {
    public Forbidden(String message) {
        super(message);
    }
}
