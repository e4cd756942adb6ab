package org.plenary.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.plenary.group.GroupDefinition;
import org.plenary.group.Member;
import org.plenary.intake.InboundEmail;
import org.plenary.notify.GroupView;
import org.plenary.notify.HelpModel;
import org.plenary.notify.MeetingView;
import org.plenary.notify.PlenaryMessageIds;
import org.plenary.notify.RenderedEmail;
import org.plenary.notify.ReplyExamples;
import org.plenary.notify.ReplyModel;
import org.plenary.notify.StatusModel;
import org.plenary.notify.TemplateRenderer;
import org.plenary.notify.Views;
import org.plenary.store.Meeting;
import org.plenary.store.OutboxEmail;
import org.plenary.store.StoreTransaction;

/**
 * Writes the answer to an email into the outbox, in the email's transaction: to the sender only,
 * threaded to the original, marked auto-replied. Thread-safe.
 */
public final class Replies {
    private final TemplateRenderer renderer;

    public Replies(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    public void confirmation(StoreTransaction tx, GroupDefinition group, InboundEmail email, Member to,
                             List<String> changes, List<String> errors, String ref, Instant now) {
        ReplyModel model = new ReplyModel(GroupView.of(group), to.name(), subjectOf(email),
                changes, errors, List.of());
        send(tx, group, email, to, "confirmation", ref, renderer.render("confirmation", model), now);
    }

    public void error(StoreTransaction tx, GroupDefinition group, InboundEmail email, Member to, List<String> errors,
                      List<String> suggestions, Instant now) {
        ReplyModel model = new ReplyModel(GroupView.of(group), to.name(), subjectOf(email),
                List.of(), errors, suggestions);
        send(tx, group, email, to, "error", null, renderer.render("error", model), now);
    }

    /** To staff: an email could not be processed after several attempts and was set aside. */
    public void failureNotice(StoreTransaction tx, GroupDefinition group, InboundEmail email, Member to, String error,
                              Instant now) {
        ReplyModel model = new ReplyModel(GroupView.of(group), to.name(), subjectOf(email), List.of(),
                List.of("An email from " + email.from() + " (" + email.dedupeKey() + ") could not be processed and was"
                        + " moved to the failure folder: " + error),
                List.of("See /api/emails for the raw message; fix the data and send it again."));
        RenderedEmail rendered = renderer.render("error", model);
        String messageId = PlenaryMessageIds.create(PlenaryMessageIds.NO_REF, "error", group.domain(),
                email.dedupeKey() + "/failure/" + to.email());
        tx.outbox().add(OutboxEmail.of(group.id(), messageId, "error", null, List.of(to.email()),
                "[" + group.tag() + "] Email set aside: " + subjectOf(email), rendered.text(), rendered.html(), null,
                null, null, List.of(), "auto-generated"), now);
    }

    public void help(StoreTransaction tx, GroupDefinition group, InboundEmail email, Member to, Instant now) {
        HelpModel model = new HelpModel(GroupView.of(group), to.name(), to.role().id(),
                subjectOf(email), ReplyExamples.of(tx, group, to.email(), now));
        send(tx, group, email, to, "help", null, renderer.render("help", model), now);
    }

    public void status(StoreTransaction tx, GroupDefinition group, InboundEmail email, Member to, Instant now) {
        Views views = new Views(group, tx, now);
        List<MeetingView> next = new ArrayList<>();
        for (Meeting meeting : tx.meetings().between(group.id(), now, now.plus(java.time.Duration.ofDays(28)))) {
            if (meeting.isLive() && meeting.attendedBy(to.role()) && next.size() < 4) {
                next.add(views.meeting(meeting));
            }
        }
        StatusModel model = new StatusModel(views.group(), to.name(), subjectOf(email), views.openActionsOf(to.email()),
                next);
        send(tx, group, email, to, "status", null, renderer.render("status", model), now);
    }

    private void send(StoreTransaction tx, GroupDefinition group, InboundEmail email, Member to, String purpose,
                      String ref, RenderedEmail rendered, Instant now) {
        String messageId = PlenaryMessageIds.create(ref == null ? PlenaryMessageIds.NO_REF : ref, purpose,
                group.domain(), email.dedupeKey() + "/" + purpose);
        List<String> references = new ArrayList<>(email.references());
        if (email.messageId() != null && !references.contains(email.messageId())) {
            references.add(email.messageId());
        }
        // Long reference chains are trimmed from the middle, as RFC 5322 suggests, keeping the first and the last.
        while (references.size() > 12) {
            references.remove(1);
        }
        OutboxEmail reply = OutboxEmail.of(group.id(), messageId, purpose, ref, List.of(to.email()),
                subjectFor(group, rendered.subject(), ref), rendered.text(), rendered.html(), null, null,
                email.messageId(), references,
                "auto-replied");
        tx.outbox().add(reply, now);
    }

    /**
     * A reply about one action item carries it in the subject tag ("[SSR2 A7]"), so that answering it with a bare
     * "done" updates that item (PRODUCT.md 4: "[SSR2 A7]" in the subject with "done" in the body).
     */
    private static String subjectFor(GroupDefinition group, String subject, String ref) {
        String tag = "[" + group.tag() + "]";
        if (ref != null && ref.matches("A\\d+") && subject.contains(tag)) {
            return subject.replace(tag, "[" + group.tag() + " " + ref + "]");
        }
        return subject;
    }

    private static String subjectOf(InboundEmail email) {
        return email.subject() == null || email.subject().isBlank() ? "(no subject)" : email.subject();
    }
}
