package org.plenary.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps the store in step with the group file: synced at start, again as soon as the file changes, and hourly
 * (so the series reach {@link GroupSync#WEEKS_AHEAD} weeks ahead of today as the days pass). Called by the
 * group-file route; not re-entrant (one timer thread).
 */
public final class GroupFileWatch {
    private static final Duration RESYNC = Duration.ofHours(1);

    private final CurrentGroup group;
    private final GroupSync sync;
    private final Clock clock;
    private volatile Instant lastSync = Instant.EPOCH;

    public GroupFileWatch(CurrentGroup group, GroupSync sync, Clock clock) {
        this.group = group;
        this.sync = sync;
        this.clock = clock;
    }

    /** Brings the store in line with the group as it is now. */
    public void sync() {
        sync.sync(group.get());
        lastSync = clock.instant();
    }

    /** Reloads the file if it changed, and syncs on a change or once the last sync is an hour old. */
    public void check() {
        boolean changed = group.reloadIfChanged();
        if (changed || clock.instant().isAfter(lastSync.plus(RESYNC))) {
            sync();
        }
    }
}
