package org.plenary.workflow;

import org.plenary.PlenaryException;

/** A command that cannot be applied, with a message for the sender saying what would work. */
public class Refusal extends PlenaryException {
    public Refusal(String message) {
        super(message);
    }
}
