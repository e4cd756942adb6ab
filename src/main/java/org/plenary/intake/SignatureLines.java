package org.plenary.intake;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises a line that starts a signature: the "-- " separator, a mobile client's "Sent from my iPhone",
 * a closing "Regards,". Whole lines only, so "sent from my iPhone app to all users" in prose is not one.
 * Thread-safe (stateless).
 */
final class SignatureLines {

    private static final int MAX_SIGNATURE_CHARS = 80;
    private static final Pattern MOBILE_SIGNATURE = Pattern.compile(
            "sent from my \\S+(\\s\\S+){0,4}|sent from \\S+( mail| mobile)?( for \\S+( \\S+)?)?"
                    + "|get outlook for (ios|android)|von meinem \\S+( \\S+)? gesendet|envoyé de mon \\S+"
                    + "|enviado desde mi \\S+|inviato da(l mio)? \\S+|sent with \\S+"
                    + "|(gesendet|envoyé|enviado|inviato|verzonden) (von|à partir de|de|desde|da|met) \\S+( \\S+)?"
                    + " (für|pour|for|para|per|voor) (ios|android|iphone|ipad)");
    private static final Pattern VALEDICTION = Pattern.compile(
            "((best|kind|warm|warmest) )?regards,?|mit freundlichen grüßen,?|cordialement,?|(un )?saludos?,?"
                    + "|cordiali saluti,?|met vriendelijke groet(en)?,?");

    private SignatureLines() {
    }

    static boolean startsSignature(String line) {
        String stripped = line.strip();
        if (stripped.equals("--") || line.equals("-- ") || line.equals("--\u00a0")) {
            return true;
        }
        if (stripped.length() >= 2 && stripped.length() <= ReplyHeaders.MAX_HEADER_CHARS
                && stripped.chars().allMatch(c -> c == '_')) {
            return true; // Outlook's rule above "From:", or a mailing-list footer
        }
        if (stripped.isEmpty() || stripped.length() > ReplyHeaders.MAX_HEADER_CHARS) {
            return false;
        }
        String lower = stripped.toLowerCase(Locale.ROOT);
        int link = lower.indexOf('<');
        if (link > 0 && lower.endsWith(">")) {
            lower = lower.substring(0, link).strip(); // "Get Outlook for iOS<https://aka.ms/…>"
        }
        return lower.length() <= MAX_SIGNATURE_CHARS
                && (MOBILE_SIGNATURE.matcher(lower).matches() || VALEDICTION.matcher(lower).matches());
    }
}
