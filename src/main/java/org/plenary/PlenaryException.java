package org.plenary;

/** The root of every exception Plenary throws on purpose; the message is safe to show a user. */
public class PlenaryException extends RuntimeException {
    public PlenaryException(String message) {
        super(message);
    }

    public PlenaryException(String message, Throwable cause) {
        super(message, cause);
    }
}
