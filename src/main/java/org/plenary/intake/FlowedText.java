package org.plenary.intake;

/**
 * Undoes RFC 3676 {@code format=flowed}: a line ending in a space continues on the next line of the same
 * quote depth. Without this, a command typed as one line by a Thunderbird user would arrive cut in two.
 * Thread-safe (stateless).
 */
final class FlowedText {

    private FlowedText() {
    }

    static String unwrap(String text, boolean deleteSpace) {
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder paragraph = null;
        int paragraphDepth = 0;
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            int depth = 0;
            while (depth < line.length() && line.charAt(depth) == '>') {
                depth++;
            }
            String content = line.substring(depth);
            if (content.startsWith(" ")) {
                content = content.substring(1); // space-stuffing
            }
            if (paragraph != null && depth != paragraphDepth) {
                out.append(paragraph).append('\n');
                paragraph = null;
            }
            // The signature separator "-- " is never flowed, though it ends in a space.
            boolean flowed = content.endsWith(" ") && !content.equals("-- ");
            if (flowed && deleteSpace) {
                content = content.substring(0, content.length() - 1);
            }
            if (paragraph == null) {
                paragraph = new StringBuilder(">".repeat(depth));
                if (depth > 0) {
                    paragraph.append(' ');
                }
                paragraphDepth = depth;
            }
            paragraph.append(content);
            if (!flowed) {
                out.append(paragraph).append('\n');
                paragraph = null;
            }
        }
        if (paragraph != null) {
            out.append(paragraph).append('\n');
        }
        return out.substring(0, Math.max(0, out.length() - 1));
    }
}
