package org.plenary.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.plenary.correlation.MessageIds;
import org.plenary.correlation.Purpose;
import org.plenary.correlation.ReplyThread;
import org.plenary.correlation.SubjectTag;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;
import org.plenary.intake.InboundEmail;
import org.plenary.notify.GroupView;
import org.plenary.notify.HeldModel;
import org.plenary.notify.HelpModel;
import org.plenary.notify.MeetingView;
import org.plenary.notify.MailDraft;
import org.plenary.notify.NoticeModel;
import org.plenary.notify.QuestionModel;
import org.plenary.notify.RenderedEmail;
import org.plenary.notify.ReplyExamples;
import org.plenary.notify.ReplyModel;
import org.plenary.notify.StatusModel;
import org.plenary.notify.TemplateRenderer;
import org.plenary.notify.Views;
import org.plenary.store.Meeting;
import org.plenary.store.StoreTransaction;

/**
 * Writes the answer to an email into the outbox, in the email's transaction: to the sender only,
 * threaded to the original, marked auto-replied. Thread-safe.
 */
public final class Replies {
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final TemplateRenderer renderer;
    private final FeedLinks feedLinks;

    public Replies(TemplateRenderer renderer) {
        this(renderer, FeedLinks.NONE);
    }

    /** @param feedLinks the personal calendar feed the STATUS reply gives its sender */
    public Replies(TemplateRenderer renderer, FeedLinks feedLinks) {
        this.renderer = renderer;
        this.feedLinks = feedLinks;
    }

    public void confirmation(StoreTransaction tx, GroupDefinition group, InboundEmail email, Member to,
                             List<String> changes, List<String> errors, String ref, Instant now) {
        ReplyModel model = new ReplyModel(GroupView.of(group), to.name(), subjectOf(email),
                changes, errors, List.of());
        send(tx, group, email, to, Purpose.CONFIRMATION, ref, renderer.render("confirmation", model), now);
    }

    /**
     * Instead of one confirmation too many: the email was applied, and its confirmation and the next ones this
     * hour come together in one round-up at {@code until}.
     */
    public void roundUpNotice(StoreTransaction tx, GroupDefinition group, InboundEmail email, Member to,
                              Instant until, Instant now) {
        String when = org.plenary.notify.DisplayFormats.longDateTime(until, group.timezone());
        ReplyModel model = new ReplyModel(GroupView.of(group), to.name(), subjectOf(email),
                List.of("Your email was applied. Plenary confirmed many emails from you this hour, so what this one"
                        + " and your next ones change until " + when + " is gathered into one round-up then."),
                List.of(), List.of());
        send(tx, group, email, to, Purpose.CONFIRMATION, null, renderer.render("confirmation", model), now);
    }

    /**
     * The round-up of confirmations held back: what the emails {@code sources} changed, in one email that waits
     * in the outbox until {@code until}; {@code waiting} is the round-up written so far, which it replaces.
     */
    public void roundUp(StoreTransaction tx, GroupDefinition group, Member to, List<String> sources,
                        List<String> changes, java.util.Optional<org.plenary.store.OutboxEmail> waiting, Instant until,
                        Instant now) {
        ReplyModel model = new ReplyModel(GroupView.of(group), to.name(), "your emails", changes, List.of(),
                List.of());
        RenderedEmail rendered = renderer.render("confirmation", model);
        if (waiting.isPresent()) {
            tx.outbox().revise(waiting.get().outboxNo(), rendered.text(), rendered.html(), sources);
            return;
        }
        String when = org.plenary.notify.DisplayFormats.longDateTime(until, group.timezone());
        tx.outbox().add(MailDraft.of(group, Purpose.CONFIRMATION).to(List.of(to.email())).content(rendered)
                .subject(SubjectTag.of(group.tag()) + " Round-up: what your emails changed until " + when)
                .answering(new ReplyThread(null, sources))
                .idSeed(sources.get(0) + "/round-up").build(), now, until);
    }

    /** @param lastNote said when this is the last reply the loop limit allows for a while, else null */
    public void error(StoreTransaction tx, GroupDefinition group, InboundEmail email, Member to, List<String> errors,
                      List<String> suggestions, String lastNote, Instant now) {
        ReplyModel model = new ReplyModel(GroupView.of(group), to.name(), subjectOf(email),
                List.of(), errors, suggestions, lastNote);
        send(tx, group, email, to, Purpose.ERROR, null, renderer.render("error", model), now);
    }

    /** To staff: an email could not be processed after several attempts and was set aside. */
    public void failureNotice(StoreTransaction tx, GroupDefinition group, InboundEmail email, Member to, String error,
                              Instant now) {
        ReplyModel model = new ReplyModel(GroupView.of(group), to.name(), subjectOf(email), List.of(),
                List.of("An email from " + email.from() + " (" + email.dedupeKey() + ") could not be processed and was"
                        + " moved to the failure folder: " + error),
                List.of("See /api/emails for the raw message; fix the data and send it again."));
        RenderedEmail rendered = renderer.render("error", model);
        tx.outbox().add(MailDraft.of(group, Purpose.ERROR).to(List.of(to.email())).content(rendered)
                .subject(SubjectTag.of(group.tag()) + " Email set aside: " + subjectOf(email))
                .idSeed(email.dedupeKey() + "/failure/" + to.email()).build(), now);
    }

    /**
     * The question about a held email, to the From address it came from and no other (not even the member's
     * usual address: whoever holds that From address is the one asked). Its Message-ID is {@code questionId},
     * which carries the token a confirmation must answer.
     */
    public void held(StoreTransaction tx, GroupDefinition group, InboundEmail email, Member to, List<String> changes,
                     List<String> errors, String questionId, String expiresIn, Instant now) {
        HeldModel model = new HeldModel(GroupView.of(group), to.name(), subjectOf(email), changes, errors, expiresIn);
        RenderedEmail rendered = renderer.render("held", model);
        tx.outbox().add(MailDraft.of(group, Purpose.HELD).to(List.of(email.sender())).content(rendered)
                .answering(ReplyThread.answering(email.messageId(), email.references()))
                .messageId(questionId).build(), now);
    }

    /**
     * The question about an email that could mean more than one meeting, to the sender alone (even when the email
     * came through the list). Its Message-ID is {@code questionId}, carrying the token an answer must reply to.
     */
    public void question(StoreTransaction tx, GroupDefinition group, InboundEmail email, Member to, String doubt,
                         List<String> choices, String questionId, String expiresIn, String lastNote, Instant now) {
        QuestionModel model = new QuestionModel(GroupView.of(group), to.name(), subjectOf(email), doubt, choices,
                expiresIn, lastNote);
        tx.outbox().add(MailDraft.of(group, Purpose.HELD).to(List.of(email.sender())).content(renderer.render(
                        "question", model))
                .answering(ReplyThread.answering(email.messageId(), email.references()))
                .messageId(questionId).build(), now);
    }

    /**
     * A notice to the people a change concerns, who did not make it: about {@code ref} (a meeting or action id, so
     * a reply to it is read in that thread), marked auto-generated; {@code seed} makes its Message-ID.
     */
    public void notice(StoreTransaction tx, GroupDefinition group, List<Member> to, String ref, String headline,
                       List<String> lines, List<String> followUps, String seed, Instant now) {
        NoticeModel model = new NoticeModel(GroupView.of(group), to.size() == 1 ? to.get(0).name() : null, headline,
                lines, followUps);
        tx.outbox().add(MailDraft.of(group, Purpose.NOTICE).about(ref).to(to.stream().map(Member::email).toList())
                .content(renderer.render("notice", model)).idSeed(seed).build(), now);
    }

    public void help(StoreTransaction tx, GroupDefinition group, InboundEmail email, Member to, String lastNote,
                     Instant now) {
        HelpModel model = new HelpModel(GroupView.of(group), to.name(), to.role().id(),
                subjectOf(email), ReplyExamples.of(tx, group, to.email(), now), lastNote);
        send(tx, group, email, to, Purpose.HELP, null, renderer.render("help", model), now);
    }

    public void status(StoreTransaction tx, GroupDefinition group, InboundEmail email, Member to, String lastNote,
                       Instant now) {
        Views views = new Views(group, tx, now);
        List<MeetingView> next = new ArrayList<>();
        for (Meeting meeting : tx.meetings().between(group.id(), now, now.plus(java.time.Duration.ofDays(28)))) {
            if (meeting.isLive() && meeting.attendedBy(to.role()) && next.size() < 4) {
                next.add(views.meeting(meeting));
            }
        }
        StatusModel model = new StatusModel(views.group(), to.name(), subjectOf(email), views.openActionsOf(to.email()),
                next, feedLinks.of(tx, group, to, now), lastNote);
        send(tx, group, email, to, Purpose.STATUS, null, renderer.render("status", model), now);
    }

    private void send(StoreTransaction tx, GroupDefinition group, InboundEmail email, Member to, Purpose purpose,
                      String ref, RenderedEmail rendered, Instant now) {
        MailDraft draft = MailDraft.of(group, purpose).about(ref).to(List.of(to.email())).content(rendered)
                .subject(SubjectTag.naming(rendered.subject(), group.tag(), ref))
                .answering(ReplyThread.answering(email.messageId(), email.references()))
                // An email replayed by staff is answered again, with an id of its own.
                .idSeed(email.dedupeKey() + "/" + purpose.id() + "/" + now.toEpochMilli());
        if (purpose == Purpose.CONFIRMATION) {
            // A reply UNDO must answer this very email: an id nobody can work out from the original's (which the
            // list may have shown) means only the sender's own mailbox can undo the change.
            draft.messageId(MessageIds.create(ref == null ? MessageIds.NO_REF : ref, purpose, group.domain(), RANDOM));
        }
        tx.outbox().add(draft.build(), now);
    }

    private static String subjectOf(InboundEmail email) {
        return email.subject() == null || email.subject().isBlank() ? "(no subject)" : email.subject();
    }
}
