package org.plenary.language;

import org.plenary.PlenaryException;

/**
 * A line that starts like a command but cannot be read. The message says what was not understood and what
 * would work; {@link CommandParser} turns it into one entry of {@link ParseResult#errors()}.
 */
public class NotUnderstood extends PlenaryException {
    public NotUnderstood(String message) {
        super(message);
    }
}
