package org.plenary.language;

/** The kinds of command, spelt as the {@code type} of PRODUCT.md 3.5 in the explain JSON and the ledger. */
public enum CommandKind {
    APOLOGY("apology"), APOLOGY_WITHDRAWN("apology-withdrawn"), AGENDA_REQUEST("agenda-request"),
    AGENDA_DECISION("agenda-decision"), ACTION_CREATE("action-create"), ACTION_UPDATE("action-update"),
    MEETING_SCHEDULE("meeting-schedule"), MEETING_CONFIRM("meeting-confirm"), MEETING_CANCEL("meeting-cancel"),
    MEETING_MOVE("meeting-move"), NOTES("notes"), HELP("help"), STATUS("status"), UNDO("undo");

    private final String id;

    CommandKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
