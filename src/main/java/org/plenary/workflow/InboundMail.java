package org.plenary.workflow;

import jakarta.mail.Flags;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.StoreClosedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.plenary.PlenaryException;
import org.plenary.intake.InboundEmail;
import org.plenary.intake.MailReader;
import org.plenary.mailbox.LaterInPoll;
import org.plenary.store.Database;
import org.plenary.store.LedgerEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bean the inbound route hands each message to. It reads the raw message (bounded), lets the
 * {@link Secretariat} apply it, and decides what the mailbox does with it:
 * <ul>
 *   <li>{@code processed}: committed; the route lets camel-mail mark it seen;</li>
 *   <li>an exception: nothing was committed; camel-mail leaves it unseen and the next poll retries it
 *       (a store outage is waited out this way);</li>
 *   <li>{@code failed}: it failed {@code maxAttempts} times, or the server could not describe it at all (an
 *       envelope it cannot parse); it is recorded in the ledger as failed and the route moves it to the failure
 *       folder, so one poison message cannot block the mailbox.</li>
 * </ul>
 * Thread-safe.
 */
public final class InboundMail {
    private static final Logger LOG = LoggerFactory.getLogger(InboundMail.class);
    /**
     * At most this many emails are applied in one transaction (each commit stores every page it changed, with
     * WRITE_DELAY=0: with fifty a transaction, committing was a ninth of the mailbox thread in a backlog),
     */
    private static final int TOGETHER = 100;
    /** each at most this large (a larger one is applied alone, in its turn), */
    private static final int TOGETHER_BYTES = 256 * 1024;
    /** and at most this much of them held at once. */
    private static final int TOGETHER_HELD_BYTES = 2 * 1024 * 1024;
    /** Messages applied ahead whose turn never came (a poll stopped midway) are forgotten past this many. */
    private static final int FORGOTTEN = 1000;
    /**
     * How much of an email over the size limit is kept. Storing costs about three times the bytes on the heap at
     * once (H2 copies the value and serializes its page whole), so half of the former 30 MB limit took 50 MB for an email
     * that is not read past its start anyway.
     */
    static final long OVERSIZE_BODY_KEPT = 1024 * 1024;

    private final Secretariat secretariat;
    private final MailReader reader;
    private final Database database;
    private final Clock clock;
    private final int maxAttempts;
    private final long maxBytes;
    private final SettledMail settled;
    private final LaterInPoll later;
    /** Messages of the poll applied and committed with an earlier one: their turn only marks them seen. */
    private final Set<Message> appliedAhead = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    public InboundMail(Secretariat secretariat, MailReader reader, Database database, Clock clock, int maxAttempts,
                       long maxBytes) {
        this(secretariat, reader, database, clock, maxAttempts, maxBytes, SettledMail.NOBODY);
    }

    public InboundMail(Secretariat secretariat, MailReader reader, Database database, Clock clock, int maxAttempts,
                       long maxBytes, SettledMail settled) {
        this(secretariat, reader, database, clock, maxAttempts, maxBytes, settled, LaterInPoll.NONE);
    }

    /**
     * @param settled told of each email settled, after its commit
     * @param later the messages the poll hands over after each one: small ones are applied with it, in one transaction
     */
    public InboundMail(Secretariat secretariat, MailReader reader, Database database, Clock clock, int maxAttempts,
                       long maxBytes, SettledMail settled, LaterInPoll later) {
        this.secretariat = secretariat;
        this.reader = reader;
        this.database = database;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.maxBytes = maxBytes;
        this.settled = settled;
        this.later = later;
    }

    /** Returns "processed" or "failed"; throws to leave the message for the next poll. */
    public String receive(Message message) throws MessagingException, IOException {
        if (appliedAhead.remove(message)) {
            return "processed";
        }
        List<Message> next = later.after(message, TOGETHER - 1);
        int size;
        try {
            size = message.getSize();
        } catch (FolderClosedException | StoreClosedException connectionLost) {
            throw connectionLost;
        } catch (MessagingException unreadable) {
            return unreadableEnvelope(message, unreadable);
        }
        byte[] raw = rawBytes(message, size);
        InboundEmail email = reader.read(raw);
        Instant delivered = delivered(message);
        if (!next.isEmpty() && size <= TOGETHER_BYTES && appliedTogether(message, email, raw, delivered, next)) {
            return "processed";
        }
        return receive(email, raw, delivered);
    }

    /**
     * Applies the message with the small ones the poll hands over next, up to the first that is large or cannot be
     * read, in one transaction: whether the first was applied. The others applied are remembered, so that their turn,
     * after this commit, only marks them seen. What fails here (one email, or the whole transaction) is left to the
     * one-by-one path, where failures are counted.
     */
    private boolean appliedTogether(Message first, InboundEmail firstEmail, byte[] firstRaw, Instant firstDelivered,
                                    List<Message> next) {
        List<Message> messages = new ArrayList<>(List.of(first));
        List<byte[]> raws = new ArrayList<>(List.of(firstRaw));
        List<InboundEmail> emails = new ArrayList<>(List.of(firstEmail));
        List<Instant> delivered = new ArrayList<>(Collections.singletonList(firstDelivered));
        long held = firstRaw.length;
        for (Message message : next) {
            if (appliedAhead.contains(message)) {
                break; // applied with an earlier one already (this one failed among them, and now goes alone)
            }
            try {
                int size = message.getSize();
                if (size < 0 || size > TOGETHER_BYTES || held + size > TOGETHER_HELD_BYTES) {
                    break;
                }
                byte[] raw = rawBytes(message, size);
                held += raw.length;
                emails.add(reader.read(raw));
                raws.add(raw);
                delivered.add(delivered(message));
                messages.add(message);
            } catch (MessagingException | IOException | RuntimeException unread) {
                break; // its own turn reads it, or fails it, alone
            }
        }
        if (messages.size() == 1) {
            return false;
        }
        List<Receipt> receipts;
        try {
            receipts = secretariat.receiveTogether(emails, raws);
        } catch (RuntimeException failed) {
            LOG.debug("{} emails could not be applied together ({}); one by one instead", messages.size(),
                    describe(failed));
            return false;
        }
        if (appliedAhead.size() > FORGOTTEN) {
            appliedAhead.clear(); // left by polls cut short: their messages come again, and are found duplicates
        }
        markSeen(messages, receipts);
        for (int i = 0; i < receipts.size(); i++) {
            Receipt receipt = receipts.get(i);
            if (receipt != null) {
                if (i > 0) {
                    appliedAhead.add(messages.get(i));
                }
                settled.settled(receipt.outcome(), emails.get(i).messageId(), delivered.get(i));
            }
        }
        return receipts.get(0) != null;
    }

    /**
     * Marks the emails just committed seen in one command, instead of one round trip each: camel-mail marks each
     * again after its turn, which the server then has nothing to write for. Should this fail, their turns mark them.
     */
    private static void markSeen(List<Message> messages, List<Receipt> receipts) {
        List<Message> applied = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            if (receipts.get(i) != null) {
                applied.add(messages.get(i));
            }
        }
        try {
            messages.get(0).getFolder().setFlags(applied.toArray(Message[]::new), new Flags(Flags.Flag.SEEN), true);
        } catch (MessagingException | RuntimeException e) {
            LOG.debug("marking {} emails seen at once failed ({}); each is marked in its turn", applied.size(), e.getMessage());
        }
    }

    private static Instant delivered(Message message) throws MessagingException {
        java.util.Date date = message.getReceivedDate();
        return date == null ? null : date.toInstant();
    }

    /**
     * The server could not describe the message (its IMAP envelope: a {@code From} such as {@code noor@ssr2.test.}
     * makes GreenMail fail it): it fails the same way on every poll, so it is recorded as failed at once, with the
     * raw bytes the server still serves, and moved aside, in one log line.
     */
    private String unreadableEnvelope(Message message, MessagingException unreadable) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            message.writeTo(new LimitedStream(out, maxBytes));
        } catch (LimitedStream.Full ignored) {
            // enough of it was kept
        }
        byte[] raw = out.toByteArray();
        InboundEmail email = reader.read(raw);
        RuntimeException failure = new PlenaryException("the mail server could not read its envelope ("
                + unreadable.getMessage() + ")");
        return afterFailure(email, raw, failure, false, null);
    }

    private String receive(InboundEmail email, byte[] raw, Instant delivered) {
        Receipt receipt;
        try {
            receipt = secretariat.receive(email, raw);
        } catch (RuntimeException failure) {
            return afterFailure(email, raw, failure, true, delivered);
        }
        settled.settled(receipt.outcome(), email.messageId(), delivered);
        return "processed";
    }

    /** {@code retry}: the failure may pass (the next poll tries again, up to maxAttempts), else it is final at once. */
    private String afterFailure(InboundEmail email, byte[] raw, RuntimeException failure, boolean retry, Instant delivered) {
        String group = secretariat.group().id();
        int attempts;
        try {
            attempts = database.inTransaction(tx -> tx.ledger().countFailure(group, email.dedupeKey(),
                    describe(failure), clock.instant()));
        } catch (RuntimeException storeDown) {
            LOG.warn("{} not processed and the store is unreachable ({}); it stays in the mailbox for the next poll",
                    email.dedupeKey(), storeDown.getMessage());
            throw failure;
        }
        if (retry && attempts < maxAttempts) {
            LOG.warn("{} failed (attempt {} of {}): {}; it stays in the mailbox for the next poll",
                    email.dedupeKey(), attempts, maxAttempts, describe(failure));
            throw failure;
        }
        if (retry) {
            LOG.error("{} failed {} times: {}; moving it to the failure folder", email.dedupeKey(), attempts,
                    describe(failure), failure);
        } else {
            LOG.error("{} failed: {}; moving it to the failure folder", email.dedupeKey(), describe(failure));
        }
        database.useTransaction(tx -> tx.ledger().record(group, new LedgerEntry(0, email.dedupeKey(), email.messageId(),
                email.from(), email.subject(), clock.instant(), Outcome.FAILED.id(), describe(failure), "[]",
                ReceiptJson.strings(List.of(describe(failure)))),
                tx.ledger().first(group, email.dedupeKey()).isEmpty(), raw));
        // The notice to staff has its own transaction: when it cannot be rendered either (the same broken template
        // that made the email fail), the email must still be recorded and moved aside, not retried forever.
        try {
            database.useTransaction(tx -> secretariat.failureNotice(tx, email, describe(failure)));
        } catch (RuntimeException noticeFailed) {
            LOG.error("{}: staff could not be told ({}); it is recorded as failed all the same", email.dedupeKey(),
                    describe(noticeFailed));
        }
        settled.settled(Outcome.FAILED, email.messageId(), delivered);
        return "failed";
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /**
     * The message as it arrived, at most {@code maxBytes}: a larger one keeps its headers and the start of its
     * body (at most {@link #OVERSIZE_BODY_KEPT}), which is enough to record it and tell the sender.
     */
    private byte[] rawBytes(Message message, int size) throws MessagingException, IOException {
        byte[] whole = later.whole(message);
        if (whole != null && whole.length <= maxBytes) {
            return whole;
        }
        if (size >= 0 && size <= maxBytes) {
            SizedBuffer out = new SizedBuffer(size);
            message.writeTo(out);
            return out.bytes();
        }
        long kept = Math.min(maxBytes / 2, OVERSIZE_BODY_KEPT);
        SizedBuffer out = new SizedBuffer((int) Math.min(Integer.MAX_VALUE - 8, kept + 65_536));
        for (Enumeration<String> lines = ((jakarta.mail.internet.MimeMessage) message).getAllHeaderLines();
             lines.hasMoreElements(); ) {
            out.write((lines.nextElement() + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        try (InputStream body = ((jakarta.mail.internet.MimeMessage) message).getRawInputStream()) {
            body.transferTo(new LimitedStream(out, kept));
        } catch (LimitedStream.Full ignored) {
            // enough of the body was kept
        }
        return out.bytes();
    }

    /**
     * A buffer the size the server announced: a large message is neither grown by doubling nor copied at the end,
     * which kept two or three copies of a 30 MB email on the heap at once.
     */
    private static final class SizedBuffer extends ByteArrayOutputStream {
        SizedBuffer(int size) {
            super(Math.max(size, 32));
        }

        byte[] bytes() {
            return count == buf.length ? buf : toByteArray();
        }
    }

    /** Stops copying once a limit is reached. */
    private static final class LimitedStream extends java.io.OutputStream {
        static final class Full extends IOException {
        }

        private final java.io.OutputStream target;
        private long room;

        LimitedStream(java.io.OutputStream target, long room) {
            this.target = target;
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            int allowed = (int) Math.min(length, room);
            target.write(bytes, offset, allowed);
            room -= allowed;
            if (allowed < length) {
                throw new Full();
            }
        }
    }
}
