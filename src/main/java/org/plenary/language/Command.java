package org.plenary.language;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * One thing an email asks for, as written: people are still the words the sender used ("Larisa",
 * "owner Jennifer") and meetings are {@link MeetingRef}s. The workflow resolves and applies them.
 * Field names follow PRODUCT.md 3.5.
 */
public sealed interface Command {

    /** The {@code type} of PRODUCT.md 3.5. */
    String type();

    /** {@code member} is who is absent as written ("Noor"), or null for the sender. */
    record Apology(String member, MeetingRef meeting, String reason) implements Command {
        public String type() { return "apology"; }
    }

    record ApologyWithdrawn(String member, MeetingRef meeting) implements Command {
        public String type() { return "apology-withdrawn"; }
    }

    /** {@code minutes} may be null. */
    record AgendaRequest(String title, Integer minutes, MeetingRef meeting) implements Command {
        public String type() { return "agenda-request"; }
    }

    enum Decision { ACCEPT, DECLINE, MOVE }

    /** {@code request} is "R3"; {@code moveTo} is set for MOVE only. */
    record AgendaDecision(String request, Decision decision, String reason, MeetingRef moveTo) implements Command {
        public String type() { return "agenda-decision"; }
    }

    /** {@code owner} as written ("Larisa", "me", an address), null for the sender; {@code due} may be null. */
    record ActionCreate(String owner, String title, LocalDate due) implements Command {
        public String type() { return "action-create"; }
    }

    enum ActionStatus {
        OPEN("open"), IN_PROGRESS("in-progress"), BLOCKED("blocked"), DONE("done"), CANCELLED("cancelled");

        private final String id;

        ActionStatus(String id) { this.id = id; }

        public String id() { return id; }
    }

    /** {@code action} is "A7"; any of the other fields may be null; "reopen" is status OPEN. */
    record ActionUpdate(String action, ActionStatus status, LocalDate due, String owner, String note) implements Command {
        public String type() { return "action-update"; }
    }

    /** {@code zone} null means the group's; {@code minutes} null means the kind's usual duration. */
    record MeetingSchedule(String kind, LocalDate date, LocalTime time, ZoneId zone, Integer minutes, String title)
            implements Command {
        public String type() { return "meeting-schedule"; }
    }

    record MeetingConfirm(MeetingRef meeting) implements Command {
        public String type() { return "meeting-confirm"; }
    }

    record MeetingCancel(MeetingRef meeting, String reason) implements Command {
        public String type() { return "meeting-cancel"; }
    }

    /** {@code time} null keeps the time of day; {@code zone} null means the group's. */
    record MeetingMove(MeetingRef meeting, LocalDate date, LocalTime time, ZoneId zone) implements Command {
        public String type() { return "meeting-move"; }
    }

    /** Minutes of a meeting: DECISION, ACTION and ATTENDED lines. */
    record Notes(MeetingRef meeting, List<String> decisions, List<ActionCreate> actions, List<String> attended,
                 String text) implements Command {
        public String type() { return "notes"; }
    }

    record Help() implements Command {
        public String type() { return "help"; }
    }

    record Status() implements Command {
        public String type() { return "status"; }
    }
}
