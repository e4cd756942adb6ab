package org.plenary.workflow;

import java.util.List;
import org.plenary.language.Command;
import org.plenary.language.CommandKind;

/**
 * What one command did, or why it did nothing: the command as written, what it was {@link Resolved} to (meeting
 * ids, addresses, item ids), {@code changes} as lines for the confirmation, and an {@code error} saying what was
 * not understood or not allowed and what would work.
 */
public record Effect(Command command, Resolved resolved, List<String> changes, String error) {

    public static Effect done(Command command, Resolved resolved, List<String> changes) {
        return new Effect(command, resolved, List.copyOf(changes), null);
    }

    public static Effect refused(Command command, Resolved resolved, String error) {
        return new Effect(command, resolved, List.of(), error);
    }

    public CommandKind kind() {
        return command.type();
    }

    public boolean failed() {
        return error != null;
    }

    /** Applied and changed something (an unchanged action item still says so, which counts). */
    public boolean changed() {
        return !failed() && !changes.isEmpty();
    }
}
