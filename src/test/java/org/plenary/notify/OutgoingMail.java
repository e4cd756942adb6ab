package org.plenary.notify;

import static org.awaitility.Awaitility.await;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.plenary.app.TestPlenary;

/** What the end-to-end tests of outgoing mail read from GreenMail: the list's mail, its parts and its invitation. */
final class OutgoingMail {
    static final String LIST = "ssr2-review@ssr2.test";
    static final String AGENDA_4_JULY = "[SSR2] Proposed agenda: SSR2 Plenary Call, Tuesday 4 July 13:00 UTC";

    private OutgoingMail() {
    }

    /** The list's messages whose subject passes, waiting up to {@code seconds} for at least {@code count}. */
    static List<MimeMessage> awaitList(TestPlenary app, Predicate<String> subject, int count, int seconds) {
        await().atMost(Duration.ofSeconds(seconds)).pollInterval(Duration.ofMillis(200))
                .until(() -> onList(app, subject).size() >= count);
        return onList(app, subject);
    }

    static MimeMessage awaitOne(TestPlenary app, Predicate<String> subject) {
        return awaitList(app, subject, 1, 60).get(0);
    }

    static List<MimeMessage> onList(TestPlenary app, Predicate<String> subject) {
        return app.mailbox(LIST).stream().filter(m -> subject.test(subjectOf(m))).toList();
    }

    static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    /** The inline text/calendar part (not the invite.ics attachment), or null. */
    static String calendar(MimeMessage message) {
        return part(message, "text/calendar");
    }

    static String contentTypeOf(MimeMessage message, String mimeType) {
        try {
            BodyPart part = find((Multipart) message.getContent(), mimeType);
            return part == null ? null : part.getContentType();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the message holds, at any depth, a multipart/alternative of text/plain and text/html. */
    static boolean hasAlternativeOfTextAndHtml(MimeMessage message) {
        try {
            return alternative((Multipart) message.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean alternative(Multipart multipart) throws Exception {
        if (multipart.getContentType().toLowerCase().startsWith("multipart/alternative")
                && find(multipart, "text/plain") != null && find(multipart, "text/html") != null) {
            return true;
        }
        for (int i = 0; i < multipart.getCount(); i++) {
            if (multipart.getBodyPart(i).getContent() instanceof Multipart nested && alternative(nested)) {
                return true;
            }
        }
        return false;
    }

    static Calendar parse(String calendar) {
        try {
            return new CalendarBuilder().build(new StringReader(calendar));
        } catch (Exception e) {
            throw new IllegalStateException("not an iCalendar: " + calendar, e);
        }
    }

    static VEvent event(Calendar calendar) {
        return calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
    }

    static String value(Calendar calendar, String property) {
        return calendar.getProperty(property).map(Property::getValue).orElse(null);
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static String part(MimeMessage message, String mimeType) {
        try {
            Object content = message.getContent();
            if (!(content instanceof Multipart multipart)) {
                return message.isMimeType(mimeType) ? (String) content : null;
            }
            BodyPart part = find(multipart, mimeType);
            if (part == null) {
                return null;
            }
            Object body = part.getContent();
            if (body instanceof String text) {
                return text;
            }
            try (InputStream in = (InputStream) body) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static BodyPart find(Multipart multipart, String mimeType) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType(mimeType) && !BodyPart.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return part;
            }
            if (part.getContent() instanceof Multipart nested) {
                BodyPart found = find(nested, mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
