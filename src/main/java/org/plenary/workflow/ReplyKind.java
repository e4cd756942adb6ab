package org.plenary.workflow;

import java.util.Locale;

/** Which answer an email earned, spelt as the {@code reply} of the explain JSON (PRODUCT.md 3.5). */
public enum ReplyKind {
    CONFIRMATION, QUESTION, HELD, ERROR, HELP, STATUS, NONE;

    /** The spelling of the explain JSON, and the kind a per-sender daily reply limit counts. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
