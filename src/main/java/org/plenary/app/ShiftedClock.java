package org.plenary.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that starts at a chosen instant ({@code PLENARY_NOW}) and then runs at normal speed, so demos and
 * tests can live in June 2017 while timers still tick. Tests move it on with {@link #set}. Thread-safe.
 */
public final class ShiftedClock extends Clock {
    private final Clock system;
    private volatile Duration shift;

    private ShiftedClock(Clock system, Duration shift) {
        this.system = system;
        this.shift = shift;
    }

    public static Clock startingAt(Instant start) {
        Clock system = Clock.systemUTC();
        return start == null ? system : new ShiftedClock(system, Duration.between(system.instant(), start));
    }

    /** From now on the clock reads {@code now}, and runs on from there. */
    void set(Instant now) {
        shift = Duration.between(system.instant(), now);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return system.instant().plus(shift);
    }
}
