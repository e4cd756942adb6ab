package org.plenary.group;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The {@code location:} and {@code join-url:} of the group file: a one-off meeting's own, else its series' (by
 * kind). Read when a meeting is shown rather than copied into the store, so editing the group file moves every
 * coming meeting of the series at once, and a meeting moved by email keeps its series' place.
 */
public record Places(Map<String, Place> byKind, List<OneOff> oneOffs) {
    public static final Places NONE = new Places(Map.of(), List.of());

    public Places {
        byKind = Map.copyOf(byKind);
        oneOffs = List.copyOf(oneOffs);
    }

    /** The place of a one-off meeting of the group file, by its kind and start. */
    public record OneOff(String kind, Instant start, Place place) {
    }

    public Place of(String kind, Instant start) {
        for (OneOff oneOff : oneOffs) {
            if (oneOff.kind().equals(kind) && oneOff.start().equals(start)) {
                return oneOff.place();
            }
        }
        return byKind.getOrDefault(kind, Place.NONE);
    }
}
