package org.plenary.language;

import java.util.List;

/** The commands understood, in the order written, and what looked like a command but was not understood. */
public record ParseResult(List<Command> commands, List<String> errors) {
    public ParseResult {
        commands = List.copyOf(commands);
        errors = List.copyOf(errors);
    }
}
