package org.plenary.notify;

/**
 * The model of the {@code agenda-update} email, sent when a meeting changes after its agenda went
 * out.
 *
 * @param whatChanged one sentence, e.g. "The call moved from 11 July 13:00 to 12 July 14:00 UTC."
 */
public record AgendaUpdateModel(GroupView group, MeetingView meeting, String whatChanged) {
}
