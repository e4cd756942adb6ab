package org.plenary.workflow;

import java.util.List;
import org.plenary.language.Command;
import org.plenary.language.CommandKind;

/**
 * What one command did, or why it did nothing: the command as written, what it was {@link Resolved} to (meeting
 * ids, addresses, item ids), {@code changes} as lines for the confirmation, and an {@code error} saying what was
 * not understood or not allowed and what would work. A command that fits more than one meeting is refused with
 * the {@code choices} a question can name, and the {@code doubt} it opens with; any other has none.
 */
public record Effect(Command command, Resolved resolved, List<String> changes, String error, String doubt,
                     List<Choice> choices) {

    public static Effect done(Command command, Resolved resolved, List<String> changes) {
        return new Effect(command, resolved, List.copyOf(changes), null, null, List.of());
    }

    public static Effect refused(Command command, Resolved resolved, String error) {
        return new Effect(command, resolved, List.of(), error, null, List.of());
    }

    static Effect ambiguous(Command command, Resolved resolved, Ambiguity ambiguity) {
        return new Effect(command, resolved, List.of(), ambiguity.getMessage(), ambiguity.doubt(),
                ambiguity.choices());
    }

    /** Refused only because it fits more than one meeting, which a question can settle. */
    public boolean ambiguous() {
        return failed() && !choices.isEmpty();
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
