package org.plenary.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.plenary.store.ChangeLog;

/**
 * The digest's "what changed" as a secretary would write it: one short account per meeting and per action item,
 * in the order they first changed, each naming what happened and who did it once, instead of the raw confirmation
 * lines of the change log. What changed nothing ("was already confirmed", "unchanged") and what repeats is left
 * out. A pure function.
 */
final class WeekAccount {
    private static final Pattern NOTHING_CHANGED = Pattern.compile("\\balready\\b|\\bunchanged\\b");

    private WeekAccount() {
    }

    /**
     * @param heading a meeting or action id as its account opens ("SSR2 Plenary Call, Tue 27 Jun 13:00 UTC",
     *                "A3 Provide SSR1 briefings schedule"), or the id itself when it names nothing any more
     */
    static List<String> of(List<ChangeLog.Change> changes, Function<String, String> heading) {
        Map<String, Set<Part>> byRef = new LinkedHashMap<>();
        for (ChangeLog.Change change : changes) {
            String ref = change.ref() == null ? "" : change.ref();
            Part part = part(change.text(), ref, ref.isEmpty() ? "" : heading.apply(ref));
            if (part != null) {
                byRef.computeIfAbsent(ref, r -> new LinkedHashSet<>()).add(part);
            }
        }
        List<String> account = new ArrayList<>();
        byRef.forEach((ref, parts) -> account.add((ref.isEmpty() ? "" : heading.apply(ref) + ": ")
                + sentence(List.copyOf(parts)) + "."));
        return account;
    }

    /** What happened and who did it (null when the change names them already). */
    private record Part(String what, String who) {
    }

    /** The parts in order, what one person did in a row said once with their name: "done and noted …, by Larisa". */
    private static String sentence(List<Part> parts) {
        List<String> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            run.add(part.what());
            boolean last = i + 1 == parts.size() || !java.util.Objects.equals(parts.get(i + 1).who(), part.who());
            if (last) {
                runs.add(String.join(" and ", run) + (part.who() == null ? "" : ", by " + part.who()));
                run.clear();
            }
        }
        return String.join("; ", runs);
    }

    /** One change as part of its ref's account: "apologies from Noor Haddad (travelling)", "done (was open)". */
    private static Part part(String text, String ref, String heading) {
        int colon = text.indexOf(": ");
        String who = colon < 0 ? null : text.substring(0, colon);
        String what = colon < 0 ? text : text.substring(colon + 2);
        if (NOTHING_CHANGED.matcher(what).find()) {
            return null;
        }
        if (!ref.isEmpty()) {
            // The account's heading names the meeting or item: "for plenary-2017-06-27 (SSR2 Plenary Call, …)" and
            // a leading "A3 " only repeat it.
            what = what.replaceAll("\\s*\\b(for|of|to)?\\s*" + Pattern.quote(ref) + " \\([^)]*\\)", "")
                    .replaceAll("^" + Pattern.quote(ref) + "\\b:?\\s*", "").strip();
            String title = heading.startsWith(ref + " ") ? heading.substring(ref.length() + 1) : null;
            if (title != null) {
                what = what.replace(": " + title, "").strip();
            }
        }
        if (what.isEmpty()) {
            return null;
        }
        what = Character.toLowerCase(what.charAt(0)) + what.substring(1);
        what = what.replaceAll("[.\\s]+$", "").replaceFirst("^is now ", "")
                .replaceFirst("^apologies recorded from ", "apologies from ")
                .replaceFirst("^note: (.*)$", "noted \"$1\"")
                .replaceFirst("^agenda request (\\S+) recorded: (.*?); a chair or staff will accept or decline it$",
                        "asked for agenda item $1, $2");
        return new Part(what, who == null || what.contains(who) ? null : who);
    }
}
