package org.plenary.notify;

/** The model of the {@code quorum-warning} email to the chairs: apologies leave a coming meeting short of its quorum. */
public record QuorumWarningModel(GroupView group, String recipientName, MeetingView meeting) {
}
