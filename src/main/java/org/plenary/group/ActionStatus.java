package org.plenary.group;

import java.util.Arrays;

/**
 * Where an action item stands (PRODUCT.md 3.4). Here, beside {@link Role}, because the language reads it from mail
 * ("A7 done"), the store keeps it and the workflow compares it, and none of them may import the others.
 */
public enum ActionStatus {
    OPEN("open"), IN_PROGRESS("in-progress"), BLOCKED("blocked"), DONE("done"), CANCELLED("cancelled");

    private final String id;

    ActionStatus(String id) {
        this.id = id;
    }

    /** The spelling of the store, the API and the explain JSON. */
    public String id() {
        return id;
    }

    /** Done and cancelled items are closed; the others still need someone. */
    public boolean isOpen() {
        return this != DONE && this != CANCELLED;
    }

    public static ActionStatus of(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no action status " + id));
    }
}
