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
 * "option 1"), "yes" when there was one, or words of how the candidate is described (a meeting's id, kind, title or
 * time: "the plenary", "the outreach one", "16:00"; an item's id or title). Words every candidate shares pick none;
 * neither does a line that fits two. A pure function.
 */
final class ChoiceAnswer {
    private static final Pattern NUMBER = Pattern.compile("^(?:#|no\\.?\\s*|number\\s+|option\\s+)?(\\d{1,2})\\b");
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
}
