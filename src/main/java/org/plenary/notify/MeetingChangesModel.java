package org.plenary.notify;

import java.util.List;

/**
 * The model of the {@code meeting-changes} email: the changes one email made to several meetings, announced
 * together.
 *
 * @param changes one sentence per meeting, e.g. "The SSR2 Plenary Call of Tuesday 11 July 2017, 13:00 UTC is
 *     cancelled: summer break"
 */
public record MeetingChangesModel(GroupView group, List<String> changes) {
    public MeetingChangesModel {
        changes = List.copyOf(changes);
    }
}
