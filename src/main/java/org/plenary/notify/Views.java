package org.plenary.notify;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;
import org.plenary.store.ActionItem;
import org.plenary.store.AgendaItem;
import org.plenary.store.Attendee;
import org.plenary.store.Decision;
import org.plenary.store.AgendaStatus;
import org.plenary.store.Meeting;
import org.plenary.store.StoreTransaction;

/**
 * Turns store rows into the ready-to-print views the templates read, within one transaction.
 * Not thread-safe; lives as long as the transaction.
 */
public final class Views {
    private final GroupDefinition group;
    private final StoreTransaction tx;
    private final Instant now;
    private final Map<String, String> names = new LinkedHashMap<>();

    public Views(GroupDefinition group, StoreTransaction tx, Instant now) {
        this.group = group;
        this.tx = tx;
        this.now = now;
        for (Member member : tx.groups().members(group.id())) {
            names.put(member.email(), member.name());
        }
    }

    public GroupView group() {
        return GroupView.of(group);
    }

    public String nameOf(String email) {
        return email == null ? null : names.getOrDefault(email, email);
    }

    /**
     * The meeting with its agenda in the order it will be taken: the opening standing items, the accepted
     * requests with their minutes, then a closing "AOB".
     */
    public MeetingView meeting(Meeting m) {
        List<AgendaItem> rows = tx.agenda().ofMeeting(group.id(), m.id());
        List<AgendaItem> standing = rows.stream().filter(i -> i.status() == AgendaStatus.STANDING).toList();
        List<AgendaItem> closing = standing.stream().filter(Views::isClosingItem).toList();
        List<AgendaItem> ordered = new ArrayList<>(standing.stream().filter(i -> !isClosingItem(i)).toList());
        ordered.addAll(rows.stream().filter(i -> i.status() == AgendaStatus.ACCEPTED).toList());
        ordered.addAll(closing);
        List<AgendaItemView> items = new ArrayList<>();
        for (AgendaItem item : ordered) {
            // Only a slot someone set is printed: standing items have no length, so a computed one would mislead.
            String slot = item.slot();
            items.add(item.status() == AgendaStatus.STANDING ? AgendaItemView.standing(item.title())
                    : new AgendaItemView(item.requestId(), item.title(), item.status().id(), nameOf(item.requestedBy()),
                    item.minutes(), slot, nameOf(item.requestedBy()), null));
        }
        List<ApologyView> apologies = tx.apologies().ofMeeting(group.id(), m.id()).stream()
                .map(a -> new ApologyView(nameOf(a.email()), a.email(), a.reason())).toList();
        return MeetingView.of(m.id(), m.kind(), m.title(), m.status().id(), m.start(), m.duration(), group.timezone(),
                m.cancelReason(), items, apologies)
                .with(group.places().of(m.kind(), m.start()), m.isLive() ? QuorumForecast.of(group, tx, m) : null);
    }

    /** Requests still waiting for a decision: of one meeting, or of the whole group when {@code meetingId} is null. */
    public List<AgendaItemView> pending(String meetingId) {
        return tx.agenda().pending(group.id()).stream()
                .filter(i -> meetingId == null || i.meetingId().equals(meetingId))
                .map(i -> new AgendaItemView(i.requestId(), i.title(), i.status().id(), nameOf(i.requestedBy()),
                        i.minutes(), null, nameOf(i.requestedBy()), meetingLabel(i.meetingId())))
                .toList();
    }

    /** The decisions the meeting's notes recorded, in the order they came. */
    public List<String> decisions(String meetingId) {
        return tx.decisions().ofMeeting(group.id(), meetingId).stream().map(Decision::text).toList();
    }

    /** Who the meeting's notes list as present, named as the notes wrote them. */
    public List<String> attended(String meetingId) {
        return tx.attendance().ofMeeting(group.id(), meetingId).stream().map(Attendee::name).toList();
    }

    private String meetingLabel(String meetingId) {
        return tx.meetings().find(group.id(), meetingId)
                .map(m -> m.title() + ", " + DisplayFormats.shortDateTime(m.start(), group.timezone()))
                .orElse(meetingId);
    }

    public ActionView action(ActionItem a) {
        LocalDate today = now.atZone(group.timezone()).toLocalDate();
        int overdue = a.isOpen() && a.due() != null && a.due().isBefore(today)
                ? (int) ChronoUnit.DAYS.between(a.due(), today) : 0;
        String lastNote = a.notes().isEmpty() ? null : a.notes().get(a.notes().size() - 1).text();
        return new ActionView(a.id(), a.title(), nameOf(a.owner()), a.owner(), a.status().id().replace('-', ' '),
                a.due() == null ? null : DisplayFormats.date(a.due()), overdue, lastNote);
    }

    /** Open action items, overdue first (most overdue first), then by number. */
    public List<ActionView> openActions() {
        return tx.actions().open(group.id()).stream().map(this::action)
                .sorted(Comparator.comparingInt(ActionView::overdueDays).reversed()).toList();
    }

    public List<ActionView> openActionsOf(String email) {
        return openActions().stream().filter(a -> a.ownerEmail().equals(email)).toList();
    }

    /** Open action items grouped by owner; owners with overdue items first. */
    public List<OwnerActions> actionsByOwner() {
        Map<String, List<ActionView>> byOwner = new LinkedHashMap<>();
        for (ActionView action : openActions()) {
            byOwner.computeIfAbsent(action.ownerEmail(), k -> new ArrayList<>()).add(action);
        }
        return byOwner.entrySet().stream()
                .map(e -> new OwnerActions(nameOf(e.getKey()), e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt((OwnerActions o) -> -o.actions().get(0).overdueDays())
                        .thenComparing(o -> o.ownerName().toLowerCase(Locale.ROOT)))
                .toList();
    }

    private static boolean isClosingItem(AgendaItem item) {
        String title = item.title().toLowerCase(Locale.ROOT).trim();
        return title.equals("aob") || title.startsWith("any other business") || title.startsWith("aob ");
    }
}
