package org.plenary.intake;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.plenary.correlation.TraceHeader;

/**
 * Reads raw RFC 5322 bytes into an {@link InboundEmail}. Never throws on hostile input: whatever cannot be
 * read is left out and named in {@code problems}, because one bad email must not block the mailbox.
 * The raw bytes are shared with the parser, not copied, and attachments are never decoded.
 * Thread-safe: it holds only its limits and a lenient mail session.
 */
public final class MailReader {

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
                    List.of(), null, null, "", "", List.of(), null, List.copyOf(problems), List.of(), List.of());
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
        MailHeaders headers = new MailHeaders(message, problems);

        List<InternetAddress> fromAll = headers.nonBlankAddresses("From");
        if (fromAll.size() > 1) {
            problems.add("From header holds " + fromAll.size() + " addresses: an email from several people is from nobody");
        }
        InternetAddress from = fromAll.isEmpty() ? null : fromAll.get(0);
        Optional<InternetAddress> original = ListRewrite.originalSender(from, headers);
        if (original.isPresent()) {
            from = original.get();
            fromAll = List.of(from);
        }
        String fromAddress = from == null ? null : MailHeaders.lowerCase(from);
        String fromName = from == null || from.getPersonal() == null ? null : headers.displayName(from);
        String returnPath = headers.returnPath();
        String subject = headers.subject();

        BodyCollector body = new BodyCollector(limits, problems);
        body.walk(message, 0);
        String htmlText = body.html() == null ? "" : HtmlText.of(body.html());
        String text;
        String visibleText;
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
        if (automatic == null) {
            automatic = AutomaticMail.byText(visibleText, subject);
        }
        List<String> inReplyTo = headers.ids("In-Reply-To");
        // A list's rewrite is signed by the list: its pass says nothing about the writer it names, so none counts.
        List<String> authenticationResults = original.isPresent() ? List.of() : headers.topmostRun("Authentication-Results");
        return new InboundEmail(headers.messageId(), digest, fromAddress, fromName, returnPath,
                headers.lowerCaseAddresses("To"), headers.lowerCaseAddresses("Cc"), subject, headers.date(),
                inReplyTo.isEmpty() ? null : inReplyTo.get(0), headers.ids("References"), headers.text("List-Id"),
                headers.text(TraceHeader.NAME), text, visibleText, body.calendars(), automatic, List.copyOf(problems),
                authenticationResults, fromAll.stream().map(MailHeaders::lowerCase).toList());
    }

    private static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
