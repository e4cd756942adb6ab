package org.plenary.notify;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.activation.DataHandler;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.plenary.PlenaryException;
import org.plenary.correlation.TraceHeader;

/**
 * Builds the MIME message of an {@link OutgoingEmail}. Every header is set here explicitly, never
 * copied from an incoming message.
 *
 * <p>Without a calendar the message is multipart/alternative of text and HTML. With one it takes
 * the shape Outlook, Gmail and Apple Mail all offer as an invitation: multipart/mixed of
 * [multipart/alternative(text, HTML, text/calendar; method=…), invite.ics attachment].
 *
 * <p>{@code Precedence} is not set: {@code Auto-Submitted} already silences RFC 3834 responders,
 * and {@code Precedence: bulk} costs deliverability at some providers; pass it in
 * {@code extraHeaders} for list mail if a deployment's responders need it.
 *
 * <p>Thread-safe: a composer holds only its session and clock.
 */
public final class MailComposer {
    private static final Set<String> AUTO_SUBMITTED = Set.of("auto-generated", "auto-replied");
    private static final Set<String> CALENDAR_METHODS = Set.of("REQUEST", "CANCEL");
    private static final Set<String> RESERVED_HEADERS = Set.of(
            "from", "to", "cc", "bcc", "subject", "date", "message-id", "in-reply-to", "references",
            "auto-submitted", "x-auto-response-suppress", "x-plenary-ref", "mime-version", "content-type",
            "content-transfer-encoding", "sender", "reply-to", "return-path");
    private static final Pattern HEADER_NAME = Pattern.compile("[!-9;-~]+");
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s@]+@[^<>\\s@]+>");
    private static final Pattern THREAD_ID = Pattern.compile("<[^<>\\s]+>");

    private final Session session;
    private final Clock clock;

    /** @param clock gives the Date header, so tests and replays are reproducible */
    public MailComposer(Session session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    public MimeMessage compose(OutgoingEmail email) {
        try {
            MimeMessage message = new FixedIdMimeMessage(session, checkedMessageId(email.messageId()));
            message.setFrom(new InternetAddress(email.from(), email.fromName(), "UTF-8"));
            for (String recipient : email.to()) {
                message.addRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
            }
            message.setSubject(oneLine(email.subject()), "UTF-8");
            message.setSentDate(Date.from(clock.instant()));
            setThreadHeaders(message, email);
            setAutomationHeaders(message, email);
            for (Map.Entry<String, String> header : email.extraHeaders().entrySet()) {
                message.setHeader(checkedExtraHeader(header.getKey()), oneLine(header.getValue()));
            }
            message.setContent(email.calendar() == null ? alternative(email) : withInvitation(email));
            message.saveChanges();
            return message;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new PlenaryException("Could not compose the message " + email.messageId() + ": " + e.getMessage(), e);
        }
    }

    private static void setThreadHeaders(MimeMessage message, OutgoingEmail email) throws MessagingException {
        // These ids come from other people's mail: a malformed one is dropped rather than failing the
        // reply, which would otherwise be retried by the outbox for ever.
        if (email.inReplyTo() != null && THREAD_ID.matcher(email.inReplyTo().trim()).matches()) {
            message.setHeader("In-Reply-To", email.inReplyTo().trim());
        }
        StringBuilder references = new StringBuilder();
        for (String reference : email.references()) {
            if (reference != null && THREAD_ID.matcher(reference.trim()).matches()) {
                references.append(references.isEmpty() ? "" : " ").append(reference.trim());
            }
        }
        if (!references.isEmpty()) {
            message.setHeader("References", MimeUtility.fold("References: ".length(), references.toString()));
        }
    }

    private static void setAutomationHeaders(MimeMessage message, OutgoingEmail email) throws MessagingException {
        if (!AUTO_SUBMITTED.contains(email.autoSubmitted())) {
            throw new PlenaryException("Auto-Submitted must be auto-generated or auto-replied, not " + email.autoSubmitted());
        }
        message.setHeader("Auto-Submitted", email.autoSubmitted());
        // Stops Exchange and Outlook from answering with out-of-office and delivery receipts.
        message.setHeader("X-Auto-Response-Suppress", "All");
        if (email.traceRef() != null) {
            message.setHeader(TraceHeader.NAME, oneLine(email.traceRef()));
        }
    }

    private static MimeMultipart alternative(OutgoingEmail email) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(textPart(email.text(), "plain"));
        alternative.addBodyPart(textPart(email.html(), "html"));
        return alternative;
    }

    private static MimeMultipart withInvitation(OutgoingEmail email) throws MessagingException {
        String method = email.calendarMethod() == null ? "" : email.calendarMethod().toUpperCase(Locale.ROOT);
        if (!CALENDAR_METHODS.contains(method)) {
            throw new PlenaryException("A calendar needs the method REQUEST or CANCEL, not " + email.calendarMethod());
        }
        byte[] calendar = email.calendar().getBytes(StandardCharsets.UTF_8);

        MimeMultipart alternative = alternative(email);
        MimeBodyPart inline = new MimeBodyPart();
        inline.setDataHandler(new DataHandler(
                new ByteArrayDataSource(calendar, "text/calendar; method=" + method + "; charset=UTF-8")));
        inline.setHeader("Content-Type", "text/calendar; method=" + method + "; charset=UTF-8");
        alternative.addBodyPart(inline);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);

        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(calendar, "application/ics")));
        attachment.setHeader("Content-Type", "application/ics; name=invite.ics");
        attachment.setDisposition(Part.ATTACHMENT);
        attachment.setFileName("invite.ics");

        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        mixed.addBodyPart(attachment);
        return mixed;
    }

    private static MimeBodyPart textPart(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, "UTF-8", subtype);
        // Quoted-printable keeps the raw message readable and lines short whatever the content.
        part.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return part;
    }

    private static String checkedMessageId(String messageId) {
        if (messageId == null || !MESSAGE_ID.matcher(messageId).matches()) {
            throw new PlenaryException("Not a Message-ID: " + messageId);
        }
        return messageId;
    }

    private static String checkedExtraHeader(String name) {
        if (!HEADER_NAME.matcher(name).matches() || RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
            throw new PlenaryException("The header " + name + " cannot be set as an extra header");
        }
        return name;
    }

    /** Header values are one line: a line break in a value would start a header of its own. */
    private static String oneLine(String value) {
        return value == null ? "" : value.replaceAll("[\\r\\n]+\\s*", " ").trim();
    }

    /** Keeps the Message-ID Plenary chose, which {@link MimeMessage#saveChanges()} would replace. */
    private static final class FixedIdMimeMessage extends MimeMessage {
        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
