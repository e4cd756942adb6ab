package org.plenary.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.store.StoreTransaction;

/**
 * The lines of Plenary's recent error and help replies, by outbox number, kept between emails: {@link Echoes} asks for
 * a sender's replies of the week with every email they send, and reading and splitting the same texts again was a
 * twentieth of a backlog's drain (issue 11). Those replies are never rewritten once in the outbox (only a waiting
 * round-up of confirmations is), and a number is never given to another email, so what is kept stays true; the
 * least recently used are forgotten past {@value #KEPT}. Thread-safe.
 */
final class SentLines {
    static final int KEPT = 500;

    private final Map<Long, List<String>> lines = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, List<String>> eldest) {
            return size() > KEPT;
        }
    };

    /** The non-blank lines of the email, trailing spaces stripped, as the transaction sees it (none if it has none). */
    List<String> of(StoreTransaction tx, long outboxNo) {
        synchronized (lines) {
            List<String> known = lines.get(outboxNo);
            if (known != null) {
                return known;
            }
        }
        List<String> read = tx.outbox().text(outboxNo)
                .map(text -> text.lines().map(String::stripTrailing).filter(l -> !l.isBlank()).toList())
                .orElse(List.of());
        synchronized (lines) {
            lines.put(outboxNo, read);
        }
        return read;
    }
}
