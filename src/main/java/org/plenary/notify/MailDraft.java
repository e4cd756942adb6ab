package org.plenary.notify;

import java.util.List;
import java.util.Objects;
import org.plenary.correlation.MessageIds;
import org.plenary.correlation.Purpose;
import org.plenary.correlation.ReplyThread;
import org.plenary.group.GroupDefinition;
import org.plenary.store.OutboxEmail;

/**
 * One new outbox row, built field by field: every email Plenary sends (replies, announcements, failure notices)
 * is drafted here, so each has a Message-ID of {@link MessageIds} and the same defaults. An email is
 * auto-generated and starts no thread unless it is said to answer one. Not thread-safe: a draft is one caller's.
 *
 * <pre>{@code
 * OutboxEmail row = MailDraft.of(group, Purpose.CONFIRMATION).about("A7").to(List.of(address))
 *         .content(rendered).answering(ReplyThread.answering(id, references)).idSeed(key).build();
 * }</pre>
 */
public final class MailDraft {
    private final String groupId;
    private final String domain;
    private final Purpose purpose;
    private String ref;
    private List<String> recipients = List.of();
    private String subject;
    private String text;
    private String html;
    private String calendar;
    private String calendarMethod;
    private ReplyThread thread = ReplyThread.NONE;
    private String autoSubmitted = "auto-generated";
    private String idSeed;
    private String messageId;

    private MailDraft(GroupDefinition group, Purpose purpose) {
        this.groupId = group.id();
        this.domain = group.domain();
        this.purpose = purpose;
    }

    public static MailDraft of(GroupDefinition group, Purpose purpose) {
        return new MailDraft(group, purpose);
    }

    /** The meeting or action id the email is about (its Message-ID and trace header carry it); null for none. */
    public MailDraft about(String ref) {
        this.ref = ref;
        return this;
    }

    public MailDraft to(List<String> recipients) {
        this.recipients = List.copyOf(recipients);
        return this;
    }

    /** The rendered subject, text and HTML. */
    public MailDraft content(RenderedEmail rendered) {
        this.subject = rendered.subject();
        this.text = rendered.text();
        this.html = rendered.html();
        return this;
    }

    /** A subject other than the rendered one; call after {@link #content}. */
    public MailDraft subject(String subject) {
        this.subject = subject;
        return this;
    }

    /** An invitation: iCalendar text and its method, REQUEST or CANCEL. */
    public MailDraft calendar(String calendar, String method) {
        this.calendar = calendar;
        this.calendarMethod = method;
        return this;
    }

    /** An answer to someone's email: threaded under it and marked auto-replied (RFC 3834). */
    public MailDraft answering(ReplyThread thread) {
        this.thread = thread;
        this.autoSubmitted = "auto-replied";
        return this;
    }

    /**
     * What makes this email unique, from which its Message-ID is derived: drafting the same email twice gives
     * the same id, so receivers dedupe it.
     */
    public MailDraft idSeed(String seed) {
        this.idSeed = seed;
        return this;
    }

    /** A Message-ID made elsewhere, instead of one derived from a seed: a held question's carries its token. */
    public MailDraft messageId(String messageId) {
        this.messageId = messageId;
        return this;
    }

    public OutboxEmail build() {
        String messageId = this.messageId != null ? this.messageId : MessageIds.create(
                ref == null ? MessageIds.NO_REF : ref, purpose, domain,
                Objects.requireNonNull(idSeed, "an outgoing email needs an id seed"));
        return OutboxEmail.of(groupId, messageId, purpose.id(), ref, recipients, subject, text, html, calendar,
                calendarMethod, thread.inReplyTo(), thread.references(), autoSubmitted);
    }
}
