package org.plenary.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.plenary.group.ActionStatus;

/** An action item with its history of notes. */
public record ActionItem(String id, int number, String title, String owner, ActionStatus status, LocalDate due,
                         String meetingId, Instant created, Instant updated, Instant closed, List<ActionNote> notes) {

    public boolean isOpen() {
        return status.isOpen();
    }

    public ActionItem with(ActionStatus newStatus, LocalDate newDue, String newOwner) {
        return new ActionItem(id, number, title, newOwner, newStatus, newDue, meetingId, created, updated, closed, notes);
    }
}
