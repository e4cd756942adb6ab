package org.plenary.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An action item with its history of notes; {@code status} is open, in-progress, blocked, done or cancelled. */
public record ActionItem(String id, int number, String title, String owner, String status, LocalDate due,
                         String meetingId, Instant created, Instant updated, Instant closed, List<ActionNote> notes) {

    public boolean isOpen() {
        return !status.equals("done") && !status.equals("cancelled");
    }

    public ActionItem with(String newStatus, LocalDate newDue, String newOwner) {
        return new ActionItem(id, number, title, newOwner, newStatus, newDue, meetingId, created, updated, closed, notes);
    }
}
