package org.plenary.workflow;

import java.util.List;
import java.util.Optional;
import org.plenary.language.Command;

/** What Plenary understood of an email: the meeting of its thread, its commands in order, what it could not read. */
record Understood(Optional<String> thread, List<Command> commands, List<String> errors) {
    Understood {
        commands = List.copyOf(commands);
        errors = List.copyOf(errors);
    }
}
