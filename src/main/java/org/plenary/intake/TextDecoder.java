package org.plenary.intake;

import jakarta.mail.internet.MimeUtility;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Bytes to text under a declared charset that may be missing, misspelt or a lie. An unknown charset
 * is read as UTF-8 if the bytes are valid UTF-8, else as ISO-8859-1, which cannot fail.
 */
final class TextDecoder {

    private TextDecoder() {
    }

    static String decode(byte[] bytes, String declaredCharset, List<String> problems) {
        Charset charset = lookup(declaredCharset);
        if (charset != null) {
            return new String(bytes, charset); // replaces malformed input, never throws
        }
        if (declaredCharset != null && !declaredCharset.isBlank()) {
            problems.add("unknown charset " + printable(declaredCharset) + ", read as UTF-8 or ISO-8859-1");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * Header bytes reach us one char per byte (ISO-8859-1). Modern clients send raw UTF-8 in headers, older
     * ones raw Latin-1: read the bytes as UTF-8 when they are valid UTF-8, else keep them as Latin-1.
     */
    static String rawHeader(String latin1) {
        int eightBit = 0;
        for (int i = 0; i < latin1.length(); i++) {
            char c = latin1.charAt(i);
            if (c > 0xff) {
                return latin1; // already decoded, not a byte string
            }
            eightBit += c >= 0x80 ? 1 : 0;
        }
        if (eightBit == 0) {
            return latin1;
        }
        String utf8 = new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        long broken = utf8.chars().filter(c -> c == '\uFFFD').count();
        // Mostly valid UTF-8 with a cut character is still UTF-8; Latin-1 text is almost never valid UTF-8.
        return broken * 4 < eightBit ? utf8 : latin1;
    }

    private static Charset lookup(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        try {
            String name = MimeUtility.javaCharset(declared.strip());
            // us-ascii is often declared over 8-bit text; UTF-8 or Latin-1 reads it better than '?'.
            if (name.equalsIgnoreCase("us-ascii") || name.equalsIgnoreCase("ascii")) {
                return null;
            }
            return Charset.forName(name);
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    /** A charset name from a header, safe to put in a problem message. */
    static String printable(String value) {
        String cleaned = value.replaceAll("[\\p{Cntrl}]", "");
        return cleaned.length() > 40 ? cleaned.substring(0, 40) + "…" : cleaned;
    }
}
