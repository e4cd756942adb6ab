package org.plenary.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plenary.group.Member;
import org.plenary.language.MeetingRef;
import org.plenary.notify.DisplayFormats;
import org.plenary.store.Meeting;
import org.plenary.store.MeetingRepository;

/**
 * Finds the meetings an email means, in the order PRODUCT.md gives: an explicit id, the thread, an explicit
 * day (or range) with an optional kind, a kind alone (its next meeting), else the sender's next meeting.
 * Ambiguity is a {@link Refusal} naming the candidates: two meetings on the day named, or none on it but some of
 * the kind near it (issue 9: "did you mean 1) … 2) …").
 */
public final class MeetingFinder {
    /** How many days either side of a date without a meeting Plenary looks for the meeting the sender meant. */
    private static final int NEAR = 14;

    private final String groupId;
    private final ZoneId zone;
    private final MeetingRepository meetings;
    private final Instant now;
    private final Optional<String> choice;

    public MeetingFinder(String groupId, ZoneId zone, MeetingRepository meetings, Instant now) {
        this(groupId, zone, meetings, now, Optional.empty());
    }

    private MeetingFinder(String groupId, ZoneId zone, MeetingRepository meetings, Instant now,
                          Optional<String> choice) {
        this.groupId = groupId;
        this.zone = zone;
        this.meetings = meetings;
        this.now = now;
        this.choice = choice;
    }

    /** The same finder, where the meeting the sender chose in answer to a question settles an ambiguity. */
    MeetingFinder choosing(Optional<String> meeting) {
        return new MeetingFinder(groupId, zone, meetings, now, meeting);
    }

    /** The one meeting meant; {@code attendee} narrows candidates to meetings that member attends. */
    public Meeting one(MeetingRef ref, Optional<String> thread, Member attendee) {
        List<Meeting> found = many(new MeetingRef(ref.id(), ref.on(), ref.until(), ref.kind(), false), thread, attendee);
        return found.get(0);
    }

    /** The meetings meant: exactly one unless the reference says "all … until". Never empty. */
    public List<Meeting> many(MeetingRef ref, Optional<String> thread, Member attendee) {
        if (ref.id() != null) {
            return List.of(meetings.find(groupId, ref.id())
                    .orElseThrow(() -> new Refusal("there is no meeting " + ref.id() + "; " + upcomingHint())));
        }
        if (ref.isUnspecified()) {
            if (thread.isPresent()) {
                Optional<Meeting> inThread = meetings.find(groupId, thread.get());
                if (inThread.isPresent()) {
                    return List.of(inThread.get());
                }
            }
            return List.of(next(null, attendee));
        }
        if (ref.on() == null) {
            return List.of(next(ref.kind(), attendee));
        }
        LocalDate last = ref.until() != null ? ref.until() : ref.on();
        List<Meeting> onDays = meetings.between(groupId, ref.on().atStartOfDay(zone).toInstant(),
                        last.plusDays(1).atStartOfDay(zone).toInstant()).stream()
                .filter(Meeting::isLive)
                .filter(m -> ref.kind() == null || m.kind().equals(ref.kind()))
                .toList();
        String when = ref.until() == null ? "on " + DisplayFormats.day(ref.on())
                : "between " + DisplayFormats.day(ref.on()) + " and " + DisplayFormats.day(last);
        if (onDays.isEmpty()) {
            // "CANCEL plenary 20 June" a second time: say the meeting is cancelled, not that there is none.
            List<Meeting> gone = meetings.between(groupId, ref.on().atStartOfDay(zone).toInstant(),
                            last.plusDays(1).atStartOfDay(zone).toInstant()).stream()
                    .filter(m -> ref.kind() == null || m.kind().equals(ref.kind())).toList();
            if (!gone.isEmpty()) {
                throw new Refusal(String.join("; ", gone.stream().map(m -> describe(m) + " " + gone(m)).toList()));
            }
            String none = "there is no " + (ref.kind() == null ? "meeting" : ref.kind() + " meeting") + " " + when;
            List<Meeting> near = ref.until() == null && !ref.all() ? neighbours(ref.on(), ref.kind(), attendee) : List.of();
            if (near.isEmpty()) {
                throw new Refusal(none + "; " + upcomingHint());
            }
            List<Meeting> chosen = near.stream().filter(m -> choice.filter(m.id()::equals).isPresent()).toList();
            if (chosen.size() == 1) {
                return chosen;
            }
            throw new Ambiguity(none + "; did you mean " + near.stream().map(this::describe)
                    .collect(Collectors.joining(" or ")) + "?",
                    "There is no " + (ref.kind() == null ? "meeting" : ref.kind() + " meeting") + " " + when,
                    choices(near));
        }
        List<Meeting> attended = attendee == null ? onDays
                : onDays.stream().filter(m -> m.attendedBy(attendee.role())).toList();
        if (ref.all()) {
            if (attended.isEmpty()) {
                throw new Refusal("none of the meetings " + when + " is one " + attendee.name() + " attends");
            }
            return attended;
        }
        List<Meeting> candidates = attended.isEmpty() ? onDays : attended;
        if (candidates.size() > 1) {
            List<Meeting> chosen = candidates.stream().filter(m -> choice.filter(m.id()::equals).isPresent()).toList();
            if (chosen.size() == 1) {
                return chosen;
            }
            throw new Ambiguity("there is more than one meeting " + when + ": " + describe(candidates)
                    + "; name the kind (e.g. 'plenary') or the meeting id",
                    "Your email could mean more than one meeting " + when,
                    choices(candidates));
        }
        return candidates;
    }

    private List<Choice> choices(List<Meeting> candidates) {
        return candidates.stream().map(m -> new Choice(m.id(), m.title() + ", "
                + DisplayFormats.brief(m.start(), zone) + " (" + m.id() + ")")).toList();
    }

    /**
     * The meetings a date that holds none probably meant: the nearest live one before it and the nearest after it,
     * each within {@link #NEAR} days, of the kind named (else any the sender attends), not started before now.
     */
    private List<Meeting> neighbours(LocalDate day, String kind, Member attendee) {
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
        Instant from = day.minusDays(NEAR).atStartOfDay(zone).toInstant();
        List<Meeting> near = meetings.between(groupId, from.isBefore(now) ? now : from,
                        day.plusDays(NEAR + 1).atStartOfDay(zone).toInstant()).stream()
                .filter(Meeting::isLive)
                .filter(m -> kind != null ? m.kind().equals(kind) : attendee == null || m.attendedBy(attendee.role()))
                .toList();
        List<Meeting> before = near.stream().filter(m -> m.start().isBefore(dayStart)).toList();
        List<Meeting> found = new java.util.ArrayList<>();
        if (!before.isEmpty()) {
            found.add(before.get(before.size() - 1));
        }
        near.stream().filter(m -> !m.start().isBefore(dayEnd)).findFirst().ifPresent(found::add);
        return found;
    }

    private Meeting next(String kind, Member attendee) {
        List<Meeting> upcoming = meetings.between(groupId, now, now.plus(java.time.Duration.ofDays(400))).stream()
                .filter(Meeting::isLive)
                .filter(m -> kind == null || m.kind().equals(kind))
                .filter(m -> attendee == null || m.attendedBy(attendee.role()))
                .toList();
        if (upcoming.isEmpty()) {
            throw new Refusal("there is no upcoming " + (kind == null ? "meeting" : kind + " meeting")
                    + (attendee == null ? "" : " for " + attendee.name()) + "; " + upcomingHint());
        }
        return upcoming.get(0);
    }

    /** What became of a meeting that is no longer live, in words: "was cancelled already (travel)". */
    static String gone(Meeting meeting) {
        return switch (meeting.status()) {
            case MOVED -> "was moved to " + meeting.movedTo() + " already";
            case CANCELLED -> "was cancelled already" + (meeting.cancelReason() == null ? "" : " (" + meeting.cancelReason() + ")");
            default -> "is " + meeting.status().id();
        };
    }

    /** A few upcoming meetings, so an error says what would work. */
    public String upcomingHint() {
        List<Meeting> upcoming = meetings.between(groupId, now, now.plus(java.time.Duration.ofDays(60))).stream()
                .filter(Meeting::isLive).limit(4).toList();
        return upcoming.isEmpty() ? "no meetings are scheduled" : "upcoming meetings: " + describe(upcoming);
    }

    public String describe(List<Meeting> list) {
        return list.stream().map(this::describe).collect(Collectors.joining(", "));
    }

    public String describe(Meeting m) {
        return m.id() + " (" + m.title() + ", " + DisplayFormats.brief(m.start(), zone) + ")";
    }
}
