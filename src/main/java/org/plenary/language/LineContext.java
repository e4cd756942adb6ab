package org.plenary.language;

import java.time.LocalDate;
import org.plenary.group.DateOrder;

/**
 * What a grammar needs besides the line: the group's today and date order, whether the email answers one of
 * Plenary's own (so a bare "apologies" is about the thread's meeting, also when only the subject of Plenary's notice
 * says which), whether the line is the subject, and the group's own words.
 */
record LineContext(LocalDate today, DateOrder order, boolean replyToPlenary, boolean subject, GroupWords words) {

    LineContext(LocalDate today, DateOrder order, boolean replyToPlenary, boolean subject) {
        this(today, order, replyToPlenary, subject, GroupWords.NONE);
    }

    /** A bare word ("Apologies", "Decline") names the meeting of the thread, or the subject's own meeting. */
    boolean acceptsBareWord() {
        return replyToPlenary || subject;
    }
}
