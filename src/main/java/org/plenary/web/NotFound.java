package org.plenary.web;

import org.plenary.PlenaryException;

/**
 * What the API was asked for does not exist; the HTTP routes answer it as a 404 whose error is this message
 * (routes/errors.camel.yaml), so the message names the kind of thing, never the id a caller typed.
 */
public final class NotFound extends PlenaryException {
    public NotFound(String message) {
        super(message);
    }
}
