package org.plenary.notify;

/** The model of the {@code cancellation} email; the reason is null when none was given. */
public record CancellationModel(GroupView group, MeetingView meeting, String reason) {
}
