package org.plenary.group;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * One group as its YAML file defines it (PRODUCT.md 3.3). {@code list} and {@code quorum} may be null (no list, no
 * quorum); so may {@code templates}, the group's own folder of templates (PRODUCT.md 3.8), resolved against the
 * folder of its file; {@code reminders} and {@code places} are never null.
 */
public record GroupDefinition(String id, String name, String tag, String address, String list, ZoneId timezone,
                              DateOrder dateOrder, Duration agendaLead, DayOfWeek digestDay, LocalTime digestTime,
                              List<Member> members, List<SeriesDefinition> series, List<MeetingDefinition> meetings,
                              List<ActionDefinition> actions, Path templates, Quorum quorum, Reminders reminders, Places places) {

    public GroupDefinition {
        reminders = reminders == null ? Reminders.NONE : reminders;
        places = places == null ? Places.NONE : places;
    }

    /** A group without a templates folder of its own, quorum, reminders or places. */
    public GroupDefinition(String id, String name, String tag, String address, String list, ZoneId timezone,
                           DateOrder dateOrder, Duration agendaLead, DayOfWeek digestDay, LocalTime digestTime,
                           List<Member> members, List<SeriesDefinition> series, List<MeetingDefinition> meetings,
                           List<ActionDefinition> actions) {
        this(id, name, tag, address, list, timezone, dateOrder, agendaLead, digestDay, digestTime, members, series,
                meetings, actions, null, null, null, null);
    }

    public Optional<Member> memberByAddress(String address) {
        return members.stream().filter(m -> m.hasAddress(address)).findFirst();
    }

    /** The domain of Plenary's own address, used for Message-IDs and iCalendar UIDs. */
    public String domain() {
        return address.substring(address.indexOf('@') + 1);
    }
}
