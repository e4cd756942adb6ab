package org.plenary.correlation;

import java.util.Locale;
import java.util.Optional;

/** The iCalendar UID of a meeting's invitation, PRODUCT.md 3.3: {@code {meeting id}.{group id}@{domain}}. */
public final class CalendarUid {
    private CalendarUid() {
    }

    /** "plenary-2017-07-04.ssr2@ssr2.test". */
    public static String of(String meetingId, String groupId, String domain) {
        return meetingId + "." + groupId + "@" + domain;
    }

    /** "plenary-2017-07-04.ssr2@ssr2.test" → "plenary-2017-07-04"; anyone else's UID → empty. Case is ignored. */
    public static Optional<String> meetingOf(String uid, String groupId, String domain) {
        if (uid == null) {
            return Optional.empty();
        }
        String suffix = ("." + groupId + "@" + domain).toLowerCase(Locale.ROOT);
        String written = uid.strip().toLowerCase(Locale.ROOT);
        if (!written.endsWith(suffix) || written.length() == suffix.length()) {
            return Optional.empty();
        }
        return Optional.of(written.substring(0, written.length() - suffix.length()));
    }
}
