package org.plenary.notify;

import java.util.List;

/**
 * The model of a {@code notice}: a person hears of a change someone else made that concerns them (an agenda item
 * requested, their request decided, their action item created, reassigned or closed).
 *
 * @param recipientName the one person told, or null when the notice goes to several (chairs and staff)
 * @param headline what happened, in a few words, for the subject ("Agenda request R3: Outreach plan review")
 * @param lines what happened, one sentence each
 * @param followUps what the reader can do about it, one sentence each (may be empty)
 */
public record NoticeModel(GroupView group, String recipientName, String headline, List<String> lines,
                          List<String> followUps) {

    public NoticeModel {
        lines = List.copyOf(lines);
        followUps = List.copyOf(followUps);
    }
}
