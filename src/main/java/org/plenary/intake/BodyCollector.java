package org.plenary.intake;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Walks the MIME tree of one email for its first text/plain and text/html body and every text/calendar
 * part. Attachments are never decoded (a 25 MB file costs only the boundary scan), bodies are read only
 * up to the text limit, and nesting beyond the depth limit is left unread. A forwarded message/rfc822
 * part is not entered: its text is someone else's, and reading it would apply old commands again.
 * Not thread-safe: one per email.
 */
final class BodyCollector {

    private static final int MAX_PARTS_PER_LEVEL = 1000;
    // An invitation carries one or two; more only serves to fill memory.
    private static final int MAX_CALENDARS = 20;

    private final MailLimits limits;
    private final List<String> problems;
    private final List<String> calendars = new ArrayList<>();
    private String plain;
    private String html;
    private boolean tooDeep;
    private boolean tooManyCalendars;

    BodyCollector(MailLimits limits, List<String> problems) {
        this.limits = limits;
        this.problems = problems;
    }

    String plain() {
        return plain;
    }

    String html() {
        return html;
    }

    List<String> calendars() {
        return List.copyOf(calendars);
    }

    void walk(Part part, int depth) {
        if (depth > limits.maxMimeDepth()) {
            if (!tooDeep) {
                problems.add("MIME nesting deeper than " + limits.maxMimeDepth() + " levels was not read");
                tooDeep = true;
            }
            return;
        }
        try {
            ContentType type = contentType(part);
            String baseType = type.getBaseType().toLowerCase(Locale.ROOT);
            if (baseType.startsWith("multipart/")) {
                try {
                    walkChildren(part, depth);
                } catch (MessagingException | IOException | RuntimeException brokenMultipart) {
                    // Missing or misplaced boundaries: the sender's text is still in there, read it as one text.
                    problems.add("broken multipart, read as plain text: " + describe(brokenMultipart));
                    if (plain == null) {
                        plain = readText(part, new ContentType("text/plain"), "text body");
                    }
                }
            } else if (baseType.equals("text/calendar") || baseType.equals("application/ics")) {
                if (calendars.size() < MAX_CALENDARS) {
                    calendars.add(readText(part, type, "calendar part"));
                } else if (!tooManyCalendars) {
                    tooManyCalendars = true;
                    problems.add("more than " + MAX_CALENDARS + " calendar parts; the rest were not read");
                }
            } else if (isAttachment(part)) {
                return;
            } else if (baseType.equals("text/plain") && plain == null) {
                plain = readText(part, type, "text body");
                if ("flowed".equalsIgnoreCase(type.getParameter("format"))) {
                    plain = FlowedText.unwrap(plain, "yes".equalsIgnoreCase(type.getParameter("delsp")));
                }
            } else if (baseType.equals("text/html") && html == null) {
                html = readText(part, type, "HTML body");
            }
        } catch (MessagingException | IOException | RuntimeException unreadable) {
            problems.add("MIME part not readable: " + describe(unreadable));
        }
    }

    private void walkChildren(Part part, int depth) throws MessagingException, IOException {
        Object content = part.getContent();
        if (!(content instanceof Multipart multipart)) {
            problems.add("multipart without readable parts");
            return;
        }
        int count = multipart.getCount();
        if (count > MAX_PARTS_PER_LEVEL) {
            problems.add(count + " MIME parts in one multipart; only the first " + MAX_PARTS_PER_LEVEL + " read");
        }
        for (int i = 0; i < Math.min(count, MAX_PARTS_PER_LEVEL); i++) {
            walk(multipart.getBodyPart(i), depth + 1);
        }
    }

    private static ContentType contentType(Part part) {
        try {
            String value = part.getContentType();
            return value == null ? new ContentType("text/plain") : new ContentType(value);
        } catch (MessagingException | RuntimeException malformed) {
            try {
                return new ContentType("text/plain");
            } catch (MessagingException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    private static boolean isAttachment(Part part) throws MessagingException {
        try {
            return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
        } catch (MessagingException | RuntimeException malformedDisposition) {
            String[] disposition = part.getHeader("Content-Disposition");
            return disposition != null && disposition[0].strip().toLowerCase(Locale.ROOT).startsWith(Part.ATTACHMENT);
        }
    }

    /** Decoded text of one part, cut at the text limit; a bad transfer encoding falls back to the raw bytes. */
    private String readText(Part part, ContentType type, String what) throws MessagingException, IOException {
        // At most four bytes per character in any charset we meet, so this is enough for maxTextChars.
        int maxBytes = (int) Math.min(Integer.MAX_VALUE - 16, limits.maxTextChars() * 4L + 4);
        byte[] bytes;
        boolean more;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readNBytes(maxBytes);
            more = in.read() >= 0;
        } catch (MessagingException | IOException | RuntimeException badEncoding) {
            problems.add(what + " transfer encoding not readable, read as is: " + describe(badEncoding));
            try (InputStream in = rawStream(part)) {
                bytes = in.readNBytes(maxBytes);
                more = in.read() >= 0;
            }
        }
        String text = TextDecoder.decode(bytes, type.getParameter("charset"), problems).replace("\u0000", "");
        if (more || text.length() > limits.maxTextChars()) {
            problems.add(what + " truncated to " + limits.maxTextChars() + " characters");
            text = text.substring(0, Math.min(text.length(), limits.maxTextChars()));
        }
        return text;
    }

    private static InputStream rawStream(Part part) throws MessagingException {
        if (part instanceof MimeBodyPart body) {
            return body.getRawInputStream();
        }
        if (part instanceof MimeMessage message) {
            return message.getRawInputStream();
        }
        return InputStream.nullInputStream();
    }

    static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + TextDecoder.printable(message));
    }
}
