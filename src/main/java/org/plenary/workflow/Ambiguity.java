package org.plenary.workflow;

import java.util.List;

/** A command that fits more than one meeting: refused as it stands, with the candidates Plenary asks about. */
public final class Ambiguity extends Refusal {
    private final transient List<Choice> choices;
    private final String doubt;

    /** @param doubt what is unclear, as the question opens ("Your email could mean more than one meeting on …") */
    public Ambiguity(String message, String doubt, List<Choice> choices) {
        super(message);
        this.doubt = doubt;
        this.choices = List.copyOf(choices);
    }

    public List<Choice> choices() {
        return choices;
    }

    public String doubt() {
        return doubt;
    }
}
