package org.plenary.language;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.plenary.group.ActionStatus;

/**
 * One thing an email asks for, as written: people are still the words the sender used ("Larisa",
 * "owner Jennifer") and meetings are {@link MeetingRef}s. The workflow resolves and applies them.
 * Field names follow PRODUCT.md 3.5.
 */
public sealed interface Command {

    /** The {@code type} of PRODUCT.md 3.5. */
    CommandKind type();

    /**
     * {@code member} is who is absent as written ("Noor"), or null for the sender; {@code partial} says the member
     * misses only part of the meeting ("I'll join late"), so the reason says which part and they still count as present.
     */
    record Apology(String member, MeetingRef meeting, String reason, boolean partial) implements Command {
        public Apology(String member, MeetingRef meeting, String reason) {
            this(member, meeting, reason, false);
        }

        public CommandKind type() { return CommandKind.APOLOGY; }
    }

    /**
     * {@code quiet}: only if there is an apology to withdraw; otherwise nothing happens and nobody hears back (a
     * calendar ACCEPTED from someone who never declined says nothing new).
     */
    record ApologyWithdrawn(String member, MeetingRef meeting, boolean quiet) implements Command {
        public ApologyWithdrawn(String member, MeetingRef meeting) {
            this(member, meeting, false);
        }

        public CommandKind type() { return CommandKind.APOLOGY_WITHDRAWN; }
    }

    /** {@code minutes} may be null. */
    record AgendaRequest(String title, Integer minutes, MeetingRef meeting) implements Command {
        public CommandKind type() { return CommandKind.AGENDA_REQUEST; }
    }

    enum Decision { ACCEPT, DECLINE, MOVE }

    /** {@code request} is "R3"; {@code moveTo} is set for MOVE only. */
    record AgendaDecision(String request, Decision decision, String reason, MeetingRef moveTo) implements Command {
        public CommandKind type() { return CommandKind.AGENDA_DECISION; }
    }

    /** {@code owner} as written ("Larisa", "me", an address), null for the sender; {@code due} may be null. */
    record ActionCreate(String owner, String title, LocalDate due) implements Command {
        public CommandKind type() { return CommandKind.ACTION_CREATE; }
    }

    /** {@code action} is "A7"; any of the other fields may be null; "reopen" is status OPEN. */
    record ActionUpdate(String action, ActionStatus status, LocalDate due, String owner, String note) implements Command {
        public CommandKind type() { return CommandKind.ACTION_UPDATE; }
    }

    /** {@code zone} null means the group's; {@code minutes} null means the kind's usual duration. */
    record MeetingSchedule(String kind, LocalDate date, LocalTime time, ZoneId zone, Integer minutes, String title)
            implements Command {
        public CommandKind type() { return CommandKind.MEETING_SCHEDULE; }
    }

    record MeetingConfirm(MeetingRef meeting) implements Command {
        public CommandKind type() { return CommandKind.MEETING_CONFIRM; }
    }

    record MeetingCancel(MeetingRef meeting, String reason) implements Command {
        public CommandKind type() { return CommandKind.MEETING_CANCEL; }
    }

    /** {@code time} null keeps the time of day; {@code zone} null means the group's. */
    record MeetingMove(MeetingRef meeting, LocalDate date, LocalTime time, ZoneId zone) implements Command {
        public CommandKind type() { return CommandKind.MEETING_MOVE; }
    }

    /** Minutes of a meeting: DECISION, ACTION and ATTENDED lines. */
    record Notes(MeetingRef meeting, List<String> decisions, List<ActionCreate> actions, List<String> attended,
                 String text) implements Command {
        public CommandKind type() { return CommandKind.NOTES; }
    }

    record Help() implements Command {
        public CommandKind type() { return CommandKind.HELP; }
    }

    record Status() implements Command {
        public CommandKind type() { return CommandKind.STATUS; }
    }

    /**
     * A reply UNDO to one of Plenary's confirmations: {@code confirmation} is the Message-ID of the confirmation
     * answered (null when the UNDO answers none), {@code from} the address the UNDO came from.
     */
    record Undo(String confirmation, String from) implements Command {
        public CommandKind type() { return CommandKind.UNDO; }
    }
}
