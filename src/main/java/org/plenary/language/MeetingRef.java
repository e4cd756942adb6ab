package org.plenary.language;

import java.time.LocalDate;

/**
 * How an email names a meeting, before the store is asked which one it is. Every field may be null:
 * {@code id} an explicit meeting id ("plenary-2017-07-04", or one taken from an iCalendar UID);
 * {@code on} a day ("4 July", "Friday", "tomorrow", resolved against the group's today and zone);
 * {@code until} the last day of a range ("all calls until 20 July" gives on = today, until = 20 July, all = true;
 * "next week's call" gives on = Monday, until = Sunday of next week);
 * {@code kind} a meeting kind ("plenary", "coordination" for "co-chair call"; language maps synonyms);
 * {@code all} every meeting in the range rather than exactly one.
 * With nothing set the meeting comes from the thread, else the sender's next meeting.
 */
public record MeetingRef(String id, LocalDate on, LocalDate until, String kind, boolean all) {

    public static MeetingRef unspecified() {
        return new MeetingRef(null, null, null, null, false);
    }

    public static MeetingRef byId(String id) {
        return new MeetingRef(id, null, null, null, false);
    }

    public static MeetingRef on(LocalDate day, String kind) {
        return new MeetingRef(null, day, null, kind, false);
    }

    public boolean isUnspecified() {
        return id == null && on == null && until == null && kind == null;
    }
}
