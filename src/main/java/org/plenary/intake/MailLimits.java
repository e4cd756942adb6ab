package org.plenary.intake;

/**
 * How much of one email {@link MailReader} is willing to look at. Mail comes from strangers, so every
 * dimension a sender controls (size, body length, nesting, header length) has a ceiling.
 *
 * @param maxRawBytes        bytes of the raw message that are parsed; the rest is ignored (the digest still covers all)
 * @param maxTextChars       characters of body text kept, and of each calendar part
 * @param maxMimeDepth       multipart levels descended into
 * @param maxHeaderLineBytes bytes kept of any one header line; longer lines are cut before parsing
 */
public record MailLimits(long maxRawBytes, int maxTextChars, int maxMimeDepth, int maxHeaderLineBytes) {

    public static final MailLimits DEFAULTS = new MailLimits(30L * 1024 * 1024, 1024 * 1024, 50, 16 * 1024);

    public MailLimits {
        if (maxRawBytes < 1 || maxTextChars < 1 || maxMimeDepth < 1 || maxHeaderLineBytes < 78) {
            throw new IllegalArgumentException("mail limits must be positive (header lines at least 78 bytes)");
        }
    }
}
