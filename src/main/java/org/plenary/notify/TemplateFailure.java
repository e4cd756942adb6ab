package org.plenary.notify;

import org.plenary.PlenaryException;

/** A template could not be loaded or rendered; the message names the template file and part. */
public class TemplateFailure extends PlenaryException {
    public TemplateFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
