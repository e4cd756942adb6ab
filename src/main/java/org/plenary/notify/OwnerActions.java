package org.plenary.notify;

import java.util.List;

/** The open action items of one owner, overdue ones first. */
public record OwnerActions(String ownerName, String ownerEmail, List<ActionView> actions) {

    public OwnerActions {
        actions = List.copyOf(actions);
    }
}
