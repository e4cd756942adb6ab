package org.plenary.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The group's own words, which people use in prose: its tag ("the SSR2 plenary") and its meetings' titles ("the SSR1
 * briefing", "the SSR2 Plenary Call on Tuesday"). Before a line is read, a title becomes its meeting's kind and the tag
 * is dropped where it qualifies a meeting ("the SSR2 plenary", "the SSR2 call"), so the meeting phrase reads as any
 * other; elsewhere the tag is a word of the sender's ("draft the SSR2 report") and stays. Immutable and thread-safe.
 */
public final class GroupWords {

    /** Words that name a meeting without being a kind of this group's. */
    private static final List<String> MEETING_WORDS = List.of("call", "calls", "meeting", "meetings", "session", "sessions");

    public static final GroupWords NONE = new GroupWords(List.of(), Map.of());

    /** Titles longer than this are not looked for: people do not retype a long title. */
    private static final int LONGEST_TITLE = 120;

    /** Not inside an address, a file name or a bracketed tag: "noor@ssr2.test" and "[SSR2]" keep their words. */
    private static final String AFTER = "(?![\\p{L}\\d\\]@_/-]|\\.[\\p{L}\\d])";

    private final Pattern tags;
    private final Pattern titles;
    private final Map<String, String> kindOfTitle;

    /**
     * @param tags the group's tags ("SSR2")
     * @param kindOfTitle each meeting title ("SSR2 Plenary Call") with its kind ("plenary")
     */
    public GroupWords(List<String> tags, Map<String, String> kindOfTitle) {
        Map<String, String> kinds = new LinkedHashMap<>();
        kindOfTitle.forEach((title, kind) -> {
            String key = title == null ? "" : title.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (!key.isEmpty() && key.length() <= LONGEST_TITLE && kind != null) {
                kinds.putIfAbsent(key, kind);
            }
        });
        this.kindOfTitle = Map.copyOf(kinds);
        this.titles = kinds.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\d@._/-])" + alternation(kinds.keySet()) + "(?:'s)?" + AFTER,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<String> written = tags.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
        List<String> meetingWords = new ArrayList<>(MEETING_WORDS);
        kinds.values().forEach(kind -> meetingWords.add(kind.replace('-', ' ')));
        this.tags = written.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\d\\[@._/-])" + alternation(written) + "(?:'s)?" + AFTER
                        + "(?=\\s+" + alternation(meetingWords) + "(?![\\p{L}\\d]))",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * The line with each title written as its kind and the tag left out before a meeting word: "the SSR1 briefing"
     * reads "the briefing", "the SSR2 plenary" reads "the  plenary".
     */
    String plain(String line) {
        String text = line;
        if (titles != null) {
            Matcher m = titles.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String title = m.group().toLowerCase(Locale.ROOT).replaceAll("'s$", "").replaceAll("\\s+", " ");
                m.appendReplacement(out, Matcher.quoteReplacement(kindOfTitle.getOrDefault(title, m.group())));
            }
            m.appendTail(out);
            text = out.toString();
        }
        if (tags != null) {
            text = tags.matcher(text).replaceAll("");
        }
        return text;
    }

    private static String alternation(Iterable<String> words) {
        List<String> sorted = new ArrayList<>();
        words.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted.stream().map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(java.util.stream.Collectors.joining("|", "(?:", ")"));
    }
}
