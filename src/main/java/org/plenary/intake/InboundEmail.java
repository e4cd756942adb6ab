package org.plenary.intake;

import java.time.Instant;
import java.util.List;
import org.plenary.correlation.ThreadHeaders;

/**
 * One email as Plenary reads it, decoded and bounded. Addresses have their ASCII letters lower-cased, nothing
 * else (a look-alike stays itself); {@code messageId}
 * keeps its angle brackets and may be null; {@code digest} is a SHA-256 of the raw bytes (the dedupe
 * key when there is no Message-ID). {@code text} is the whole decoded body as text (HTML-only mail
 * turned to text); {@code visibleText} is what the sender wrote in this email, without quoted replies,
 * forwarded blocks or signature. {@code calendars} holds the text of each text/calendar part.
 * {@code automatic} names why the email was made by a machine (auto-reply, bounce, bulk), or is null.
 * {@code problems} lists what could not be read (truncated body, bad charset, broken MIME).
 * {@code authenticationResults} holds the topmost run of consecutive {@code Authentication-Results} headers, top
 * first, as they arrived (the block a receiving server prepends; those further down were in the email before it).
 * {@code from} is the first address of the From header and {@code fromAddresses} all of them: see {@link #sender}.
 *
 * <p>As {@link MailReader} fills it: {@code returnPath} is the lower-case address of the Return-Path header,
 * the empty string for the null path {@code <>} of bounces, and null when the header is absent;
 * {@code fromName}, {@code date}, {@code inReplyTo}, {@code listId} and {@code traceRef} are null when absent;
 * {@code subject} and {@code text} are never null (empty when absent); {@code subject} is RFC 2047 decoded,
 * unfolded, free of control characters and at most 998 characters; {@code automatic} reads
 * "kind: detail" with kind one of {@code auto-submitted}, {@code auto-reply}, {@code precedence}, {@code bounce}.
 */
public record InboundEmail(String messageId, String digest, String from, String fromName, String returnPath,
                           List<String> to, List<String> cc, String subject, Instant date, String inReplyTo,
                           List<String> references, String listId, String traceRef, String text,
                           String visibleText, List<String> calendars, String automatic, List<String> problems,
                           List<String> authenticationResults, List<String> fromAddresses) {

    /** The Message-ID, or the content digest where there is none: what makes an email "the same". */
    public String dedupeKey() {
        return messageId != null ? messageId : "sha256:" + digest;
    }

    /** What ties this email to one of Plenary's: its thread, trace header and subject. */
    public ThreadHeaders threadHeaders() {
        return new ThreadHeaders(inReplyTo, references, traceRef, subject);
    }

    /** The same email with other visible text: what is left to read once some lines are set aside. */
    public InboundEmail withVisibleText(String text) {
        return new InboundEmail(messageId, digest, from, fromName, returnPath, to, cc, subject, date, inReplyTo,
                references, listId, traceRef, this.text, text, calendars, automatic, problems, authenticationResults,
                fromAddresses);
    }

    public boolean isAutomatic() {
        return automatic != null;
    }

    /**
     * The address this email is from, or null when its From header names none or several: a From of two
     * addresses is nobody, whoever comes first in it.
     */
    public String sender() {
        return fromAddresses.size() == 1 ? fromAddresses.get(0) : null;
    }
}
