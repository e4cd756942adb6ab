package org.plenary.intake;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import java.util.List;
import java.util.Locale;

/**
 * Says why an email was made by a machine, or null for a person. Plenary never answers such mail:
 * answering an auto-reply or a bounce is how mail loops start. Bounce rules run first, so a forged
 * {@code Auto-Submitted: no} cannot turn a bounce into human mail. Thread-safe (stateless).
 */
final class AutomaticMail {

    private static final List<String> AUTOMATIC_PRECEDENCE = List.of("auto_reply", "bulk", "junk");
    private static final List<String> BOUNCE_SENDERS = List.of("mailer-daemon", "postmaster");
    // Subject prefixes of vacation replies sent without Auto-Submitted (iCloud, Exchange in several languages).
    private static final List<String> VACATION_SUBJECTS = List.of("automatic reply:", "auto reply:", "autoreply:",
            "auto:", "out of office:", "out of office autoreply", "abwesenheitsnotiz", "automatische antwort:",
            "réponse automatique", "respuesta automática:", "risposta automatica:", "automatisch antwoord:",
            "autosvar:", "automaattinen vastaus:", "odpowiedź automatyczna:");

    private AutomaticMail() {
    }

    static String reason(Part message, String from, String returnPath, String subject) {
        String bounce = bounce(message, from, returnPath);
        if (bounce != null) {
            return bounce;
        }
        String autoSubmitted = header(message, "Auto-Submitted");
        if (autoSubmitted != null && !firstToken(autoSubmitted).equals("no")) {
            return "auto-submitted: " + autoSubmitted;
        }
        for (String name : List.of("X-Autoreply", "X-Autorespond")) {
            if (header(message, name) != null) {
                return "auto-reply: " + name + " header";
            }
        }
        if (header(message, "X-List-Administrivia") != null) {
            return "list administrivia: X-List-Administrivia header";
        }
        String precedence = header(message, "Precedence");
        if (precedence != null && AUTOMATIC_PRECEDENCE.contains(precedence.toLowerCase(Locale.ROOT))
                && !isListPost(message)) {
            return "precedence: " + precedence.toLowerCase(Locale.ROOT);
        }
        if (header(message, "X-MS-Exchange-Organization-AutoReply") != null
                || header(message, "X-MS-Exchange-Generated-Message-Source") != null
                        && header(message, "X-Auto-Response-Suppress") != null) {
            return "auto-reply: Exchange generated";
        }
        String lowerSubject = subject == null ? "" : subject.strip().toLowerCase(Locale.ROOT);
        if (lowerSubject.equals("out of office")
                || VACATION_SUBJECTS.stream().anyMatch(lowerSubject::startsWith)) {
            return "auto-reply: subject " + TextDecoder.printable(subject.strip());
        }
        return null;
    }

    /**
     * Out-of-office replies and list moderation notices sent without the usual headers, told by how they open: "I am
     * out of the office until…", "Your mail to 'ssr2-review' … is being held until the list moderator can review it".
     * Only the opening of the visible text counts, so a person who mentions being out of the office later in an
     * apology is still read.
     */
    static String byText(String visibleText, String subject) {
        String opening = visibleText == null ? "" : visibleText.strip();
        opening = opening.substring(0, Math.min(opening.length(), 400)).replace('\u2019', '\'');
        if (OUT_OF_OFFICE.matcher(opening).lookingAt()) {
            return "auto-reply: out-of-office text";
        }
        String lowerSubject = subject == null ? "" : subject.toLowerCase(Locale.ROOT);
        if (MODERATION.matcher(opening).find() || lowerSubject.contains("awaits moderator approval")) {
            return "list administrivia: moderation notice";
        }
        return null;
    }

    private static final java.util.regex.Pattern OUT_OF_OFFICE = java.util.regex.Pattern.compile(
            "^(?:(?:thank\\s+you|thanks)\\s+for\\s+your\\s+(?:e-?mail|message)[.!,]?\\s+)?"
                    + "(?:i\\s+am|i'm|i\\s+will\\s+be|i'll\\s+be)\\s+(?:currently\\s+|now\\s+)?"
                    + "(?:out\\s+of\\s+(?:the\\s+)?office|away\\s+from\\s+(?:the\\s+|my\\s+)?(?:office|desk|e-?mail)|on\\s+(?:annual\\s+)?leave)"
                    + "(?:\\s+(?:until|till|from|through|and|with|on|for|today)(?!\\p{L})|[.,;])",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern MODERATION = java.util.regex.Pattern.compile(
            "(?:is\\s+being\\s+held\\s+until\\s+the\\s+list\\s+moderator|awaits\\s+moderator\\s+approval"
                    + "|requires\\s+(?:the\\s+)?moderator(?:'s)?\\s+approval|post\\s+to\\s+the\\s+list\\s+is\\s+held)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Older list managers (ezmlm, early Mailman) mark every post "Precedence: bulk". A post through a list is
     * still a person writing, and Plenary reads its own list, so bulk with list headers is not machine mail.
     */
    private static boolean isListPost(Part message) {
        String sender = header(message, "Sender");
        String lowerSender = sender == null ? "" : sender.toLowerCase(Locale.ROOT);
        return header(message, "List-Id") != null || header(message, "List-Post") != null
                || header(message, "Mailing-List") != null || lowerSender.contains("-owner@")
                || lowerSender.contains("owner-") || lowerSender.contains("-request@");
    }

    private static String bounce(Part message, String from, String returnPath) {
        if ("".equals(returnPath)) {
            return "bounce: empty return path";
        }
        String localPart = from == null ? "" : from.indexOf('@') >= 0 ? from.substring(0, from.indexOf('@')) : from;
        if (BOUNCE_SENDERS.contains(localPart.toLowerCase(Locale.ROOT))) {
            return "bounce: from " + localPart;
        }
        try {
            if (message.isMimeType("multipart/report")) {
                String reportType = new ContentType(message.getContentType()).getParameter("report-type");
                return "bounce: multipart/report" + (reportType == null ? "" : " " + TextDecoder.printable(reportType));
            }
        } catch (MessagingException | RuntimeException unreadable) {
            return null;
        }
        return null;
    }

    /** "no (comment)" and "No; x" are still "no" (RFC 3834 allows comments and parameters). */
    private static String firstToken(String value) {
        String lower = value.toLowerCase(Locale.ROOT).strip();
        int end = 0;
        while (end < lower.length() && (Character.isLetterOrDigit(lower.charAt(end)) || lower.charAt(end) == '-')) {
            end++;
        }
        return lower.substring(0, end);
    }

    private static String header(Part message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null || values.length == 0 ? null : TextDecoder.printable(values[0].strip());
        } catch (MessagingException | RuntimeException unreadable) {
            return null;
        }
    }
}
