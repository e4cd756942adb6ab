package org.plenary.intake;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Reads raw RFC 5322 bytes into an {@link InboundEmail}. Never throws on hostile input: whatever cannot be
 * read is left out and named in {@code problems}, because one bad email must not block the mailbox.
 * Thread-safe: it holds only its limits and a lenient mail session.
 */
public final class MailReader {

    static final int MAX_SUBJECT_CHARS = 998;
    private static final int MAX_REFERENCES = 200;

    private final MailLimits limits;
    private final Session session;

    public MailReader() {
        this(MailLimits.DEFAULTS);
    }

    public MailReader(MailLimits limits) {
        this.limits = limits;
        Properties properties = new Properties();
        // Real mail breaks every rule; lenient parsing reads what a mail client would show.
        properties.setProperty("mail.mime.address.strict", "false");
        properties.setProperty("mail.mime.decodetext.strict", "false");
        properties.setProperty("mail.mime.parameters.strict", "false");
        properties.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        properties.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "true");
        this.session = Session.getInstance(properties);
    }

    public InboundEmail read(byte[] raw) {
        byte[] input = raw == null ? new byte[0] : raw;
        String digest = sha256(input);
        List<String> problems = new ArrayList<>();
        try {
            return parse(input, digest, problems);
        } catch (MessagingException | RuntimeException | StackOverflowError unreadable) {
            // StackOverflowError too: a pathological structure must cost this email, not the route.
            problems.add("message not readable: " + BodyCollector.describe(unreadable));
            return new InboundEmail(null, digest, null, null, null, List.of(), List.of(), "", null, null,
                    List.of(), null, null, "", "", List.of(), null, List.copyOf(problems));
        }
    }

    private InboundEmail parse(byte[] raw, String digest, List<String> problems) throws MessagingException {
        int length = raw.length;
        if (raw.length > limits.maxRawBytes()) {
            problems.add("message of " + raw.length + " bytes; only the first " + limits.maxRawBytes() + " read");
            length = (int) limits.maxRawBytes();
        }
        byte[] bytes = HeaderBlock.limitLines(raw, length, limits.maxHeaderLineBytes(), problems);
        MimeMessage message = new MimeMessage(session, new SharedByteArrayInputStream(bytes, 0,
                Math.min(length, bytes.length)));

        InternetAddress from = first(addresses(message, "From", problems));
        String fromAddress = from == null ? null : address(from);
        String fromName = from == null || from.getPersonal() == null ? null : clean(from.getPersonal());
        String returnPath = returnPath(header(message, "Return-Path"));
        String subject = subject(header(message, "Subject"));

        BodyCollector body = new BodyCollector(limits, problems);
        body.walk(message, 0);
        String text;
        String visibleText;
        String htmlText = body.html() == null ? "" : HtmlText.of(body.html());
        // Some clients send an empty text/plain twin of the real HTML body; the HTML is then what was written.
        boolean plainIsEmpty = body.plain() == null || body.plain().isBlank();
        if (body.plain() != null && !(plainIsEmpty && !htmlText.isBlank())) {
            text = body.plain();
            visibleText = VisibleText.of(text);
        } else if (body.html() != null) {
            text = htmlText;
            visibleText = VisibleText.ofHtml(body.html());
        } else {
            text = "";
            visibleText = "";
        }
        String automatic = AutomaticMail.reason(message, fromAddress, returnPath, subject);
        List<String> references = ids(header(message, "References"));
        List<String> inReplyTo = ids(header(message, "In-Reply-To"));
        return new InboundEmail(messageId(header(message, "Message-ID")), digest, fromAddress, fromName,
                returnPath, lowerCase(addresses(message, "To", problems)), lowerCase(addresses(message, "Cc", problems)),
                subject, date(message, problems), inReplyTo.isEmpty() ? null : inReplyTo.get(0), references,
                cleanOrNull(header(message, "List-Id")), cleanOrNull(header(message, "X-Plenary-Ref")), text,
                visibleText, body.calendars(), automatic, List.copyOf(problems));
    }

    /** All values of a header joined by commas and unfolded, or null when absent. */
    private static String header(MimeMessage message, String name) {
        try {
            String value = message.getHeader(name, ",");
            return value == null ? null : TextDecoder.rawHeader(value.replace("\r", "").replace("\n", ""));
        } catch (MessagingException | RuntimeException unreadable) {
            return null;
        }
    }

    private static List<InternetAddress> addresses(MimeMessage message, String name, List<String> problems) {
        String value = header(message, name);
        if (value == null || value.isBlank()) {
            return List.of();
        }
        try {
            return List.of(InternetAddress.parseHeader(value, false));
        } catch (AddressException | RuntimeException malformed) {
            problems.add(name + " header not readable as addresses");
            return List.of();
        }
    }

    private static InternetAddress first(List<InternetAddress> addresses) {
        return addresses.stream().filter(a -> a.getAddress() != null && !a.getAddress().isBlank())
                .findFirst().orElse(null);
    }

    private static List<String> lowerCase(List<InternetAddress> addresses) {
        return addresses.stream().map(MailReader::address).filter(a -> !a.isEmpty()).distinct().toList();
    }

    private static String address(InternetAddress address) {
        String value = address.getAddress() == null ? "" : address.getAddress();
        return clean(value).replace(" ", "").toLowerCase(Locale.ROOT);
    }

    /** "" for the null return path {@code <>} of bounces, null when the header is absent. */
    private static String returnPath(String value) {
        if (value == null) {
            return null;
        }
        String path = value.split(",", 2)[0].strip();
        if (path.startsWith("<")) {
            int close = path.indexOf('>');
            path = close > 0 ? path.substring(1, close) : path.substring(1);
        }
        return clean(path).strip().toLowerCase(Locale.ROOT);
    }

    private static String subject(String value) {
        if (value == null) {
            return "";
        }
        String decoded;
        try {
            decoded = MimeUtility.decodeText(value);
        } catch (java.io.UnsupportedEncodingException | RuntimeException undecodable) {
            decoded = value;
        }
        String subject = clean(decoded).strip();
        return subject.length() > MAX_SUBJECT_CHARS ? subject.substring(0, MAX_SUBJECT_CHARS) : subject;
    }

    private static String messageId(String value) {
        List<String> ids = ids(value);
        if (!ids.isEmpty()) {
            return ids.get(0);
        }
        String bare = cleanOrNull(value);
        return bare == null || bare.isBlank() ? null : "<" + bare.strip() + ">";
    }

    /** Every {@code <…>} token, in order: message ids keep their brackets. */
    static List<String> ids(String value) {
        if (value == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        int open = value.indexOf('<');
        while (open >= 0 && ids.size() < MAX_REFERENCES) {
            int close = value.indexOf('>', open);
            if (close < 0) {
                break;
            }
            String id = clean(value.substring(open, close + 1)).replace(" ", "");
            if (id.length() > 2 && id.length() <= MAX_SUBJECT_CHARS) {
                ids.add(id);
            }
            open = value.indexOf('<', close);
        }
        return List.copyOf(ids);
    }

    private static Instant date(MimeMessage message, List<String> problems) {
        try {
            Date sent = message.getSentDate();
            if (sent == null && message.getHeader("Date") != null) {
                problems.add("Date header not readable");
            }
            return sent == null ? null : sent.toInstant();
        } catch (MessagingException | RuntimeException unreadable) {
            problems.add("Date header not readable");
            return null;
        }
    }

    private static String cleanOrNull(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = clean(value).strip();
        return cleaned.length() > MAX_SUBJECT_CHARS ? cleaned.substring(0, MAX_SUBJECT_CHARS) : cleaned;
    }

    /** Control characters (NUL, escape, bidi tricks aside) never leave the reader; tabs become spaces. */
    static String clean(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t') {
                out.append(' ');
            } else if (!Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
