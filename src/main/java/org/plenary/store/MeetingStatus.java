package org.plenary.store;

import java.util.Locale;

public enum MeetingStatus {
    TENTATIVE, CONFIRMED, CANCELLED, MOVED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static MeetingStatus of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
