package org.plenary.correlation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The group's tag in a subject: "[SSR2]" on every email, "[SSR2 A7]" on a reply about one action item, so that
 * answering it with a bare "done" updates that item (PRODUCT.md 4).
 */
public final class SubjectTag {
    private static final Pattern LEADING = Pattern.compile("^\\s{0,20}\\[([^\\[\\]]{1,60})]\\s{0,20}");
    private static final Pattern ACTION_AT_END = Pattern.compile("(?i)(?<![\\p{L}\\d])(A\\d{1,6})\\s{0,5}$");
    private static final Pattern ACTION_ID = Pattern.compile("A\\d+");

    /** A tag at the start of a text: where the text after it begins, and the action id it names, if any. */
    public record Leading(int end, Optional<String> action) {
    }

    private SubjectTag() {
    }

    /** "[SSR2]". */
    public static String of(String groupTag) {
        return "[" + groupTag + "]";
    }

    /** "[SSR2 A7]". */
    public static String of(String groupTag, String actionId) {
        return "[" + groupTag + " " + actionId + "]";
    }

    /** Whether a ref (of a Message-ID, the trace header or an outbox row) is an action item's id, e.g. "A7". */
    public static boolean isActionId(String ref) {
        return ref != null && ACTION_ID.matcher(ref).matches();
    }

    /** The subject with its group tag naming the action item {@code ref}, when {@code ref} is one; else as it is. */
    public static String naming(String subject, String groupTag, String ref) {
        String tag = of(groupTag);
        if (isActionId(ref) && subject.contains(tag)) {
            return subject.replace(tag, of(groupTag, ref));
        }
        return subject;
    }

    /** The tag ("[anything]") that opens {@code text}, whoever's it is; an action id at its end counts ("[TAG a12]"). */
    public static Optional<Leading> leading(String text) {
        Matcher tag = LEADING.matcher(text);
        if (!tag.find()) {
            return Optional.empty();
        }
        Matcher id = ACTION_AT_END.matcher(tag.group(1));
        Optional<String> action = id.find() ? Optional.of(id.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
        return Optional.of(new Leading(tag.end(), action));
    }
}
