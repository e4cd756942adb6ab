package org.plenary.store;

import java.util.Arrays;
import java.util.Locale;

/** What became of a held email: its sender confirmed it, dropped it, or answered too late. */
public enum HeldAnswer {
    CONFIRMED, DROPPED, EXPIRED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static HeldAnswer of(String id) {
        return id == null ? null : Arrays.stream(values()).filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no held answer " + id));
    }
}
