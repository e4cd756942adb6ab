package org.plenary.web;

import org.plenary.PlenaryException;

/** A request whose parameters make no sense (a date that is not one): answered 400 (routes/errors.camel.yaml). */
public final class BadRequest extends PlenaryException {
    public BadRequest(String message) {
        super(message);
    }
}
