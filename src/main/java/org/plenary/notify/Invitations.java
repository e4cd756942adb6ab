package org.plenary.notify;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.plenary.PlenaryException;

/**
 * Writes the iCalendar text (RFC 5545/5546) of a meeting's invitation or cancellation. The output
 * depends only on the {@link InvitationData}, so the same meeting version always yields the same
 * bytes. Lines end in CRLF and are folded at 75 octets, never inside a UTF-8 character.
 * Thread-safe.
 */
public final class Invitations {
    static final String PRODUCT_ID = "-//Plenary//Plenary//EN";
    private static final int FOLD_OCTETS = 75;

    /** A METHOD:REQUEST calendar: the invitation, or an update of it with a higher sequence. */
    public String request(InvitationData data) {
        Status status = "TENTATIVE".equalsIgnoreCase(data.status())
                ? ImmutableStatus.VEVENT_TENTATIVE
                : ImmutableStatus.VEVENT_CONFIRMED;
        return write(calendar(data, ImmutableMethod.REQUEST, status));
    }

    /** A METHOD:CANCEL calendar that removes the meeting from attendees' calendars. */
    public String cancel(InvitationData data) {
        return write(calendar(data, ImmutableMethod.CANCEL, ImmutableStatus.VEVENT_CANCELLED));
    }

    /**
     * A calendar feed (no METHOD: a subscription, not a message): each meeting as its invitation says it, with its
     * UID and SEQUENCE, so a subscribed calendar and an accepted invitation hold one entry, not two. A cancelled
     * meeting is STATUS:CANCELLED; the attendees of each entry are as the entry gives them, with their PARTSTAT.
     */
    public String feed(String name, List<FeedEntry> entries) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        for (FeedEntry entry : entries) {
            VEvent event = event(entry.data(), entry.cancelled() ? ImmutableStatus.VEVENT_CANCELLED
                    : "TENTATIVE".equalsIgnoreCase(entry.data().status()) ? ImmutableStatus.VEVENT_TENTATIVE
                    : ImmutableStatus.VEVENT_CONFIRMED, entry.declined());
            calendar.add(event);
        }
        return write(calendar);
    }

    /** One meeting of a feed; its attendees who sent apologies are {@code declined} (PARTSTAT=DECLINED). */
    public record FeedEntry(InvitationData data, boolean cancelled, Set<String> declined) {
        public FeedEntry {
            declined = Set.copyOf(declined);
        }
    }

    private static Calendar calendar(InvitationData data, Property method, Status status) {
        VEvent event = event(data, status, Set.of());
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        calendar.add(event);
        return calendar;
    }

    private static VEvent event(InvitationData data, Status status, Set<String> declined) {
        VEvent event = new VEvent(data.start(), data.end(), data.summary());
        // The VEvent constructor stamps the system clock; the given stamp keeps output reproducible.
        event.replace(new DtStamp(data.stamp()));
        event.add(new Uid(data.uid()));
        event.add(new Sequence(data.sequence()));
        event.add(status);
        String description = data.description() == null ? "" : data.description();
        if (data.joinUrl() != null) {
            description = (description.isBlank() ? "" : description + "\n\n") + "Join: " + data.joinUrl();
        }
        if (!description.isBlank()) {
            event.add(new Description(description));
        }
        if (data.location() != null && !data.location().isBlank()) {
            event.add(new Location(data.location()));
        }
        if (data.joinUrl() != null) {
            event.add(new Url(URI.create(data.joinUrl())));
        }
        Organizer organizer = new Organizer(mailto(data.organizerEmail()));
        organizer.add(new Cn(data.organizerName()));
        event.add(organizer);
        for (Invitee invitee : data.attendees()) {
            Attendee attendee = new Attendee(mailto(invitee.email()));
            attendee.add(new Cn(invitee.name()));
            attendee.add(Role.REQ_PARTICIPANT);
            attendee.add(declined.contains(invitee.email()) ? PartStat.DECLINED : PartStat.NEEDS_ACTION);
            attendee.add(Rsvp.TRUE);
            event.add(attendee);
        }
        return event;
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + email.trim());
    }

    private static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            // Unfolded here, folded below by octets: ical4j folds by characters.
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new PlenaryException("Could not write the invitation " + calendar.getUid(), e);
        }
        StringBuilder folded = new StringBuilder();
        for (String line : out.toString().split("\r\n")) {
            fold(line, folded);
        }
        return folded.toString();
    }

    private static void fold(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > FOLD_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
