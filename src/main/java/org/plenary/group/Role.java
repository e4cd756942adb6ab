package org.plenary.group;

import java.util.Locale;

/** What a member may do (PRODUCT.md section 1). */
public enum Role {
    CHAIR, STAFF, MEMBER, OBSERVER;

    /** Chairs and staff run the group: schedule, confirm, decide, create actions for anyone. */
    public boolean runsTheGroup() {
        return this == CHAIR || this == STAFF;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role of(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
