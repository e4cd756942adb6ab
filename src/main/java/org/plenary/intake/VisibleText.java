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

    /** Quote containers of the common clients; Outlook's and #appendonsend also hide everything after them. */
    private static final String QUOTES = "blockquote, div.gmail_quote, div.gmail_extra > div.gmail_quote, "
            + "div.yahoo_quoted, div.moz-cite-prefix, blockquote.moz-cite, blockquote[type=cite], "
            + "div#OLK_SRC_BODY_SECTION";
    private static final String QUOTES_TO_END = "div#divRplyFwdMsg, #appendonsend, div#OLK_SRC_BODY_SECTION";

    private static final int MAX_HEADER_CHARS = 400;
    private static final List<String> OPENERS = List.of("on ", "le ", "am ", "el ", "il ", "op ", "w dniu ", "den ",
            "em ", "在");
    private static final List<String> VERBS = List.of("wrote", "a écrit", "schrieb", "escribió", "escrit",
            "ha scritto", "schreef", "pisze", "napisał", "napisal", "написал", "skrev", "写道", "작성", "のメッセージ",
            "kirjoitti", "írta", "escreveu", "yazdı");
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
            "-{3,}\\s*(original message|ursprüngliche nachricht|message d'origine|mensaje original|"
                    + "messaggio originale|oorspronkelijk bericht|originalmeddelande|forwarded message|"
                    + "message transféré|weitergeleitete nachricht)\\s*-{3,}.*");
    private static final List<String> FROM_LABELS = List.of("from:", "de :", "de:", "von:", "van:", "da:", "od:",
            "fra:", "från:", "от:");
    private static final List<String> BLOCK_LABELS = List.of("sent:", "date:", "to:", "subject:", "cc:",
            "envoyé :", "envoyé:", "à :", "objet :", "objet:", "date :", "gesendet:", "an:", "betreff:", "datum:",
            "verzonden:", "aan:", "onderwerp:", "inviato:", "a:", "oggetto:", "enviado:", "para:", "asunto:",
            "wysłane:", "do:", "temat:", "sendt:", "til:", "emne:", "skickat:", "ämne:", "отправлено:", "кому:",
            "тема:");
    private static final Pattern MOBILE_SIGNATURE = Pattern.compile(
            "(sent from my \\S+(\\s+\\S+){0,3}|sent from (outlook|mail|yahoo mail|samsung mobile)( for \\S+)?.*|"
                    + "sent from my mobile.*|get outlook for (ios|android)|von meinem \\S+( \\S+)? gesendet|"
                    + "envoyé de mon \\S+|enviado desde mi \\S+|inviato da(l mio)? \\S+|sent with \\S+.{0,60})");

    private VisibleText() {
    }

    /** The visible part of a plain-text body, trimmed. */
    public static String of(String bodyText) {
        if (bodyText == null || bodyText.isEmpty()) {
            return "";
        }
        String[] lines = bodyText.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int end = lines.length;
        for (int i = 0; i < lines.length; i++) {
            if (startsQuoteOrSignature(lines, i)) {
                end = i;
                break;
            }
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            String line = stripTrailing(lines[i]);
            if (!line.stripLeading().startsWith(">")) {
                kept.add(line);
            }
        }
        dropMobileSignature(kept);
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
        if (line.length() >= 20 && line.chars().allMatch(c -> c == '_')) {
            return fromLabel(nextNonBlank(lines, i + 1)) != null;
        }
        return isHeaderBlock(lines, i) || isReplyHeader(lines, i);
    }

    /** "On … wrote:" and its translations, possibly wrapped over up to three lines. */
    private static boolean isReplyHeader(String[] lines, int i) {
        StringBuilder joined = new StringBuilder();
        for (int k = i; k < Math.min(lines.length, i + 3); k++) {
            String part = unbold(lines[k].strip());
            if (part.isEmpty() || part.startsWith(">") || joined.length() + part.length() > MAX_HEADER_CHARS) {
                return false;
            }
            if (joined.length() > 0) {
                joined.append(' ');
            }
            joined.append(part);
            if (looksLikeReplyHeader(joined.toString())) {
                return true;
            }
        }
        return false;
    }

    static boolean looksLikeReplyHeader(String candidate) {
        String text = candidate.toLowerCase(Locale.ROOT).strip();
        if (!(text.endsWith(":") || text.endsWith("："))) {
            return false;
        }
        boolean hasAddressOrDigit = text.indexOf('@') >= 0 || text.chars().anyMatch(Character::isDigit);
        boolean opener = OPENERS.stream().anyMatch(text::startsWith);
        boolean verb = VERBS.stream().anyMatch(text::contains);
        if (verb && (opener || hasAddressOrDigit)) {
            return true;
        }
        // Gmail in some locales: "2014-03-20 8:48 GMT+01:00 Name <address>:"
        return !text.isEmpty() && Character.isDigit(text.charAt(0)) && text.endsWith(">:") && text.indexOf('@') > 0;
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

    private static void dropMobileSignature(List<String> kept) {
        int last = kept.size() - 1;
        while (last >= 0 && kept.get(last).isBlank()) {
            last--;
        }
        if (last >= 0) {
            String line = kept.get(last).strip().toLowerCase(Locale.ROOT);
            if (line.length() <= 80 && MOBILE_SIGNATURE.matcher(line).matches()) {
                kept.subList(last, kept.size()).clear();
            }
        }
    }

    private static String stripTrailing(String line) {
        return line.stripTrailing();
    }
}
