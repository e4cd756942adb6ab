package org.plenary.group;

/** Where a meeting happens: a room or a call's name, and the link to join it. Either may be null. */
public record Place(String location, String joinUrl) {
    public static final Place NONE = new Place(null, null);

    public boolean isKnown() {
        return location != null || joinUrl != null;
    }
}
