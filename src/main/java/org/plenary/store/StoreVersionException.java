package org.plenary.store;

import org.plenary.PlenaryException;

/**
 * A store opened as it is (never migrated) does not match this Plenary's migrations.
 *
 * @see Database#openAsItIs
 */
public final class StoreVersionException extends PlenaryException {
    private final boolean empty;

    StoreVersionException(boolean empty, String message) {
        super(message);
        this.empty = empty;
    }

    /** True when the store holds no Plenary tables at all (never started), rather than an older or newer version. */
    public boolean isEmpty() {
        return empty;
    }
}
