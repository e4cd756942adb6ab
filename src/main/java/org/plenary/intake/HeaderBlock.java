package org.plenary.intake;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Cuts over-long header lines before the MIME parser sees them: a 200 kB Subject must cost no more
 * than a normal one. Returns the same array when nothing needs cutting, so normal mail is not copied;
 * otherwise a copy of the first {@code length} bytes with the long lines cut.
 */
final class HeaderBlock {

    private HeaderBlock() {
    }

    static byte[] limitLines(byte[] raw, int length, int maxLineBytes, List<String> problems) {
        int headerEnd = headerEnd(raw, length);
        if (!hasLongLine(raw, headerEnd, maxLineBytes)) {
            return raw; // the caller parses only the first length bytes
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(length);
        int lineStart = 0;
        for (int i = 0; i <= headerEnd; i++) {
            if (i == headerEnd || raw[i] == '\n') {
                int lineLength = i - lineStart;
                int kept = Math.min(lineLength, maxLineBytes);
                if (lineLength > maxLineBytes) {
                    problems.add("header line of " + lineLength + " bytes cut to " + maxLineBytes);
                }
                out.write(raw, lineStart, kept);
                if (i < headerEnd) {
                    out.write('\n');
                }
                lineStart = i + 1;
            }
        }
        out.write(raw, headerEnd, length - headerEnd);
        return out.toByteArray();
    }

    /** Index of the blank line that ends the header, or the length when there is none. */
    private static int headerEnd(byte[] raw, int length) {
        for (int i = 0; i + 1 < length; i++) {
            if (raw[i] == '\n' && (raw[i + 1] == '\n' || (raw[i + 1] == '\r' && i + 2 < length && raw[i + 2] == '\n'))) {
                return i + 1;
            }
        }
        return length;
    }

    private static boolean hasLongLine(byte[] raw, int end, int maxLineBytes) {
        int lineStart = 0;
        for (int i = 0; i < end; i++) {
            if (raw[i] == '\n') {
                lineStart = i + 1;
            } else if (i - lineStart >= maxLineBytes) {
                return true;
            }
        }
        return false;
    }
}
