package org.plenary.workflow;

import java.util.Arrays;

/** What became of one email, spelt as the ledger and the API keep it (PRODUCT.md 3.4). */
public enum Outcome {
    APPLIED("applied"), PARTLY_APPLIED("partly-applied"), HELD("held"), IGNORED("ignored"), REJECTED("rejected"),
    DUPLICATE("duplicate"), FAILED("failed");

    private final String id;

    Outcome(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Nothing of the email was applied, so staff may replay it once they fixed what stood in its way. */
    public boolean replayable() {
        return this == FAILED || this == REJECTED || this == IGNORED;
    }

    public static Outcome of(String id) {
        return Arrays.stream(values()).filter(o -> o.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no outcome " + id));
    }
}
