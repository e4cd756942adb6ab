package org.plenary.store;

import java.util.Locale;

/** Where an agenda line stands (PRODUCT.md 3.4): a standing item of its series, or a request and its decision. */
public enum AgendaStatus {
    STANDING, REQUESTED, ACCEPTED, DECLINED;

    /** The spelling of the store and the API. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static AgendaStatus of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
