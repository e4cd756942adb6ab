package org.plenary.workflow;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Who a command is believed from, {@code PLENARY_TRUST} (PRODUCT.md 3.6): only a sender a trusted server
 * authenticated, anyone but with what affects others held for the sender's confirmation, or whoever the From
 * line names.
 */
public enum Trust {
    AUTHENTICATED, CONFIRM, OPEN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The setting as written, ASCII case ignored. */
    public static Trust of(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equalsIgnoreCase(id == null ? "" : id.strip()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("PLENARY_TRUST is one of "
                        + Arrays.stream(values()).map(Trust::id).collect(Collectors.joining(", ")) + ", not '" + id + "'"));
    }
}
