package org.plenary.intake;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises the lines mail clients write above a quoted or forwarded message: "On … wrote:" in many
 * languages (wrapped over up to three lines), Outlook's "-----Original Message-----" and "From: … Sent: …"
 * blocks, forward markers. Looks at most a few lines ahead and at most {@value #MAX_HEADER_CHARS} characters
 * of a line, so any input costs linear time. Thread-safe (stateless).
 */
final class ReplyHeaders {

    static final int MAX_HEADER_CHARS = 400;
    private static final int LABEL_PREFIX = 40;

    private static final List<String> OPENERS = List.of("on ", "le ", "am ", "el ", "il ", "op ", "w dniu ", "den ",
            "em ", "在");
    private static final List<String> VERBS = List.of("wrote", "a écrit", "schrieb", "escribió", "escrit",
            "ha scritto", "schreef", "pisze", "napisał", "napisal", "написал", "skrev", "写道", "작성", "のメッセージ",
            "kirjoitti", "írta", "escreveu", "yazdı");
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
            "-{3,}\\s*(original message|ursprüngliche nachricht|message d'origine|mensaje original|"
                    + "messaggio originale|oorspronkelijk bericht|originalmeddelande|forwarded message|"
                    + "message transféré|weitergeleitete nachricht|oprindelig besked|opprinnelig melding|"
                    + "alkuperäinen viesti|oryginalna wiadomość|původní zpráva|исходное сообщение|mensagem original)"
                    + "\\s*-{3,}.*");
    /** Labels that open a header block: From in several languages, and French webmail's "Message du :". */
    private static final List<String> FROM_LABELS = List.of("from:", "de :", "de:", "von:", "van:", "da:", "od:",
            "fra:", "från:", "от:", "message du :");
    private static final List<String> BLOCK_LABELS = List.of("sent:", "date:", "to:", "subject:", "cc:",
            "envoyé :", "envoyé:", "à :", "objet :", "objet:", "date :", "gesendet:", "an:", "betreff:", "datum:",
            "verzonden:", "aan:", "onderwerp:", "inviato:", "a:", "oggetto:", "enviado:", "para:", "asunto:",
            "wysłane:", "do:", "temat:", "sendt:", "til:", "emne:", "skickat:", "ämne:", "отправлено:", "кому:",
            "тема:", "a :", "sujet :", "copie à :", "dato:");

    private ReplyHeaders() {
    }

    /** A marker line after which everything is quoted or forwarded: Outlook separators and header blocks. */
    static boolean startsQuotedBlock(String[] lines, int i) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.length() > MAX_HEADER_CHARS) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (ORIGINAL_MESSAGE.matcher(lower).matches() || lower.equals("begin forwarded message:")) {
            return true;
        }
        if (lower.startsWith("---") && lower.endsWith("---") && hasFromLabel(nextNonBlank(lines, i + 1))) {
            return true; // "-------- Original message --------" in a language not listed above
        }
        return isHeaderBlock(lines, i);
    }

    /**
     * "On … wrote:" and its translations, possibly wrapped over up to three lines. A wrapped header must
     * start at line {@code i}: when the lines after it already make a header, the header starts later, so
     * a command typed right above "On … wrote:" is kept. Returns the header's last line, or -1.
     */
    static int replyHeaderEnd(String[] lines, int i) {
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

    static String nextNonBlank(String[] lines, int from) {
        for (int k = from; k < Math.min(lines.length, from + 3); k++) {
            if (!lines[k].isBlank()) {
                return lines[k];
            }
        }
        return null;
    }

    /** "On …", "Le …", a date: how a reply header's first line begins (unlike "<address> wrote:"). */
    private static boolean startsLikeHeader(String line) {
        String text = trimDashes(labelPrefix(line));
        return !text.isEmpty() && (Character.isDigit(text.charAt(0)) || OPENERS.stream().anyMatch(text::startsWith));
    }

    private static boolean headerPart(String line) {
        String part = line.strip();
        return !part.isEmpty() && part.length() <= MAX_HEADER_CHARS && (!part.startsWith(">") || part.equals(">:"));
    }

    /** Lines {@code from} to {@code to} as one, for headers the client wrapped; callers pass short lines only. */
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
        if (!hasFromLabel(lines[i])) {
            return false;
        }
        int labels = 0;
        for (int k = i + 1; k < Math.min(lines.length, i + 7) && labels < 2; k++) {
            String next = labelPrefix(lines[k]);
            if (BLOCK_LABELS.stream().anyMatch(next::startsWith)) {
                labels++;
            }
        }
        return labels >= 2;
    }

    private static boolean hasFromLabel(String line) {
        if (line == null) {
            return false;
        }
        String prefix = labelPrefix(line);
        return FROM_LABELS.stream().anyMatch(prefix::startsWith);
    }

    /** The start of a line, lower-case and unbolded: enough to read a label, cheap on a 100 kB line. */
    private static String labelPrefix(String line) {
        String start = line.length() > LABEL_PREFIX * 2 ? line.substring(0, LABEL_PREFIX * 2) : line;
        return unbold(start.strip()).toLowerCase(Locale.ROOT);
    }

    /** HTML turned to text shows Outlook's bold labels as "*From:*". */
    private static String unbold(String line) {
        int start = 0;
        while (start < line.length() && line.charAt(start) == '*') {
            start++;
        }
        return line.substring(start).replace(":*", ":");
    }
}
