package org.plenary.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.plenary.group.GroupDefinition;
import org.plenary.intake.ForwardedMessage;
import org.plenary.intake.InboundEmail;
import org.plenary.language.CalendarReplyReader;
import org.plenary.language.Command;
import org.plenary.language.CommandParser;
import org.plenary.language.GroupWords;
import org.plenary.language.ParseResult;
import org.plenary.language.Utterance;

/**
 * The third stage: an email's calendar replies, or else its subject and visible text, read into commands, in the
 * light of the meeting its thread is about. Reads the store not at all. Thread-safe.
 */
final class Understanding {
    private final CommandParser parser = new CommandParser();
    private final AtomicReference<WordsOf> words = new AtomicReference<>();

    Understood understand(GroupDefinition group, InboundEmail email, Optional<String> thread, Instant now) {
        List<Command> calendarReplies = new ArrayList<>();
        for (String calendar : email.calendars()) {
            calendarReplies.addAll(CalendarReplyReader.commandsOf(calendar, group.domain(), group.id()));
        }
        if (!calendarReplies.isEmpty()) {
            // A calendar reply says it all; its text part ("Declined: …") would only repeat it.
            // One command per reply, even when a client attaches the same invitation twice.
            return new Understood(thread, List.copyOf(new java.util.LinkedHashSet<>(calendarReplies)), List.of());
        }
        LocalDate today = now.atZone(group.timezone()).toLocalDate();
        ParseResult parsed = parser.parse(new Utterance(email.subject(), email.visibleText(), today, group.timezone(),
                group.dateOrder(), thread.isPresent(), groupWords(group)));
        return new Understood(thread, withForwardedApologies(group, email, parsed.commands(), today), parsed.errors());
    }

    /**
     * A member's apology forwarded by someone else (staff, with a line of their own) is the member's: added when the
     * forwarder's own words held no apology. Only a forwarded message from a member of the group counts.
     */
    private List<Command> withForwardedApologies(GroupDefinition group, InboundEmail email, List<Command> commands,
                                                 LocalDate today) {
        if (commands.stream().anyMatch(c -> c instanceof Command.Apology || c instanceof Command.ApologyWithdrawn)) {
            return commands;
        }
        Optional<ForwardedMessage> forwarded = ForwardedMessage.of(email.text());
        if (forwarded.isEmpty() || forwarded.get().from().equals(email.from())
                || group.memberByAddress(forwarded.get().from()).isEmpty()) {
            return commands;
        }
        List<Command> all = new ArrayList<>(commands);
        all.addAll(parser.forwardedApologies(new Utterance(forwarded.get().subject(), forwarded.get().visibleText(), today,
                group.timezone(), group.dateOrder(), false, groupWords(group)), forwarded.get().from()));
        return all;
    }

    /**
     * The group's tag and its meetings' titles with their kinds, as members write them in prose: compiled once per
     * version of the group file, not for every email.
     */
    private GroupWords groupWords(GroupDefinition group) {
        WordsOf known = words.get();
        if (known != null && known.group() == group) {
            return known.words();
        }
        Map<String, String> titles = new LinkedHashMap<>();
        group.series().forEach(series -> titles.put(series.title(), series.kind()));
        group.meetings().forEach(meeting -> titles.put(meeting.title(), meeting.kind()));
        GroupWords compiled = new GroupWords(List.of(group.tag()), titles);
        words.set(new WordsOf(group, compiled));
        return compiled;
    }

    private record WordsOf(GroupDefinition group, GroupWords words) {
    }

    /** The copy the group's mailing list delivered: discussion there is no command, and earns no error reply. */
    static boolean cameThroughList(GroupDefinition group, InboundEmail email) {
        if (group.list() == null) {
            return false;
        }
        String list = group.list().toLowerCase();
        String listLocal = list.substring(0, list.indexOf('@'));
        return email.to().contains(list) || email.cc().contains(list)
                || (email.listId() != null && email.listId().toLowerCase().contains(listLocal));
    }
}
