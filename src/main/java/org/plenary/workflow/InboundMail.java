package org.plenary.workflow;

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
import java.util.Enumeration;
import java.util.List;
import org.plenary.PlenaryException;
import org.plenary.intake.InboundEmail;
import org.plenary.intake.MailReader;
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
     * How much of an email over the size limit is kept. Storing costs about three times the bytes on the heap at
     * once (H2 copies the value and serializes its page whole), so half of a 30 MB limit took 50 MB for an email
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

    public InboundMail(Secretariat secretariat, MailReader reader, Database database, Clock clock, int maxAttempts,
                       long maxBytes) {
        this(secretariat, reader, database, clock, maxAttempts, maxBytes, SettledMail.NOBODY);
    }

    public InboundMail(Secretariat secretariat, MailReader reader, Database database, Clock clock, int maxAttempts,
                       long maxBytes, SettledMail settled) {
        this.secretariat = secretariat;
        this.reader = reader;
        this.database = database;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.maxBytes = maxBytes;
        this.settled = settled;
    }

    /** Returns "processed" or "failed"; throws to leave the message for the next poll. */
    public String receive(Message message) throws MessagingException, IOException {
        int size;
        try {
            size = message.getSize();
        } catch (FolderClosedException | StoreClosedException connectionLost) {
            throw connectionLost;
        } catch (MessagingException unreadable) {
            return unreadableEnvelope(message, unreadable);
        }
        java.util.Date delivered = message.getReceivedDate();
        return receive(rawBytes(message, size), delivered == null ? null : delivered.toInstant());
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

    public String receive(byte[] raw) {
        return receive(raw, null);
    }

    private String receive(byte[] raw, Instant delivered) {
        InboundEmail email = reader.read(raw);
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
