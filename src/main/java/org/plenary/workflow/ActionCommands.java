package org.plenary.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.plenary.group.ActionStatus;
import org.plenary.group.Member;
import org.plenary.group.Role;
import org.plenary.language.Command;
import org.plenary.store.ActionItem;
import org.plenary.notify.DisplayFormats;

/** Action items: created by chairs and staff for anyone or by members for themselves, updated by their owner, chairs or staff. */
final class ActionCommands extends CommandFamily {
    ActionCommands(Circumstances at) {
        super(at);
    }

    List<String> actionCreate(Command.ActionCreate c, Resolved.Builder resolved, String meetingId) {
        Member owner = directory.resolve(c.owner(), sender);
        resolved.owner(owner.email());
        if (sender.role() == Role.OBSERVER) {
            throw new Refusal("observers can send apologies only");
        }
        if (!owner.email().equals(sender.email()) && !sender.role().runsTheGroup()) {
            throw new Refusal("members can create action items for themselves only; write 'ACTION: I will …'");
        }
        String id = tx.actions().create(group.id(), c.title(), owner.email(), c.due(), meetingId, now, source);
        resolved.action(id);
        tell(owner.email(), id, "New action item for you: " + id + " " + c.title(), List.of(sender.name()
                + " gave you a new action item, " + id + ": " + c.title()
                + (c.due() == null ? "" : ", due " + DisplayFormats.date(c.due())) + ".",
                "To update it, reply with its id and the change, e.g. \"" + id + " done\"."));
        return List.of(id + " created: " + c.title() + " (owner " + owner.name()
                + (c.due() == null ? "" : ", due " + DisplayFormats.date(c.due())) + ")");
    }

    List<String> actionUpdate(Command.ActionUpdate c, Resolved.Builder resolved) {
        resolved.action(c.action());
        ActionItem item = tx.actions().find(group.id(), c.action())
                .or(() -> choice.flatMap(id -> tx.actions().find(group.id(), id)))
                .orElseThrow(() -> unknown(c));
        resolved.action(item.id());
        if (!item.owner().equals(sender.email()) && !sender.role().runsTheGroup()) {
            throw new Refusal(c.action() + " belongs to " + nameOf(item.owner())
                    + "; only its owner, chairs and staff can update it");
        }
        String owner = item.owner();
        if (c.owner() != null) {
            owner = directory.resolve(c.owner(), sender).email();
            resolved.owner(owner);
        }
        ActionStatus status = c.status() == null ? item.status() : c.status();
        LocalDate due = c.due() == null ? item.due() : c.due();
        List<String> changes = new ArrayList<>();
        if (status != item.status()) {
            changes.add(item.id() + " is now " + status.id() + " (was " + item.status().id() + "): " + item.title());
        }
        if (due != null && !due.equals(item.due())) {
            changes.add(item.id() + " is due " + DisplayFormats.date(due));
        }
        if (!owner.equals(item.owner())) {
            changes.add(item.id() + " now belongs to " + nameOf(owner) + " (was " + nameOf(item.owner()) + ")");
        }
        if (!changes.isEmpty()) {
            tx.actions().update(group.id(), item.with(status, due, owner), now);
        }
        if (c.note() != null && !c.note().isBlank()) {
            tx.actions().addNote(group.id(), item.id(), c.note(), sender.email(), now);
            changes.add(item.id() + " note: " + c.note());
        }
        tellOwners(item, owner, status, c.note());
        if (changes.isEmpty()) {
            changes.add(item.id() + " unchanged: it is already " + item.status().id());
        }
        return changes;
    }

    /** An owner hears when someone else gives their item away, gives them one, or closes theirs. */
    private void tellOwners(ActionItem item, String owner, ActionStatus status, String note) {
        String said = note == null || note.isBlank() ? "" : " " + sender.name() + " wrote: \"" + note + "\"";
        if (!owner.equals(item.owner())) {
            tell(owner, item.id(), item.id() + " is now yours: " + item.title(), List.of(sender.name()
                    + " gave you " + item.id() + ", " + item.title() + " (it was " + nameOf(item.owner()) + "'s)."
                    + said));
            tell(item.owner(), item.id(), item.id() + " is now " + nameOf(owner) + "'s: " + item.title(),
                    List.of(sender.name() + " gave " + item.id() + ", " + item.title() + ", to " + nameOf(owner)
                            + "; it is no longer yours." + said));
        } else if (status != item.status() && !status.isOpen()) {
            tell(owner, item.id(), item.id() + " is " + status.id() + ": " + item.title(), List.of(sender.name()
                    + " marked your action item " + item.id() + ", " + item.title() + ", " + status.id() + "." + said));
        }
    }

    /**
     * An unknown item id: a question when the words after it match open items' titles ("A9 done: progress report"
     * when A1 is the progress report), else a refusal naming the closest ids.
     */
    private Refusal unknown(Command.ActionUpdate c) {
        String message = "there is no action item " + c.action() + "; " + closestActions(c.action());
        List<ActionItem> byTitle = titled(c.note());
        if (byTitle.isEmpty()) {
            return new Refusal(message);
        }
        return new Ambiguity(message, "There is no action item " + c.action() + ", but your words match "
                + (byTitle.size() == 1 ? "this one" : "these"),
                byTitle.stream().map(a -> new Choice(a.id(), a.id() + " " + a.title() + " (" + nameOf(a.owner()) + ")"))
                        .toList());
    }

    /** The open items whose titles hold the most of these words (of four letters or more), at most three. */
    private List<ActionItem> titled(String words) {
        if (words == null || words.isBlank()) {
            return List.of();
        }
        List<String> significant = java.util.Arrays.stream(words.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 4).distinct().toList();
        java.util.Map<ActionItem, Long> scores = new java.util.LinkedHashMap<>();
        for (ActionItem open : tx.actions().open(group.id())) {
            String title = open.title().toLowerCase(java.util.Locale.ROOT);
            scores.put(open, significant.stream().filter(title::contains).count());
        }
        long best = scores.values().stream().mapToLong(Long::longValue).max().orElse(0);
        if (best < Math.min(2, significant.size()) || best == 0) {
            return List.of();
        }
        return scores.entrySet().stream().filter(e -> e.getValue() == best).map(java.util.Map.Entry::getKey).limit(3)
                .toList();
    }

    private String closestActions(String wanted) {
        List<ActionItem> open = tx.actions().open(group.id());
        if (open.isEmpty()) {
            return "there are no open action items";
        }
        int number = parseNumber(wanted);
        List<ActionItem> closest = open.stream()
                .sorted(java.util.Comparator.comparingInt(a -> Math.abs(a.number() - number))).limit(3).toList();
        return "closest open items: " + String.join(", ", closest.stream().map(a -> a.id() + " " + a.title()).toList());
    }

    private static int parseNumber(String id) {
        try {
            return Integer.parseInt(id.replaceAll("\\D", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
