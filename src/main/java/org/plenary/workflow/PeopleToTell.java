package org.plenary.workflow;

import java.util.ArrayList;
import java.util.List;
import org.plenary.group.Member;

/**
 * The notices one email's commands owe the people they concern, gathered while the commands apply and written by
 * {@link PeopleNotices} once they all did. Not thread-safe: one email's.
 */
final class PeopleToTell {
    /**
     * One notice: to whom, what it is about (a meeting or action id, for its thread), its headline and its lines.
     * {@code to} holds one person, or several (chairs and staff) who share one email.
     */
    record Notice(List<Member> to, String ref, String headline, List<String> lines, List<String> followUps) {
        Notice {
            to = List.copyOf(to);
            lines = List.copyOf(lines);
            followUps = List.copyOf(followUps);
        }
    }

    private final List<Notice> notices = new ArrayList<>();

    /** Adds a notice unless nobody is left to tell (the sender never hears of their own change here). */
    void add(Notice notice) {
        if (!notice.to().isEmpty()) {
            notices.add(notice);
        }
    }

    List<Notice> notices() {
        return List.copyOf(notices);
    }
}
