package org.plenary.language;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.plenary.group.DateOrder;

/**
 * What the parser reads: the subject and the sender's visible text (quotes and signature already
 * removed), with the group's calendar context and its own words (tag, meeting titles). {@code replyToPlenary} is
 * true when the email answers one of Plenary's own emails (an agenda, an invitation, a notice), so a bare
 * "apologies" or a block of DECISION/ACTION lines refers to that thread's meeting.
 */
public record Utterance(String subject, String visibleText, LocalDate today, ZoneId zone, DateOrder dateOrder,
                        boolean replyToPlenary, GroupWords groupWords) {

    public Utterance {
        groupWords = groupWords == null ? GroupWords.NONE : groupWords;
    }

    /** Without the group's own words. */
    public Utterance(String subject, String visibleText, LocalDate today, ZoneId zone, DateOrder dateOrder,
                     boolean replyToPlenary) {
        this(subject, visibleText, today, zone, dateOrder, replyToPlenary, GroupWords.NONE);
    }

    /** An utterance whose today is the group's calendar day at {@code now}: a late call in Auckland is tomorrow in UTC. */
    public static Utterance at(Instant now, ZoneId zone, String subject, String visibleText, DateOrder dateOrder,
                               boolean replyToPlenary) {
        return new Utterance(subject, visibleText, now.atZone(zone).toLocalDate(), zone, dateOrder, replyToPlenary);
    }
}
