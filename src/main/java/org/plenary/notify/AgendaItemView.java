package org.plenary.notify;

/**
 * One line of an agenda.
 *
 * @param id the request id ("R3"), or null for a standing item
 * @param status standing, accepted, requested or declined
 * @param presenter a name, or null
 * @param minutes the duration asked for, or null
 * @param slot e.g. "13:10–13:40", or null when not timed
 * @param requestedBy who asked for it, or null for a standing item
 * @param meetingTitle for requests listed outside their meeting (digest), e.g. "Board Plenary Call,
 *     Tuesday 4 July 13:00 UTC"; null otherwise
 */
public record AgendaItemView(
        String id,
        String title,
        String status,
        String presenter,
        Integer minutes,
        String slot,
        String requestedBy,
        String meetingTitle) {

    /** A standing item, which carries only its title. */
    public static AgendaItemView standing(String title) {
        return new AgendaItemView(null, title, "standing", null, null, null, null, null);
    }
}
