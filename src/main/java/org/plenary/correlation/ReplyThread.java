package org.plenary.correlation;

import java.util.ArrayList;
import java.util.List;

/**
 * The In-Reply-To and References of an answer to an email, so that mail clients thread it under the original.
 *
 * @param inReplyTo the Message-ID answered, or null (then {@code references} is empty too)
 * @param references the thread's Message-IDs, oldest first, ending with the one answered
 */
public record ReplyThread(String inReplyTo, List<String> references) {

    /** Longer chains are trimmed from the middle, as RFC 5322 suggests, keeping the first and the last. */
    static final int MOST_REFERENCES = 12;

    /** Starts no thread: an email of Plenary's own, not an answer. */
    public static final ReplyThread NONE = new ReplyThread(null, List.of());

    public ReplyThread {
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** The answer to the email {@code messageId} (which may be null) whose own References were {@code references}. */
    public static ReplyThread answering(String messageId, List<String> references) {
        List<String> chain = new ArrayList<>(references);
        if (messageId != null && !chain.contains(messageId)) {
            chain.add(messageId);
        }
        while (chain.size() > MOST_REFERENCES) {
            chain.remove(1);
        }
        return new ReplyThread(messageId, chain);
    }
}
