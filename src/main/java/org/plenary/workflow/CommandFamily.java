package org.plenary.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;
import org.plenary.group.Role;
import org.plenary.store.Meeting;
import org.plenary.store.StoreTransaction;

/**
 * What every family of commands shares: the group, the open transaction, the sender and the thread, and the
 * checks of role and meeting state that turn into a {@link Refusal}.
 */
abstract class CommandFamily {
    protected final GroupDefinition group;
    protected final StoreTransaction tx;
    protected final Directory directory;
    protected final MeetingFinder finder;
    protected final GatheredChanges notices;
    protected final Instant now;
    protected final Member sender;
    protected final Optional<String> thread;
    protected final String source;
    protected final PeopleToTell told;
    /** The meeting or action item the sender chose in answer to Plenary's question about this email, if any. */
    protected final Optional<String> choice;

    CommandFamily(Circumstances at) {
        this.group = at.group();
        this.tx = at.tx();
        this.directory = at.directory();
        this.finder = new MeetingFinder(at.group().id(), at.group().timezone(), at.tx().meetings(), at.now())
                .choosing(at.choice());
        this.notices = at.notices();
        this.now = at.now();
        this.sender = at.sender();
        this.thread = at.thread();
        this.source = at.source();
        this.told = at.told();
        this.choice = at.choice();
    }

    final String nameOf(String email) {
        return directory.byAddress(email).map(Member::name).orElse(email);
    }

    /** Tells {@code to} of a change, unless it is the sender's own: they have their confirmation. */
    final void tell(List<Member> to, String ref, String headline, List<String> lines, List<String> followUps) {
        List<Member> others = to.stream().filter(m -> !m.email().equals(sender.email())).toList();
        told.add(new PeopleToTell.Notice(others, ref, headline, lines, followUps));
    }

    /** Tells one member, by address, of a change someone else made; nobody when the address is no member's. */
    final void tell(String email, String ref, String headline, List<String> lines) {
        directory.byAddress(email).ifPresent(m -> tell(List.of(m), ref, headline, lines, List.of()));
    }

    final void noticeAgendaChange(String meetingId, String what) {
        tx.meetings().find(group.id(), meetingId).ifPresent(m -> notices.changed(m, m, what));
    }

    final void requireRole(String what, Role... allowed) {
        if (!List.of(allowed).contains(sender.role())) {
            throw new Refusal("only " + String.join(" and ", List.of(allowed).stream().map(r -> r.id() + "s").toList())
                    + " can " + what + "; " + sender.name() + " is " + article(sender.role()) + " " + sender.role().id());
        }
    }

    final void requireUpcoming(Meeting meeting) {
        if (!meeting.isLive()) {
            throw new Refusal(finder.describe(meeting) + " " + MeetingFinder.gone(meeting)
                    + "; it cannot be changed any more");
        }
        if (meeting.end().isBefore(now)) {
            throw new Refusal(finder.describe(meeting) + " is over already");
        }
    }

    static String article(Role role) {
        return role == Role.OBSERVER ? "an" : "a";
    }
}
