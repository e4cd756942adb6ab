package org.plenary.notify;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.plenary.correlation.CalendarUid;
import org.plenary.correlation.Purpose;
import org.plenary.correlation.SubjectTag;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;
import org.plenary.store.ActionItem;
import org.plenary.store.Meeting;
import org.plenary.store.MeetingStatus;
import org.plenary.store.StoreTransaction;

/**
 * Puts the group's own emails into the outbox: agendas with their invitations, updates and cancellations,
 * summaries and digests. Each goes to the list when the group has one, else to the meeting's attendees.
 * Called inside a transaction, which also records the send so it happens once. Thread-safe.
 */
public final class Announcements {
    private final TemplateRenderer renderer;
    private final Invitations invitations = new Invitations();

    public Announcements(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * Queues the agenda with its invitation: one copy for the list (or the attendees), and a personal copy for each
     * attendee written to individually who set a time zone of their own, showing the time there too. Returns the
     * outbox number of the first copy.
     */
    public long agenda(StoreTransaction tx, GroupDefinition group, Meeting meeting, Instant now) {
        String calendar = invitations.request(invitation(tx, group, meeting, now));
        List<String> shared = new ArrayList<>();
        java.util.Map<ZoneId, List<String>> personal = new java.util.TreeMap<>(java.util.Comparator.comparing(ZoneId::getId));
        for (String address : recipients(group, meeting)) {
            ZoneId own = group.memberByAddress(address).map(Member::timezone).orElse(null);
            if (own == null || own.normalized().equals(group.timezone().normalized())) {
                shared.add(address);
            } else {
                personal.computeIfAbsent(own, z -> new ArrayList<>()).add(address);
            }
        }
        Long first = null;
        if (!shared.isEmpty()) {
            first = add(tx, group, Purpose.AGENDA, meeting.id(), meeting.sequence(), shared,
                    agendaEmail(tx, group, meeting, now, null), calendar, "REQUEST", now, "");
        }
        for (java.util.Map.Entry<ZoneId, List<String>> copy : personal.entrySet()) {
            String time = DisplayFormats.longDateTime(meeting.start(), copy.getKey());
            long outboxNo = add(tx, group, Purpose.AGENDA, meeting.id(), meeting.sequence(), copy.getValue(),
                    agendaEmail(tx, group, meeting, now, time), calendar, "REQUEST", now, copy.getKey().getId());
            first = first == null ? outboxNo : first;
        }
        return first == null ? 0 : first;
    }

    /** The agenda of a meeting as it stands, rendered but not queued (for preview and for sending). */
    public RenderedEmail agendaEmail(StoreTransaction tx, GroupDefinition group, Meeting meeting, Instant now) {
        return agendaEmail(tx, group, meeting, now, null);
    }

    private RenderedEmail agendaEmail(StoreTransaction tx, GroupDefinition group, Meeting meeting, Instant now,
                                      String personalTime) {
        Views views = new Views(group, tx, now);
        AgendaModel model = new AgendaModel(views.group(), views.meeting(meeting), views.openActions(),
                views.pending(meeting.id()), group.address(), personalTime, ReplyExamples.of(tx, group, null, now));
        return renderer.render("agenda", model);
    }

    /** A meeting as it is after a change, and the change in words ("cancelled", "moved to …"). */
    public record Update(Meeting meeting, String whatChanged) {
    }

    /**
     * The changes one email made, announced so that each set of recipients (the list, or the attendees of a
     * meeting for some roles only) gets one email however many meetings changed: a single change is the usual
     * update or cancellation with its invitation; several are one email listing them all. That one email carries
     * no invitation: an iMIP message is read by mail clients as one invitation (one text/calendar part, one
     * event), so four cancellations cannot ride in one email as four calendar cancellations, and one email per
     * meeting is what let one forged email send twenty to the list. Returns each update's outbox number, in order.
     */
    public List<Long> updates(StoreTransaction tx, GroupDefinition group, List<Update> updates, Instant now) {
        java.util.Map<List<String>, List<Update>> byRecipients = new java.util.LinkedHashMap<>();
        for (Update update : updates) {
            byRecipients.computeIfAbsent(recipients(group, update.meeting()), r -> new ArrayList<>()).add(update);
        }
        java.util.Map<Update, Long> sent = new java.util.IdentityHashMap<>();
        for (java.util.Map.Entry<List<String>, List<Update>> together : byRecipients.entrySet()) {
            List<Update> same = together.getValue();
            if (same.size() == 1) {
                Update only = same.get(0);
                sent.put(only, update(tx, group, only.meeting(), only.whatChanged(), now));
                continue;
            }
            long outboxNo = together(tx, group, same, together.getKey(), now);
            same.forEach(update -> sent.put(update, outboxNo));
        }
        return updates.stream().map(sent::get).toList();
    }

    private long together(StoreTransaction tx, GroupDefinition group, List<Update> updates, List<String> to,
                          Instant now) {
        Views views = new Views(group, tx, now);
        List<String> changes = updates.stream().map(u -> sentence(views.meeting(u.meeting()), u)).toList();
        RenderedEmail rendered = renderer.render("meeting-changes", new MeetingChangesModel(views.group(), changes));
        String seed = Purpose.UPDATE.id() + "/" + String.join(",", updates.stream()
                .map(u -> u.meeting().id() + ":" + u.meeting().sequence()).toList()) + "/" + now.toEpochMilli();
        return tx.outbox().add(MailDraft.of(group, Purpose.UPDATE).to(to).content(rendered).idSeed(seed).build(), now);
    }

    private static String sentence(MeetingView meeting, Update update) {
        String what = switch (update.meeting().status()) {
            case CANCELLED -> "is cancelled" + (meeting.cancelReason() == null ? "" : ": " + meeting.cancelReason());
            case MOVED -> "is " + update.whatChanged();
            default -> "changed: " + update.whatChanged();
        };
        return "The " + meeting.title() + " of " + meeting.startLocal() + " " + what;
    }

    /** After the agenda went out: the meeting changed, so its invitation is updated (or cancelled). */
    public long update(StoreTransaction tx, GroupDefinition group, Meeting meeting, String whatChanged, Instant now) {
        Views views = new Views(group, tx, now);
        if (meeting.status() == MeetingStatus.CANCELLED || meeting.status() == MeetingStatus.MOVED) {
            String reason = meeting.status() == MeetingStatus.MOVED ? whatChanged : meeting.cancelReason();
            CancellationModel model = new CancellationModel(views.group(), views.meeting(meeting), reason);
            RenderedEmail rendered = renderer.render("cancellation", model);
            String calendar = invitations.cancel(invitation(tx, group, meeting, now));
            return add(tx, group, Purpose.CANCELLATION, meeting.id(), meeting.sequence(), recipients(group, meeting),
                    rendered, calendar, "CANCEL", now);
        }
        AgendaUpdateModel model = new AgendaUpdateModel(views.group(), views.meeting(meeting), whatChanged);
        RenderedEmail rendered = renderer.render("agenda-update", model);
        String calendar = invitations.request(invitation(tx, group, meeting, now));
        return add(tx, group, Purpose.UPDATE, meeting.id(), meeting.sequence(), recipients(group, meeting), rendered,
                calendar, "REQUEST", now);
    }

    public long summary(StoreTransaction tx, GroupDefinition group, Meeting meeting, Instant now) {
        RenderedEmail rendered = summaryEmail(tx, group, meeting, now);
        return add(tx, group, Purpose.SUMMARY, meeting.id(), 0, recipients(group, meeting), rendered, null, null, now);
    }

    public RenderedEmail summaryEmail(StoreTransaction tx, GroupDefinition group, Meeting meeting, Instant now) {
        Views views = new Views(group, tx, now);
        Instant since = previousOfKind(tx, group, meeting).map(Meeting::end).orElse(meeting.start().minus(Duration.ofDays(7)));
        List<ActionItem> all = tx.actions().all(group.id());
        List<ActionView> recorded = all.stream().filter(a -> meeting.id().equals(a.meetingId())).map(views::action).toList();
        // Items the group file brought in were carried over, not opened: they are in the digest's open items.
        java.util.Set<String> carriedOver = tx.actions().fromGroupFile(group.id());
        List<ActionView> opened = all.stream().filter(a -> a.created().isAfter(since) && !meeting.id().equals(a.meetingId())
                        && !carriedOver.contains(a.id()))
                .map(views::action).toList();
        List<ActionView> closed = all.stream().filter(a -> a.closed() != null && a.closed().isAfter(since))
                .map(views::action).toList();
        SummaryModel model = new SummaryModel(views.group(), views.meeting(meeting), views.decisions(meeting.id()),
                views.attended(meeting.id()), recorded, opened, closed, meeting.notes());
        return renderer.render("summary", model);
    }

    public long digest(StoreTransaction tx, GroupDefinition group, LocalDate weekStart, Instant since, Instant now) {
        RenderedEmail rendered = digestEmail(tx, group, weekStart, since, now);
        List<String> to = group.list() != null ? List.of(group.list()) : activeMembers(group);
        return add(tx, group, Purpose.DIGEST, null, 0, to, rendered, null, null, now);
    }

    public RenderedEmail digestEmail(StoreTransaction tx, GroupDefinition group, LocalDate weekStart, Instant since,
                                     Instant now) {
        Views views = new Views(group, tx, now);
        List<MeetingView> meetings = tx.meetings().between(group.id(), now, now.plus(Duration.ofDays(14))).stream()
                .filter(m -> m.status() != MeetingStatus.MOVED).map(views::meeting).toList();
        List<String> changes = WeekAccount.of(tx.changes().between(group.id(), since, now), ref -> tx.meetings()
                .find(group.id(), ref).map(m -> m.title() + ", " + DisplayFormats.brief(m.start(), group.timezone()))
                .or(() -> tx.actions().find(group.id(), ref).map(a -> a.id() + " " + a.title())).orElse(ref));
        DigestModel model = new DigestModel(views.group(), DisplayFormats.weekLabel(weekStart), meetings,
                views.actionsByOwner(), changes, views.pending(null), ReplyExamples.of(tx, group, null, now));
        return renderer.render("digest", model);
    }

    /**
     * An action's reminder, a standalone email (not a reply): to its owner, or, {@code escalated}, to the chairs.
     * Returns the outbox number of the first copy.
     */
    public long reminder(StoreTransaction tx, GroupDefinition group, ActionItem action, boolean escalated, Instant now) {
        Views views = new Views(group, tx, now);
        ActionView view = views.action(action);
        List<Member> to = escalated ? chairs(group)
                : group.memberByAddress(action.owner()).map(List::of).orElse(List.of());
        Long first = null;
        for (Member person : to) {
            RenderedEmail rendered = renderer.render("reminder", new ReminderModel(views.group(), person.name(), view,
                    escalated));
            String seed = Purpose.REMINDER.id() + "/" + action.id() + "/" + escalated + "/" + person.email() + "/"
                    + now.toEpochMilli();
            long outboxNo = tx.outbox().add(MailDraft.of(group, Purpose.REMINDER).to(List.of(person.email()))
                    .content(rendered).idSeed(seed).build(), now);
            first = first == null ? outboxNo : first;
        }
        return first == null ? 0 : first;
    }

    /** Tells each chair that apologies leave the meeting short of its quorum; returns the first copy's number. */
    public long quorumWarning(StoreTransaction tx, GroupDefinition group, Meeting meeting, Instant now) {
        Views views = new Views(group, tx, now);
        MeetingView view = views.meeting(meeting);
        Long first = null;
        for (Member chair : chairs(group)) {
            RenderedEmail rendered = renderer.render("quorum-warning", new QuorumWarningModel(views.group(),
                    chair.name(), view));
            String seed = Purpose.QUORUM.id() + "/" + meeting.id() + "/" + chair.email() + "/" + now.toEpochMilli();
            long outboxNo = tx.outbox().add(MailDraft.of(group, Purpose.QUORUM).about(meeting.id())
                    .to(List.of(chair.email())).content(rendered).idSeed(seed).build(), now);
            first = first == null ? outboxNo : first;
        }
        return first == null ? 0 : first;
    }

    private static List<Member> chairs(GroupDefinition group) {
        return group.members().stream().filter(m -> m.role() == org.plenary.group.Role.CHAIR).toList();
    }

    private java.util.Optional<Meeting> previousOfKind(StoreTransaction tx, GroupDefinition group, Meeting meeting) {
        List<Meeting> before = tx.meetings().between(group.id(), meeting.start().minus(Duration.ofDays(62)),
                meeting.start()).stream().filter(m -> m.kind().equals(meeting.kind()) && m.isLive()).toList();
        return before.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(before.get(before.size() - 1));
    }

    /** The invitation of a meeting as it stands: what its emails carry, and what the calendar feeds list. */
    public static InvitationData invitation(GroupDefinition group, Meeting meeting, Instant now) {
        return invitationOf(group, meeting, now);
    }

    private InvitationData invitation(StoreTransaction tx, GroupDefinition group, Meeting meeting, Instant now) {
        return invitationOf(group, meeting, now);
    }

    private static InvitationData invitationOf(GroupDefinition group, Meeting meeting, Instant now) {
        List<Invitee> invitees = attendees(group, meeting).stream()
                .map(m -> new Invitee(m.name(), m.email())).toList();
        String status = meeting.status() == MeetingStatus.CONFIRMED ? "CONFIRMED" : "TENTATIVE";
        return new InvitationData(CalendarUid.of(meeting.id(), group.id(), group.domain()), meeting.sequence(),
                SubjectTag.of(group.tag()) + " " + meeting.title(),
                "Agenda and apologies: reply to the agenda email, or write to " + group.address(), meeting.start(),
                meeting.end(), status, group.address(), group.name(), invitees, now,
                group.places().of(meeting.kind(), meeting.start()).location(),
                group.places().of(meeting.kind(), meeting.start()).joinUrl());
    }

    private List<String> recipients(GroupDefinition group, Meeting meeting) {
        if (group.list() != null && meeting.attendees().isEmpty()) {
            return List.of(group.list());
        }
        return attendees(group, meeting).stream().map(Member::email).toList();
    }

    private static List<Member> attendees(GroupDefinition group, Meeting meeting) {
        return group.members().stream().filter(m -> meeting.attendedBy(m.role())).toList();
    }

    private List<String> activeMembers(GroupDefinition group) {
        return group.members().stream().map(Member::email).toList();
    }

    private long add(StoreTransaction tx, GroupDefinition group, Purpose purpose, String ref, int sequence,
                     List<String> to, RenderedEmail rendered, String calendar, String method, Instant now) {
        return add(tx, group, purpose, ref, sequence, to, rendered, calendar, method, now, "");
    }

    /** {@code variant} tells apart copies of one email (the personal copies of an agenda), so each has its own id. */
    private long add(StoreTransaction tx, GroupDefinition group, Purpose purpose, String ref, int sequence,
                     List<String> to, RenderedEmail rendered, String calendar, String method, Instant now,
                     String variant) {
        String seed = purpose.id() + "/" + (ref == null ? "" : ref) + "/" + sequence + "/" + now.toEpochMilli() + "/"
                + variant;
        return tx.outbox().add(MailDraft.of(group, purpose).about(ref).to(to).content(rendered)
                .calendar(calendar, method).idSeed(seed).build(), now);
    }
}
