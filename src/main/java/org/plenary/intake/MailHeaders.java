package org.plenary.intake;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.address.AsciiCase;

/**
 * The header fields of one email, read leniently and cleaned: unfolded, decoded, free of control
 * characters and cut to the 998 characters RFC 5322 allows a line. A field that cannot be read is
 * absent and named in the problems. Not thread-safe: one per email.
 */
final class MailHeaders {

    static final int MAX_FIELD_CHARS = 998;
    /** Trace fields such as Authentication-Results run over many folded lines (Fastmail's reach 2,000 characters). */
    static final int MAX_TRACE_FIELD_CHARS = 16_000;
    private static final int MAX_TRACE_FIELDS = 100;
    private static final int MAX_REFERENCES = 200;
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]+)\\?([QqBb])\\?([^?\\s]*)\\?=");

    private final MimeMessage message;
    private final List<String> problems;

    MailHeaders(MimeMessage message, List<String> problems) {
        this.message = message;
        this.problems = problems;
    }

    /** A header's cleaned value, or null when absent. */
    String text(String name) {
        String value = raw(name);
        return value == null ? null : cut(clean(value).strip());
    }

    /** Every address of a header that has one, in order. */
    List<InternetAddress> nonBlankAddresses(String name) {
        return addresses(name).stream().filter(a -> a.getAddress() != null && !a.getAddress().isBlank()).toList();
    }

    List<String> lowerCaseAddresses(String name) {
        return addresses(name).stream().map(MailHeaders::lowerCase).filter(a -> !a.isEmpty()).distinct().toList();
    }

    static String lowerCase(InternetAddress address) {
        String value = address.getAddress() == null ? "" : address.getAddress();
        return AsciiCase.lower(clean(value).replace(" ", ""));
    }

    /** The RFC 2047 decoded display name; a word the address parser could not decode gets a second chance. */
    String displayName(InternetAddress address) {
        return cut(clean(decodeWords(encodedPrefix(address.getPersonal()))).strip());
    }

    /** "" for the null return path {@code <>} of bounces, null when the header is absent. */
    String returnPath() {
        String value = raw("Return-Path");
        if (value == null) {
            return null;
        }
        String path = value.split(",", 2)[0].strip();
        if (path.startsWith("<")) {
            int close = path.indexOf('>');
            path = close > 0 ? path.substring(1, close) : path.substring(1);
        }
        return AsciiCase.lower(clean(path).strip());
    }

    /** RFC 2047 decoded, never null. */
    String subject() {
        String value = raw("Subject");
        if (value == null) {
            return "";
        }
        return cut(clean(decodeWords(encodedPrefix(value))).strip());
    }

    /**
     * Enough of an encoded field for {@value #MAX_FIELD_CHARS} decoded characters, cut between words:
     * decoding costs per word, and a subject of 40,000 encoded words must not cost seconds.
     */
    private static String encodedPrefix(String value) {
        int enough = MAX_FIELD_CHARS * 16;
        if (value.length() <= enough) {
            return value;
        }
        int space = value.lastIndexOf(' ', enough);
        return value.substring(0, space > 0 ? space : enough);
    }

    /**
     * RFC 2047 words decoded; a word in a charset Java does not know is read as UTF-8, the charset
     * most such mail really is in, and a word that still cannot be decoded is kept as it came.
     */
    static String decodeWords(String value) {
        try {
            return MimeUtility.decodeText(value);
        } catch (UnsupportedEncodingException | RuntimeException unknownCharset) {
            Matcher word = ENCODED_WORD.matcher(value);
            StringBuilder out = new StringBuilder();
            while (word.find()) {
                String utf8 = "=?UTF-8?" + word.group(2) + "?" + word.group(3) + "?=";
                String decoded;
                try {
                    decoded = MimeUtility.decodeWord(isKnown(word.group(1)) ? word.group() : utf8);
                } catch (ParseException | UnsupportedEncodingException | RuntimeException undecodable) {
                    decoded = word.group();
                }
                word.appendReplacement(out, Matcher.quoteReplacement(decoded));
            }
            word.appendTail(out);
            return out.toString();
        }
    }

    private static boolean isKnown(String charset) {
        try {
            return Charset.isSupported(MimeUtility.javaCharset(charset.split("\\*", 2)[0]));
        } catch (RuntimeException illegalName) {
            return false;
        }
    }

    /** With its angle brackets (added when the sender left them out), or null. */
    String messageId() {
        List<String> ids = ids("Message-ID");
        if (!ids.isEmpty()) {
            return ids.get(0);
        }
        String bare = text("Message-ID");
        return bare == null || bare.isBlank() ? null : "<" + bare + ">";
    }

    /** Every {@code <…>} token of a header, in order: message ids keep their brackets. */
    List<String> ids(String name) {
        String value = raw(name);
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
            if (id.length() > 2 && id.length() <= MAX_FIELD_CHARS) {
                ids.add(id);
            }
            open = value.indexOf('<', close);
        }
        return List.copyOf(ids);
    }

    Instant date() {
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

    /** Control characters (NUL, escape sequences) never leave the reader; tabs become spaces. */
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

    private List<InternetAddress> addresses(String name) {
        String value = raw(name);
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

    /**
     * The values of the topmost run of consecutive {@code name} headers, top first, unfolded and cleaned: the
     * block a receiving server prepends. Headers of that name further down, past any other header, were there
     * before it and are left out; so is a value longer than {@value #MAX_TRACE_FIELD_CHARS} characters, and every
     * one below it, because a cut verdict could read as another one.
     */
    List<String> topmostRun(String name) {
        try {
            List<String> run = new ArrayList<>();
            Enumeration<Header> headers = message.getAllHeaders();
            boolean inRun = false;
            while (headers.hasMoreElements() && run.size() < MAX_TRACE_FIELDS) {
                Header header = headers.nextElement();
                if (!header.getName().equalsIgnoreCase(name)) {
                    if (inRun) {
                        break;
                    }
                    continue;
                }
                inRun = true;
                // clean() drops the CR LF of folded lines; the white space after them stays.
                String value = header.getValue() == null ? "" : clean(header.getValue());
                if (value.length() > MAX_TRACE_FIELD_CHARS) {
                    problems.add(name + " header of " + value.length() + " characters not read");
                    break;
                }
                run.add(value.strip());
            }
            return List.copyOf(run);
        } catch (MessagingException | RuntimeException unreadable) {
            return List.of();
        }
    }

    /** All values of a header joined by commas and unfolded, or null when absent. */
    private String raw(String name) {
        try {
            String value = message.getHeader(name, ",");
            return value == null ? null : TextDecoder.rawHeader(value.replace("\r", "").replace("\n", ""));
        } catch (MessagingException | RuntimeException unreadable) {
            return null;
        }
    }

    private static String cut(String value) {
        return value.length() > MAX_FIELD_CHARS ? value.substring(0, MAX_FIELD_CHARS) : value;
    }
}
