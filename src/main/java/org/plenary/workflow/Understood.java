package org.plenary.workflow;

import java.util.List;
import java.util.Optional;
import org.plenary.language.Command;

/**
 * What Plenary understood of an email: the meeting of its thread, its commands in order, what it could not read,
 * and the meeting its sender chose in answer to Plenary's question, which settles a date two meetings share.
 */
record Understood(Optional<String> thread, List<Command> commands, List<String> errors, Optional<String> choice) {
    Understood {
        commands = List.copyOf(commands);
        errors = List.copyOf(errors);
    }

    Understood(Optional<String> thread, List<Command> commands, List<String> errors) {
        this(thread, commands, errors, Optional.empty());
    }

    Understood choosing(Optional<String> meeting) {
        return new Understood(thread, commands, errors, meeting);
    }
}
