package org.plenary.notify;

import java.util.List;
import java.util.Map;
import org.plenary.correlation.MessageIds;
import org.plenary.correlation.TraceHeader;

/**
 * Everything needed to build one outgoing message; the outbox stores it and {@link MailComposer}
 * turns it into MIME.
 *
 * @param messageId Plenary's id, angle brackets included (see {@link MessageIds})
 * @param from Plenary's own address
 * @param fromName the display name, e.g. "SSR2 Secretariat"
 * @param calendar iCalendar text from {@link Invitations}, or null
 * @param calendarMethod REQUEST or CANCEL when a calendar is given, else null
 * @param inReplyTo the Message-ID answered, or null
 * @param references the thread's Message-IDs, oldest first; empty when not a reply
 * @param autoSubmitted auto-generated, or auto-replied for confirmations and errors (RFC 3834)
 * @param traceRef the meeting or action id written to the {@link TraceHeader}, or null
 * @param extraHeaders further headers, e.g. {@code Precedence: list}; may not replace the ones
 *     above
 */
public record OutgoingEmail(
        String messageId,
        String from,
        String fromName,
        List<String> to,
        String subject,
        String text,
        String html,
        String calendar,
        String calendarMethod,
        String inReplyTo,
        List<String> references,
        String autoSubmitted,
        String traceRef,
        Map<String, String> extraHeaders) {

    public OutgoingEmail {
        to = List.copyOf(to);
        references = references == null ? List.of() : List.copyOf(references);
        extraHeaders = extraHeaders == null ? Map.of() : Map.copyOf(extraHeaders);
    }
}
