package org.plenary.correlation;

import java.util.Optional;

/**
 * Which meeting and which action item an email is about, as its thread, trace header and subject tag say;
 * either, both or neither may be known. The meeting is the thread's ({@link ThreadResolver}); the action is
 * the one the subject tag names ("[SSR2 A7]").
 */
public record Correlation(Optional<String> meeting, Optional<String> action) {

    public static final Correlation NONE = new Correlation(Optional.empty(), Optional.empty());

    /** Whether the email answers one of Plenary's emails about a meeting. */
    public boolean inMeetingThread() {
        return meeting.isPresent();
    }
}
