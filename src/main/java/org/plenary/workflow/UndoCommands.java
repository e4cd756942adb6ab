package org.plenary.workflow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.plenary.address.AsciiCase;
import org.plenary.group.MeetingIds;
import org.plenary.language.Command;
import org.plenary.store.ChangeLog;
import org.plenary.store.EntityKind;
import org.plenary.store.LedgerEntry;
import org.plenary.store.Meeting;
import org.plenary.store.OutboxEmail;
import org.plenary.store.RowChange;

/**
 * UNDO (PRODUCT.md 3.6): takes back exactly the changes of the email a confirmation confirmed, as the
 * {@link org.plenary.store.UndoLog} kept them, when its sender asks within seven days and nothing changed them since.
 * Either every row goes back or none does; a refusal says why, and for a row changed since, by whom.
 */
final class UndoCommands extends CommandFamily {
    static final Duration WINDOW = Duration.ofDays(7);

    UndoCommands(Circumstances at) {
        super(at);
    }

    List<String> undo(Command.Undo command, Resolved.Builder resolved) {
        if (command.confirmation() == null) {
            throw new Refusal("UNDO takes back an email's changes when it answers Plenary's confirmation of that email;"
                    + " reply UNDO to the confirmation");
        }
        OutboxEmail confirmation = tx.outbox().sent(group.id(), command.confirmation())
                .orElseThrow(() -> new Refusal("that confirmation is not one Plenary sent"));
        if (confirmation.ref() != null) {
            if (MeetingIds.looksLikeMeetingId(confirmation.ref())) {
                resolved.meeting(confirmation.ref());
            } else {
                resolved.action(confirmation.ref());
            }
        }
        // A confirmation answers the email it confirms, so its In-Reply-To is that email's Message-ID: its ledger key.
        LedgerEntry confirmed = confirmation.inReplyTo() == null ? null
                : tx.ledger().first(group.id(), confirmation.inReplyTo()).orElse(null);
        if (confirmed == null) {
            throw new Refusal("Plenary cannot tell which email that confirmation answered, so it undid nothing");
        }
        if (command.from() == null || !AsciiCase.lower(command.from()).equals(AsciiCase.lower(confirmed.from()))) {
            throw new Refusal("only the person who sent an email can undo it; nothing was undone");
        }
        List<RowChange> changes = tx.undoLog().ofSource(group.id(), confirmed.dedupeKey());
        if (changes.isEmpty()) {
            throw new Refusal("that email changed nothing that can be undone");
        }
        if (changes.stream().anyMatch(change -> change.undoneBy() != null)) {
            throw new Refusal("that email's changes were undone already");
        }
        if (now.isAfter(changes.get(0).appliedAt().plus(WINDOW))) {
            throw new Refusal("it is too late to undo that email: changes can be undone for 7 days, and it was"
                    + " applied on " + changes.get(0).appliedAt().atZone(group.timezone()).toLocalDate());
        }
        List<String> changedSince = changes.stream().filter(change -> !tx.undoLog().unchangedSince(group.id(), change))
                .map(this::changedSince).toList();
        if (!changedSince.isEmpty()) {
            throw new Refusal("nothing was undone, because " + String.join("; ", changedSince));
        }
        List<Meeting> asLeft = changes.stream()
                .filter(change -> change.kind() == EntityKind.MEETING && change.after() != null)
                .map(change -> tx.meetings().find(group.id(), change.after().text("id")).orElseThrow()).toList();
        tx.undoLog().revert(group.id(), changes, source, now);
        asLeft.forEach(this::tellOfMeetingRestored);
        return undone(confirmed);
    }

    /**
     * A meeting put back as it was: its invitation's SEQUENCE must not go back (calendars would ignore what follows),
     * and those told of the change hear it was undone, as of any change after the agenda went out.
     */
    private void tellOfMeetingRestored(Meeting asLeft) {
        tx.meetings().find(group.id(), asLeft.id()).ifPresent(restored -> {
            Meeting kept = new Meeting(restored.groupId(), restored.id(), restored.kind(), restored.title(),
                    restored.start(), restored.end(), restored.zone(), restored.status(), restored.cancelReason(),
                    restored.movedTo(), restored.origin(), restored.attendees(),
                    Math.max(restored.sequence(), asLeft.sequence()), restored.notes());
            tx.meetings().update(kept, now);
            notices.changed(asLeft, kept,
                    "back to " + kept.status().id() + ": " + sender.name() + "'s change was undone");
        });
    }

    /** The confirmed email's changes as its confirmation listed them, now taken back. */
    private List<String> undone(LedgerEntry confirmed) {
        List<String> lines = new ArrayList<>();
        String byName = sender.name() + ": ";
        for (ChangeLog.Change change : tx.changes().ofSource(group.id(), confirmed.dedupeKey())) {
            String text = change.text().startsWith(byName) ? change.text().substring(byName.length()) : change.text();
            lines.add("Undone: " + text);
        }
        if (lines.isEmpty()) {
            lines.add("Undone: the changes of your email \"" + confirmed.subject() + "\"");
        }
        return lines;
    }

    /** "A5 was changed since by Larisa", from the undo log's later changes of the same row. */
    private String changedSince(RowChange change) {
        boolean gone = tx.undoLog().current(group.id(), change).isEmpty();
        String by = tx.undoLog().laterChanges(group.id(), change).stream().findFirst()
                .flatMap(later -> tx.ledger().first(group.id(), later.source()))
                .map(later -> " by " + nameOf(later.from())).orElse("");
        return describe(change) + " was " + (gone ? "removed" : "changed") + " since" + by;
    }

    private String describe(RowChange change) {
        var row = change.either();
        return switch (change.kind()) {
            case MEETING -> "the meeting " + row.text("id");
            case APOLOGY -> "the apology of " + nameOf(row.text("email")) + " for " + row.text("meeting_id");
            case AGENDA_ITEM -> Objects.requireNonNullElse(row.text("request_id"),
                    "the agenda item \"" + row.text("title") + "\" of " + row.text("meeting_id"));
            case ACTION -> row.text("id");
            case ACTION_NOTE -> "a note on " + row.text("action_id");
            case DECISION -> "a decision of " + row.text("meeting_id");
            case ATTENDANCE -> "the attendance of " + row.text("meeting_id");
        };
    }
}
