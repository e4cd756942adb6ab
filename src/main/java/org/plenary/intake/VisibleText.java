package org.plenary.intake;

import java.util.ArrayList;
import java.util.List;
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

    /** Quote and signature containers of the common clients (Gmail, Yahoo, Thunderbird, Apple Mail, Outlook). */
    private static final String QUOTES = "blockquote, div.gmail_quote, div.yahoo_quoted, div.moz-cite-prefix, "
            + "blockquote.moz-cite, blockquote[type=cite], div.gmail_signature, div.moz-signature, div#Signature";
    /** Outlook (Windows, Mac, Hotmail) marks only where the quote starts: it and everything after it go. */
    private static final String QUOTES_TO_END = "div#divRplyFwdMsg, #appendonsend, div#OLK_SRC_BODY_SECTION, "
            + "hr#stopSpelling";

    private static final int WRAPPED_LINE = 60;
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
            int headerEnd = ReplyHeaders.replyHeaderEnd(lines, i);
            if (headerEnd >= 0 && isQuoted(ReplyHeaders.nextNonBlank(lines, headerEnd + 1))) {
                // A bottom-posted reply: the quote is marked by ">", so what follows it is the sender's again.
                i = headerEnd;
                continue;
            }
            if (headerEnd >= 0 || ReplyHeaders.startsQuotedBlock(lines, i) || SignatureLines.startsSignature(lines[i])) {
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

    /** The "-----" or "____" line that stood above a cut-off quote belongs to the quote. */
    private static void dropTrailingSeparators(List<String> kept) {
        int last = kept.size() - 1;
        while (last >= 0 && (kept.get(last).isBlank() || SEPARATOR.matcher(kept.get(last).strip()).matches())) {
            last--;
        }
        kept.subList(last + 1, kept.size()).clear();
    }
}
