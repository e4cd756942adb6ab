package org.plenary.workflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of a question's candidates (meetings or action items) a one-line answer picks: its number ("1", "#2",
 * "option 1"), "yes" when there was one, a meeting's day ("the 20th", "20 June"), or words of how the candidate is described (a meeting's id, kind, title or
 * time: "the plenary", "the outreach one", "16:00"; an item's id or title). Words every candidate shares pick none;
 * neither does a line that fits two. A pure function.
 */
final class ChoiceAnswer {
    private static final Pattern NUMBER = Pattern.compile("^(?:#|no\\.?\\s*|number\\s+|option\\s+)?(\\d{1,2})\\b");
    /** A day of the month as an answer: "the 20th", "20 June", "June 20", "Tuesday the 20th". */
    private static final Pattern DAY = Pattern.compile(
            "^(?:the\\s+)?(?:[a-z]+day\\s+)?(?:the\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)(?:\\s+(?:of\\s+)?([a-z]{3,}))?"
                    + "|(\\d{1,2})\\s+(?:of\\s+)?([a-z]{3,})|([a-z]{3,})\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?)$");
    private static final Set<String> YES = Set.of("yes", "y", "ok", "okay", "yes please", "that one");
    private static final Set<String> FILLER = Set.of("the", "a", "an", "one", "i", "meant", "mean", "please", "it",
            "is", "was", "for", "on", "at", "of", "to", "my", "sorry", "thanks", "thank", "you", "call", "meeting",
            "and", "or", "not", "that", "this", "which");

    private ChoiceAnswer() {
    }

    static Optional<Choice> pick(String line, List<Choice> candidates) {
        String answer = line == null ? "" : line.strip().toLowerCase(Locale.ROOT).replaceAll("[.!,;:]+$", "").strip();
        if (answer.isEmpty() || candidates.isEmpty()) {
            return Optional.empty();
        }
        Optional<Choice> onDay = onDay(answer, candidates);
        if (onDay.isPresent()) {
            return onDay;
        }
        Matcher number = NUMBER.matcher(answer);
        if (number.find()) {
            int index = Integer.parseInt(number.group(1)) - 1;
            return index >= 0 && index < candidates.size() ? Optional.of(candidates.get(index)) : Optional.empty();
        }
        if (YES.contains(answer)) {
            return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
        }
        List<String> words = Arrays.stream(answer.split("[^\\p{L}\\p{N}:-]+"))
                .filter(w -> !w.isBlank() && !FILLER.contains(w)).toList();
        List<Choice> best = new ArrayList<>();
        int bestScore = 0;
        for (Choice candidate : candidates) {
            String about = (candidate.id() + " " + candidate.words()).toLowerCase(Locale.ROOT);
            int score = (int) words.stream().filter(about::contains).count();
            if (score > bestScore) {
                best.clear();
                bestScore = score;
            }
            if (score == bestScore && score > 0) {
                best.add(candidate);
            }
        }
        return best.size() == 1 ? Optional.of(best.get(0)) : Optional.empty();
    }

    /** The one candidate on the day an answer names ("the 20th", "20 June"), matched against "Tue 20 Jun 13:00". */
    private static Optional<Choice> onDay(String answer, List<Choice> candidates) {
        Matcher day = DAY.matcher(answer);
        if (!day.matches()) {
            return Optional.empty();
        }
        String number = day.group(1) != null ? day.group(1) : day.group(3) != null ? day.group(3) : day.group(6);
        String month = day.group(1) != null ? day.group(2) : day.group(3) != null ? day.group(4) : day.group(5);
        String dayOfMonth = String.valueOf(Integer.parseInt(number));
        List<Choice> on = candidates.stream().filter(c -> {
            List<String> tokens = Arrays.asList(c.words().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (tokens.get(i).equals(dayOfMonth) && tokens.get(i + 1).length() == 3
                        && (month == null || month.startsWith(tokens.get(i + 1)))) {
                    return true;
                }
            }
            return false;
        }).toList();
        return on.size() == 1 ? Optional.of(on.get(0)) : Optional.empty();
    }
}
