package org.plenary.workflow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.plenary.group.Member;
import org.plenary.language.Command;
import org.plenary.store.Apology;
import org.plenary.store.Meeting;

/** Apologies and their withdrawal, for oneself or (chairs and staff) for someone else. */
final class ApologyCommands extends CommandFamily {
    ApologyCommands(Circumstances at) {
        super(at);
    }

    List<String> apology(Command.Apology c, Resolved.Builder resolved) {
        Member absent = absentee(c.member());
        resolved.member(absent.email());
        List<Meeting> meetings = finder.many(c.meeting(), thread, absent);
        resolved.meetings(meetings.stream().map(Meeting::id).toList());
        if (meetings.size() > 1) {
            meetings = meetings.stream().filter(m -> m.end().isAfter(now)).toList();
        }
        if (meetings.size() == 1 && meetings.get(0).end().isBefore(now)) {
            throw new Refusal(finder.describe(meetings.get(0)) + " is over already");
        }
        resolved.meetings(meetings.stream().map(Meeting::id).toList());
        List<String> changes = new ArrayList<>();
        for (Meeting meeting : meetings) {
            boolean saved = tx.apologies().save(group.id(), new Apology(meeting.id(), absent.email(), c.reason(), now, source,
                    c.partial()));
            changes.add((saved ? "Apologies recorded" : "Apologies already recorded") + (c.partial() ? " (for part of the meeting)" : "")
                    + " from " + absent.name()
                    + " for " + finder.describe(meeting) + (c.reason() == null ? "" : " (" + c.reason() + ")"));
        }
        return changes;
    }

    List<String> withdraw(Command.ApologyWithdrawn c, Resolved.Builder resolved) {
        Member absent = absentee(c.member());
        resolved.member(absent.email());
        List<Meeting> meetings;
        if (c.meeting().isUnspecified() && thread.isEmpty()) {
            // "I can make it after all": the next meeting they apologised for, rather than just the next one.
            meetings = tx.meetings().between(group.id(), now, now.plus(Duration.ofDays(400))).stream()
                    .filter(m -> tx.apologies().exists(group.id(), m.id(), absent.email())).limit(1).toList();
            if (meetings.isEmpty()) {
                throw new Refusal(absent.name() + " has no apologies recorded for upcoming meetings");
            }
        } else {
            meetings = finder.many(c.meeting(), thread, absent);
        }
        resolved.meetings(meetings.stream().map(Meeting::id).toList());
        List<String> changes = new ArrayList<>();
        for (Meeting meeting : meetings) {
            if (tx.apologies().withdraw(group.id(), meeting.id(), absent.email())) {
                changes.add("Apologies withdrawn: " + absent.name() + " will attend " + finder.describe(meeting));
            } else if (!c.quiet()) {
                throw new Refusal(absent.name() + " had sent no apologies for " + finder.describe(meeting));
            }
        }
        return changes;
    }

    private Member absentee(String words) {
        Member absent = directory.resolve(words, sender);
        if (!absent.email().equals(sender.email()) && !sender.role().runsTheGroup()) {
            throw new Refusal("only chairs and staff can send apologies on behalf of someone else");
        }
        return absent;
    }
}
