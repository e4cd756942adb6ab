package org.plenary.correlation;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A subject with its reply and forward prefixes ("Re:", "AW:", "Fwd:", "WG:", "TR:", "Sv:") and its tags
 * ("[SSR2]", "[SSR2 A7]") taken off. {@code reply} says whether it answered or forwarded an earlier email: such a
 * subject repeats someone else's words, so commands are not read from it (a tag's action id still counts).
 */
public record SubjectLine(String text, boolean reply, Optional<String> taggedAction) {

    /**
     * The prefixes mail clients put before a reply's subject, in the languages of their users (lower case); they
     * mark a thread, not a command, so they live here rather than in the command vocabulary.
     */
    static final Set<String> REPLY_PREFIXES = Set.of("re", "aw", "sv", "vs", "antw", "odp", "r", "rif", "res", "réf", "ref");
    /** The prefixes before a forwarded email's subject. */
    static final Set<String> FORWARD_PREFIXES = Set.of("fwd", "fw", "wg", "tr", "enc", "rv", "doorst", "i");

    private static final Pattern PREFIX = Pattern.compile(
            "^\\s{0,20}(\\p{L}{1,6})(?:\\[\\d{1,3}])?\\s{0,3}:\\s{0,20}");

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
            Optional<SubjectTag.Leading> tag = SubjectTag.leading(text);
            if (tag.isPresent()) {
                action = tag.get().action().orElse(action);
                text = text.substring(tag.get().end());
                stripped = true;
            }
        }
        return new SubjectLine(text.strip(), reply, Optional.ofNullable(action));
    }

    private static boolean isReplyOrForward(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return REPLY_PREFIXES.contains(w) || FORWARD_PREFIXES.contains(w);
    }
}
