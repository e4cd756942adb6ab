package org.plenary.intake;

import java.util.Locale;
import org.plenary.address.AsciiCase;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message an email forwards ("---------- Forwarded message ---------", Apple Mail's "Begin forwarded message:",
 * Outlook's "From: … Sent: …" block): who wrote it, its subject and what they wrote (its own quotes and signature
 * removed). Staff forward a member's apology with a line of their own; the apology is then the member's. Reads at
 * most a few header lines after the marker, so any input costs linear time. Thread-safe (stateless).
 */
public record ForwardedMessage(String from, String subject, String visibleText) {

    private static final Pattern MARKER = Pattern.compile(
            "^\\s{0,5}(?:-{3,}\\s{0,3}(?:forwarded message|original message|message transféré|weitergeleitete nachricht|"
                    + "mensaje reenviado|messaggio inoltrato)\\s{0,3}-{3,}|begin forwarded message:)\\s{0,5}$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern HEADER = Pattern.compile("^\\s{0,5}\\*?(from|de|von|subject|objet|betreff|asunto)\\s?:\\*?\\s{0,5}(.{0,400})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:\\[\\]]{1,64}@[^\\s<>\"'(),;:\\[\\]]{1,255}");
    private static final int HEADER_LINES = 12;

    /** The first forwarded message of a plain text body, when it names its writer's address. */
    public static Optional<ForwardedMessage> of(String bodyText) {
        if (bodyText == null || bodyText.isEmpty()) {
            return Optional.empty();
        }
        String text = bodyText.replace("\r\n", "\n").replace('\r', '\n');
        Matcher marker = MARKER.matcher(text);
        if (!marker.find()) {
            return Optional.empty();
        }
        String[] lines = text.substring(marker.end()).split("\n", -1);
        String from = null;
        String subject = "";
        int i = 0;
        while (i < lines.length && lines[i].isBlank() && i < HEADER_LINES) {
            i++;
        }
        for (; i < lines.length && i < HEADER_LINES && !lines[i].isBlank(); i++) {
            Matcher header = HEADER.matcher(lines[i]);
            if (!header.find()) {
                continue;
            }
            String label = header.group(1).toLowerCase(Locale.ROOT);
            if (label.equals("from") || label.equals("de") || label.equals("von")) {
                Matcher address = ADDRESS.matcher(header.group(2));
                from = address.find() ? AsciiCase.lower(address.group().replaceAll("[.>]+$", "")) : null;
            } else {
                subject = header.group(2).strip();
            }
        }
        if (from == null || i >= lines.length) {
            return Optional.empty();
        }
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i, lines.length));
        return Optional.of(new ForwardedMessage(from, subject, VisibleText.of(body)));
    }
}
