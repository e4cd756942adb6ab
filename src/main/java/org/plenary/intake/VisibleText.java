package org.plenary.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * What the sender wrote in this email: the body without quoted replies, forwarded blocks and signature,
 * so that a keyword in quoted text is never applied twice. Works line by line with bounded look-ahead and
 * no backtracking regular expressions, so hostile input costs linear time. Thread-safe (stateless).
 */
public final class VisibleText {

    /** Quote containers of the common clients (Gmail, Yahoo, Thunderbird, Apple Mail). */
    private static final String QUOTES = "blockquote, div.gmail_quote, div.yahoo_quoted, div.moz-cite-prefix, "
            + "blockquote.moz-cite, blockquote[type=cite]";
    /** Outlook (Windows, Mac, Hotmail) marks only where the quote starts: it and everything after it go. */
    private static final String QUOTES_TO_END = "div#divRplyFwdMsg, #appendonsend, div#OLK_SRC_BODY_SECTION, "
            + "hr#stopSpelling";

    private static final int MAX_HEADER_CHARS = 400;
    private static final int WRAPPED_LINE = 60;
    private static final List<String> OPENERS = List.of("on ", "le ", "am ", "el ", "il ", "op ", "w dniu ", "den ",
            "em ", "在");
    private static final List<String> VERBS = List.of("wrote", "a écrit", "schrieb", "escribió", "escrit",
            "ha scritto", "schreef", "pisze", "napisał", "napisal", "написал", "skrev", "写道", "작성", "のメッセージ",
            "kirjoitti", "írta", "escreveu", "yazdı");
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
            "-{3,}\\s*(original message|ursprüngliche nachricht|message d'origine|mensaje original|"
                    + "messaggio originale|oorspronkelijk bericht|originalmeddelande|forwarded message|"
                    + "message transféré|weitergeleitete nachricht|oprindelig besked|opprinnelig melding|"
                    + "alkuperäinen viesti|oryginalna wiadomość|původní zpráva|исходное сообщение|mensagem original)\\s*-{3,}.*");
    /** Labels that open a header block: From in several languages, and French webmail's "Message du :". */
    private static final List<String> FROM_LABELS = List.of("from:", "de :", "de:", "von:", "van:", "da:", "od:",
            "fra:", "från:", "от:", "message du :");
    private static final List<String> BLOCK_LABELS = List.of("sent:", "date:", "to:", "subject:", "cc:",
            "envoyé :", "envoyé:", "à :", "objet :", "objet:", "date :", "gesendet:", "an:", "betreff:", "datum:",
            "verzonden:", "aan:", "onderwerp:", "inviato:", "a:", "oggetto:", "enviado:", "para:", "asunto:",
            "wysłane:", "do:", "temat:", "sendt:", "til:", "emne:", "skickat:", "ämne:", "отправлено:", "кому:",
            "тема:", "a :", "sujet :", "copie à :", "dato:");
    // Whole lines only: "sent from my iPhone app to all users" in prose is not a signature.
    private static final Pattern MOBILE_SIGNATURE = Pattern.compile(
            "sent from my \\S+(\\s\\S+){0,4}|sent from \\S+( mail| mobile)?( for \\S+( \\S+)?)?"
                    + "|get outlook for (ios|android)|von meinem \\S+( \\S+)? gesendet|envoyé de mon \\S+"
                    + "|enviado desde mi \\S+|inviato da(l mio)? \\S+|sent with \\S+"
                    + "|(gesendet|envoyé|enviado|inviato|verzonden) (von|à partir de|de|desde|da|met) \\S+( \\S+)?"
                    + " (für|pour|for|para|per|voor) (ios|android|iphone|ipad)");
    private static final Pattern VALEDICTION = Pattern.compile(
            "((best|kind|warm|warmest) )?regards,?|mit freundlichen grüßen,?|cordialement,?|(un )?saludos?,?"
                    + "|cordiali saluti,?|met vriendelijke groet(en)?,?");
    private static final Pattern SEPARATOR = Pattern.compile("[-_=*]{2,}");

    private VisibleText() {
    }

    /** The visible part of a plain-text body, trimmed. */
    public static String of(String bodyText) {
        if (bodyText == null || bodyText.isEmpty()) {
            return "";
        }
        String[] lines = bodyText.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int headerEnd = replyHeaderEnd(lines, i);
            if (headerEnd >= 0 && isQuoted(nextNonBlank(lines, headerEnd + 1))) {
                // A bottom-posted reply: the quote is marked by ">", so what follows it is the sender's again.
                i = headerEnd;
                continue;
            }
            if (headerEnd >= 0 || startsQuoteOrSignature(lines, i)) {
                break;
            }
            String line = lines[i].stripTrailing();
            if (isQuoted(line)) {
                continue;
            }
            int runEnd = wrappedQuoteEnd(lines, i);
            if (runEnd > i) {
                i = runEnd - 1;
                continue;
            }
            kept.add(line);
        }
        dropTrailingSeparators(kept);
        return String.join("\n", kept).strip();
    }

    /** The visible part of an HTML body: client quote containers are removed before the text rules run. */
    public static String ofHtml(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        Document document = Jsoup.parse(html);
        for (Element marker : document.select(QUOTES_TO_END)) {
            removeWithEverythingAfter(marker);
        }
        document.select(QUOTES).remove();
        return of(HtmlText.of(document.body() != null ? document.body() : document));
    }

    private static void removeWithEverythingAfter(Element marker) {
        if (marker.parent() == null) {
            return; // already removed with an earlier marker
        }
        for (Node node = marker; node != null && node.parent() != null; node = node.parent()) {
            if (node instanceof Element element && element.normalName().equals("body")) {
                break;
            }
            while (node.nextSibling() != null) {
                node.nextSibling().remove();
            }
        }
        marker.remove();
    }

    private static boolean startsQuoteOrSignature(String[] lines, int i) {
        String line = lines[i].strip();
        if (line.equals("--") || lines[i].equals("-- ") || lines[i].equals("--\u00a0")) {
            return true;
        }
        if (line.isEmpty() || line.length() > MAX_HEADER_CHARS) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (ORIGINAL_MESSAGE.matcher(lower).matches() || lower.equals("begin forwarded message:")) {
            return true;
        }
        if (line.length() >= 2 && line.chars().allMatch(c -> c == '_')) {
            return true; // Outlook's rule above "From:", or a mailing-list footer
        }
        if (isSignatureLine(lower)) {
            return true;
        }
        if (lower.startsWith("---") && lower.endsWith("---") && fromLabel(nextNonBlank(lines, i + 1)) != null) {
            return true; // "-------- Original message --------" in a language not listed above
        }
        return isHeaderBlock(lines, i);
    }

    /**
     * "On … wrote:" and its translations, possibly wrapped over up to three lines. A wrapped header must
     * start at line {@code i}: when the lines after it already make a header, the header starts later, so
     * a command typed right above "On … wrote:" is kept. Returns the header's last line, or -1.
     */
    private static int replyHeaderEnd(String[] lines, int i) {
        int end = Math.min(lines.length, i + 3);
        for (int k = i; k < end; k++) {
            if (!headerPart(lines[k])) {
                end = k;
            }
        }
        for (int last = i; last < end; last++) {
            if (looksLikeReplyHeader(join(lines, i, last))) {
                for (int later = i + 1; later <= last; later++) {
                    if (startsLikeHeader(lines[later]) && looksLikeReplyHeader(join(lines, later, last))) {
                        return -1;
                    }
                }
                return last;
            }
        }
        return -1;
    }

    /**
     * Clients that wrap quoted lines leave the continuation without its ">": unquoted lines right below a
     * long quoted line and right above another quoted line belong to the quote. A short quoted line above
     * means a tight inline reply, which is kept. Returns the index after such a run, or
     * {@code i} when line {@code i} does not start one.
     */
    private static int wrappedQuoteEnd(String[] lines, int i) {
        if (i == 0 || !isQuoted(lines[i - 1]) || lines[i - 1].length() < WRAPPED_LINE || lines[i].isBlank()) {
            return i;
        }
        int k = i;
        while (k < lines.length && !lines[k].isBlank() && !isQuoted(lines[k])) {
            k++;
        }
        return k < lines.length && isQuoted(lines[k]) ? k : i;
    }

    private static boolean isQuoted(String line) {
        return line != null && line.stripLeading().startsWith(">");
    }

    /** "On …", "Le …", a date: how a reply header's first line begins (unlike "<address> wrote:"). */
    private static boolean startsLikeHeader(String line) {
        String text = trimDashes(unbold(line.strip()).toLowerCase(Locale.ROOT));
        return !text.isEmpty() && (Character.isDigit(text.charAt(0)) || OPENERS.stream().anyMatch(text::startsWith));
    }

    private static boolean headerPart(String line) {
        String part = line.strip();
        return !part.isEmpty() && part.length() <= MAX_HEADER_CHARS && (!part.startsWith(">") || part.equals(">:"));
    }

    private static String join(String[] lines, int from, int to) {
        StringBuilder joined = new StringBuilder();
        for (int k = from; k <= to; k++) {
            if (joined.length() > 0) {
                joined.append(' ');
            }
            joined.append(unbold(lines[k].strip()));
        }
        return joined.toString();
    }

    static boolean looksLikeReplyHeader(String candidate) {
        String text = trimDashes(candidate.toLowerCase(Locale.ROOT));
        if (text.length() > MAX_HEADER_CHARS) {
            return false;
        }
        boolean colon = text.endsWith(":") || text.endsWith("：");
        boolean address = text.indexOf('@') >= 0;
        boolean digit = text.chars().anyMatch(Character::isDigit);
        boolean opener = OPENERS.stream().anyMatch(text::startsWith);
        if (colon && VERBS.stream().anyMatch(text::contains) && (opener || address || digit)) {
            return true;
        }
        // "On … wrote" without its colon (Zoho, some webmails), only with an address or a date in it.
        if (opener && (address || digit) && VERBS.stream().anyMatch(text::endsWith)) {
            return true;
        }
        // No verb at all, as Gmail writes it in some locales: "2014-03-20 8:48 GMT+01:00 Name <address>:".
        return text.endsWith(">:") && address && digit;
    }

    private static String trimDashes(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == '-' || text.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == '-' || text.charAt(end - 1) == ' ')) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Outlook's "From: … Sent: … To: … Subject:" block: a From line followed closely by two more labels. */
    private static boolean isHeaderBlock(String[] lines, int i) {
        if (fromLabel(lines[i]) == null) {
            return false;
        }
        int labels = 0;
        for (int k = i + 1; k < Math.min(lines.length, i + 7) && labels < 2; k++) {
            String next = unbold(lines[k].strip()).toLowerCase(Locale.ROOT);
            if (BLOCK_LABELS.stream().anyMatch(next::startsWith)) {
                labels++;
            }
        }
        return labels >= 2;
    }

    private static String fromLabel(String line) {
        if (line == null) {
            return null;
        }
        String lower = unbold(line.strip()).toLowerCase(Locale.ROOT);
        return FROM_LABELS.stream().filter(lower::startsWith).findFirst().orElse(null);
    }

    private static String nextNonBlank(String[] lines, int from) {
        for (int k = from; k < Math.min(lines.length, from + 3); k++) {
            if (!lines[k].isBlank()) {
                return lines[k];
            }
        }
        return null;
    }

    /** HTML turned to text shows Outlook's bold labels as "*From:*". */
    private static String unbold(String line) {
        String result = line;
        while (result.startsWith("*")) {
            result = result.substring(1);
        }
        return result.replace(":*", ":");
    }

    /** The "-----" or "____" line that stood above a cut-off quote belongs to the quote. */
    private static void dropTrailingSeparators(List<String> kept) {
        int last = kept.size() - 1;
        while (last >= 0 && (kept.get(last).isBlank() || SEPARATOR.matcher(kept.get(last).strip()).matches())) {
            last--;
        }
        kept.subList(last + 1, kept.size()).clear();
    }

    private static boolean isSignatureLine(String lower) {
        String withoutLink = lower;
        int link = lower.indexOf('<');
        if (link > 0 && lower.endsWith(">")) {
            withoutLink = lower.substring(0, link).strip(); // "Get Outlook for iOS<https://aka.ms/…>"
        }
        return withoutLink.length() <= 80 && (MOBILE_SIGNATURE.matcher(withoutLink).matches()
                || VALEDICTION.matcher(withoutLink).matches());
    }

    private static String stripTrailing(String line) {
        return line.stripTrailing();
    }
}
