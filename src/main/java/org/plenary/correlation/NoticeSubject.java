package org.plenary.correlation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The subject of one of Plenary's own notices about a meeting ("[SSR2] Proposed agenda: SSR2 Plenary Call, Tuesday
 * 20 June 13:00 UTC"), as a reply repeats it. When a mail client drops In-Reply-To and References, the subject
 * still names the meeting: {@link #meetingWords} gives the words after the notice's opening ("SSR2 Plenary Call,
 * Tuesday 20 June 13:00 UTC") for the language to read. The openings are those of the templates' subjects.
 * Stateless and thread-safe.
 */
public final class NoticeSubject {

    /** How the subjects of Plenary's notices about one meeting open, after the tag (templates/*-subject.ftl). */
    static final List<String> OPENINGS = List.of("proposed agenda:", "updated:", "cancelled:",
            "action items and decisions reached:");

    private NoticeSubject() {
    }

    /** The words naming the meeting, when {@code subject} answers or forwards a tagged notice of Plenary's. */
    public static Optional<String> meetingWords(String subject) {
        SubjectLine line = SubjectLine.of(subject);
        if (!line.reply() || subject.indexOf('[') < 0 || line.taggedAction().isPresent()) {
            return Optional.empty();
        }
        String text = line.text();
        String lower = text.toLowerCase(Locale.ROOT);
        return OPENINGS.stream().filter(lower::startsWith).findFirst()
                .map(opening -> text.substring(opening.length()).strip())
                .filter(words -> !words.isEmpty());
    }
}
