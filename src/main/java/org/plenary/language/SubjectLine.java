package org.plenary.language;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A subject with its reply and forward prefixes ("Re:", "AW:", "Fwd:", "WG:", "TR:", "Sv:") and its tags
 * ("[SSR2]", "[SSR2 A7]") taken off. {@code reply} says whether it answered or forwarded an earlier email: such a
 * subject repeats someone else's words, so commands are not read from it (a tag's action id still counts).
 */
public record SubjectLine(String text, boolean reply, Optional<String> taggedAction) {

    private static final Pattern PREFIX = Pattern.compile(
            "^\\s{0,20}(\\p{L}{1,6})(?:\\[\\d{1,3}])?\\s{0,3}:\\s{0,20}");
    private static final Pattern TAG = Pattern.compile("^\\s{0,20}\\[([^\\[\\]]{1,60})]\\s{0,20}");
    private static final Pattern TAGGED_ACTION = Pattern.compile("(?i)(?<![\\p{L}\\d])(A\\d{1,6})\\s{0,5}$");

    /** Longer subjects are hostile or broken; their tail is not read, which keeps the prefix loop short. */
    static final int LONGEST_SUBJECT = 1_000;

    public static SubjectLine of(String subject) {
        String text = subject == null ? "" : subject.replace('\u2019', '\'');
        if (text.length() > LONGEST_SUBJECT) {
            text = text.substring(0, LONGEST_SUBJECT);
        }
        boolean reply = false;
        String action = null;
        for (boolean stripped = true; stripped; ) {
            stripped = false;
            Matcher prefix = PREFIX.matcher(text);
            if (prefix.find() && isReplyOrForward(prefix.group(1))) {
                reply = true;
                text = text.substring(prefix.end());
                stripped = true;
            }
            Matcher tag = TAG.matcher(text);
            if (tag.find()) {
                Matcher id = TAGGED_ACTION.matcher(tag.group(1));
                if (id.find()) {
                    action = id.group(1).toUpperCase(Locale.ROOT);
                }
                text = text.substring(tag.end());
                stripped = true;
            }
        }
        return new SubjectLine(text.strip(), reply, Optional.ofNullable(action));
    }

    private static boolean isReplyOrForward(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Vocabulary.REPLY_PREFIXES.contains(w) || Vocabulary.FORWARD_PREFIXES.contains(w);
    }
}
