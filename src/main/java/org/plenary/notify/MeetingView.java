package org.plenary.notify;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A meeting ready to print: times are pre-formatted (see {@link DisplayFormats}) so templates
 * stay readable and every email prints a date the same way.
 *
 * @param status tentative, confirmed, cancelled or held
 * @param startLocal the start in the group's zone, e.g. "Tuesday 4 July 2017, 13:00 UTC"
 * @param startShort the start for subject lines, e.g. "Tuesday 4 July 13:00 UTC"
 * @param startUtc the start in UTC, e.g. "13:00 UTC", or "Saturday 24 June, 23:00 UTC" when the
 *     UTC date differs; null when the group's zone is UTC so it is not printed twice
 * @param endLocal the end time in the group's zone, e.g. "14:30"
 * @param cancelReason null unless cancelled
 * @param items the agenda as it stands, standing and accepted items in the order they will be
 *     taken (usually the opening standing items, the accepted ones, then AOB)
 * @param apologies apologies received so far
 * @param location where it is held, from the group file; may be null
 * @param joinUrl the link to join the call, from the group file; may be null
 * @param quorum the forecast of its quorum; null when the group sets none
 */
public record MeetingView(
        String id,
        String kind,
        String title,
        String status,
        String startLocal,
        String startShort,
        String startUtc,
        String endLocal,
        int durationMinutes,
        String cancelReason,
        List<AgendaItemView> items,
        List<ApologyView> apologies,
        String location,
        String joinUrl,
        QuorumForecast quorum) {

    public MeetingView {
        items = List.copyOf(items);
        apologies = List.copyOf(apologies);
    }

    /** A meeting without place or quorum. */
    public MeetingView(String id, String kind, String title, String status, String startLocal, String startShort,
                       String startUtc, String endLocal, int durationMinutes, String cancelReason,
                       List<AgendaItemView> items, List<ApologyView> apologies) {
        this(id, kind, title, status, startLocal, startShort, startUtc, endLocal, durationMinutes, cancelReason, items,
                apologies, null, null, null);
    }

    /** The same meeting, held at {@code place}, with the quorum forecast. */
    public MeetingView with(org.plenary.group.Place place, QuorumForecast forecast) {
        return new MeetingView(id, kind, title, status, startLocal, startShort, startUtc, endLocal, durationMinutes,
                cancelReason, items, apologies, place.location(), place.joinUrl(), forecast);
    }

    /** Formats the times of a meeting held in {@code zone}, the group's time zone. */
    public static MeetingView of(
            String id,
            String kind,
            String title,
            String status,
            Instant start,
            Duration duration,
            ZoneId zone,
            String cancelReason,
            List<AgendaItemView> items,
            List<ApologyView> apologies) {
        return new MeetingView(
                id,
                kind,
                title,
                status,
                DisplayFormats.longDateTime(start, zone),
                DisplayFormats.shortDateTime(start, zone),
                DisplayFormats.utcCompanion(start, zone),
                DisplayFormats.time(start.plus(duration), zone),
                (int) duration.toMinutes(),
                cancelReason,
                items,
                apologies);
    }
}
