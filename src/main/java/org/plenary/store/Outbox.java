package org.plenary.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Outgoing mail, written in the transaction of the change that caused it and delivered by the outbound route. One for
 * its transaction: the emails of a purpose to a recipient that {@link #numbersSince} read are kept for the rest of it
 * (a batch of emails asks for its senders' recent error and help replies with every email), added to by {@link #add}.
 * Not thread-safe, like its transaction.
 */
public final class Outbox {
    private final Handle handle;
    /** By group, purpose and recipients: the emails written since a time, as {@link #numbersSince} read them. */
    private final Map<String, Written> written = new HashMap<>();

    /** An email's number and when it was written. */
    private record Numbered(long outboxNo, Instant createdAt) {
    }

    /** The emails written since {@code since}, in no particular order. */
    private record Written(Instant since, List<Numbered> emails) {
        List<Long> since(Instant from) {
            List<Long> found = new ArrayList<>();
            for (Numbered email : emails) {
                if (!email.createdAt().isBefore(from)) {
                    found.add(email.outboxNo());
                }
            }
            return found;
        }
    }

    Outbox(Handle handle) {
        this.handle = handle;
    }

    public long add(OutboxEmail email, Instant now) {
        return add(email, now, now);
    }

    /** An email written now but sent no earlier than {@code notBefore}; {@link #revise} may still change it. */
    public long add(OutboxEmail email, Instant now, Instant notBefore) {
        long outboxNo = handle.createUpdate("""
                INSERT INTO outbox (group_id, message_id, purpose, ref, recipients, subject, text_body, html_body,
                       calendar, calendar_method, in_reply_to, reference_ids, auto_submitted, created_at, attempts,
                       next_attempt_at)
                VALUES (:g, :mid, :purpose, :ref, :to, :subject, :text, :html, :cal, :method, :irt, :refs, :auto,
                       :now, 0, :later)""")
                .bind("g", email.groupId()).bind("mid", email.messageId()).bind("purpose", email.purpose())
                .bind("ref", email.ref()).bind("to", Columns.join(email.recipients())).bind("subject", email.subject())
                .bind("text", email.text()).bind("html", email.html()).bind("cal", email.calendar())
                .bind("method", email.calendarMethod()).bind("irt", email.inReplyTo())
                .bind("refs", String.join(" ", email.references())).bind("auto", email.autoSubmitted())
                .bind("now", Columns.utc(now)).bind("later", Columns.utc(notBefore))
                .executeAndReturnGeneratedKeys("outbox_no").mapTo(Long.class).one();
        Written kept = written.get(key(email.groupId(), email.purpose(), Columns.join(email.recipients())));
        if (kept != null && !now.isBefore(kept.since())) {
            kept.emails().add(new Numbered(outboxNo, now));
        }
        return outboxNo;
    }

    /** Emails whose next attempt is due, oldest first. */
    public List<OutboxEmail> due(Instant now, int limit) {
        // The index finds the numbers; only the rows sent now are read (a backlog's thousands waiting are not).
        return handle.createQuery("""
                SELECT * FROM outbox WHERE outbox_no IN (
                    SELECT outbox_no FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= :now
                    ORDER BY next_attempt_at, outbox_no LIMIT :limit)
                ORDER BY next_attempt_at, outbox_no""")
                .bind("now", Columns.utc(now)).bind("limit", limit).map((row, ctx) -> email(row)).list();
    }

    public Optional<OutboxEmail> find(long outboxNo) {
        return handle.createQuery("SELECT * FROM outbox WHERE outbox_no = :n").bind("n", outboxNo)
                .map((row, ctx) -> email(row)).findOne();
    }

    public List<OutboxEmail> recent(String groupId, int limit) {
        return handle.createQuery("SELECT * FROM outbox WHERE group_id = :g ORDER BY outbox_no DESC LIMIT :limit")
                .bind("g", groupId).bind("limit", limit).map((row, ctx) -> email(row)).list();
    }

    /** Plenary's email of this Message-ID, if it is one of this group's. */
    public Optional<OutboxEmail> byMessageId(String groupId, String messageId) {
        return handle.createQuery("SELECT * FROM outbox WHERE group_id = :g AND message_id = :m")
                .bind("g", groupId).bind("m", messageId).map((row, ctx) -> email(row)).findOne();
    }

    /** How many emails of this purpose were written to this one recipient since {@code since}: read from an index. */
    public int countSince(String groupId, String purpose, String recipient, Instant since) {
        return handle.createQuery("""
                SELECT COUNT(*) FROM outbox WHERE group_id = :g AND purpose = :p AND recipients = :to AND created_at >= :since""")
                .bind("g", groupId).bind("p", purpose).bind("to", recipient).bind("since", Columns.utc(since))
                .mapTo(Integer.class).one();
    }

    /**
     * The numbers of the group's emails of this purpose to exactly this recipient written since then. One statement per
     * purpose: H2 keeps no parsed {@code UNION ALL} of two, and reads every email to the recipient for a
     * {@code purpose IN (…)}. Read once a transaction for a recipient, unless asked for an earlier time.
     */
    public List<Long> numbersSince(String groupId, String purpose, String recipient, Instant since) {
        String key = key(groupId, purpose, recipient);
        Written kept = written.get(key);
        if (kept == null || since.isBefore(kept.since())) {
            kept = new Written(since, new ArrayList<>(handle.createQuery("""
                    SELECT outbox_no, created_at FROM outbox WHERE group_id = :g AND purpose = :p AND recipients = :to
                           AND created_at >= :since""")
                    .bind("g", groupId).bind("p", purpose).bind("to", recipient).bind("since", Columns.utc(since))
                    .map((row, ctx) -> new Numbered(row.getLong("outbox_no"), Columns.instant(row, "created_at")))
                    .list()));
            written.put(key, kept);
        }
        return kept.since(since);
    }

    /** Reads the emails again next time: what was written since may have been taken back. */
    void forget() {
        written.clear();
    }

    private static String key(String groupId, String purpose, String recipients) {
        return groupId + '\u0000' + purpose + '\u0000' + recipients;
    }

    /** The text of an email, as written (or last revised). */
    public Optional<String> text(long outboxNo) {
        return handle.createQuery("SELECT text_body FROM outbox WHERE outbox_no = :n").bind("n", outboxNo)
                .mapTo(String.class).findOne();
    }

    /**
     * An email of this purpose to exactly this recipient, written to go out later and not yet due. "Later" is read
     * from the row itself (due after it was written), not from the clock alone: a clock set back (a restart with
     * PLENARY_NOW) must not make an ordinary email written a moment ago look like one that waits.
     */
    public Optional<OutboxEmail> waiting(String groupId, String purpose, String recipient, Instant now) {
        return handle.createQuery("""
                SELECT * FROM outbox WHERE group_id = :g AND purpose = :p AND recipients = :to AND sent_at IS NULL
                AND attempts = 0 AND next_attempt_at > created_at AND next_attempt_at > :now
                ORDER BY outbox_no LIMIT 1""")
                .bind("g", groupId).bind("p", purpose).bind("to", recipient).bind("now", Columns.utc(now))
                .map((row, ctx) -> email(row)).findOne();
    }

    /** Rewrites an email that is still waiting to go out (a round-up that gathered one more change). */
    public void revise(long outboxNo, String text, String html, List<String> references) {
        handle.createUpdate("""
                UPDATE outbox SET text_body = :text, html_body = :html, reference_ids = :refs
                WHERE outbox_no = :n AND sent_at IS NULL""")
                .bind("n", outboxNo).bind("text", text).bind("html", html).bind("refs", String.join(" ", references))
                .execute();
    }

    public int pending() {
        return handle.createQuery("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").mapTo(Integer.class).one();
    }

    /** Emails still waiting after at least one failed attempt. */
    public int retrying() {
        return handle.createQuery("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND attempts > 0").mapTo(Integer.class).one();
    }

    /** The oldest email still waiting, if any: how long SMTP has been failing and why. */
    public Optional<OutboxEmail> oldestPending() {
        return handle.createQuery("""
                SELECT * FROM outbox WHERE outbox_no = (SELECT MIN(outbox_no) FROM outbox WHERE sent_at IS NULL)""")
                .map((row, ctx) -> email(row)).findOne();
    }

    /** The email of the group sent with {@code messageId}, if it is one of Plenary's. */
    public Optional<OutboxEmail> sent(String groupId, String messageId) {
        return handle.createQuery("SELECT * FROM outbox WHERE group_id = :g AND message_id = :m")
                .bind("g", groupId).bind("m", messageId).map((row, ctx) -> email(row)).findOne();
    }

    public Optional<String> refOfMessage(String groupId, String messageId) {
        return handle.createQuery("SELECT ref FROM outbox WHERE group_id = :g AND message_id = :m")
                .bind("g", groupId).bind("m", messageId).mapTo(String.class).findOne();
    }

    public void markSent(long outboxNo, Instant now) {
        handle.createUpdate("UPDATE outbox SET sent_at = :now, attempts = attempts + 1, last_error = NULL WHERE outbox_no = :n")
                .bind("n", outboxNo).bind("now", Columns.utc(now)).execute();
    }

    public void markFailed(long outboxNo, String error, Instant nextAttempt) {
        handle.createUpdate("""
                UPDATE outbox SET attempts = attempts + 1, last_error = :e, next_attempt_at = :next WHERE outbox_no = :n""")
                .bind("n", outboxNo).bind("e", error).bind("next", Columns.utc(nextAttempt)).execute();
    }

    private static OutboxEmail email(ResultSet row) throws SQLException {
        String refs = row.getString("reference_ids");
        return new OutboxEmail(row.getLong("outbox_no"), row.getString("group_id"), row.getString("message_id"),
                row.getString("purpose"), row.getString("ref"), Columns.list(row.getString("recipients")),
                row.getString("subject"), row.getString("text_body"), row.getString("html_body"),
                row.getString("calendar"), row.getString("calendar_method"), row.getString("in_reply_to"),
                refs == null || refs.isBlank() ? List.of() : List.of(refs.trim().split("\\s+")),
                row.getString("auto_submitted"), Columns.instant(row, "created_at"), row.getInt("attempts"),
                Columns.instant(row, "next_attempt_at"), Columns.instant(row, "sent_at"), row.getString("last_error"));
    }
}
