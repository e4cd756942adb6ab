package org.plenary.correlation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What of an incoming email can tie it to one of Plenary's emails: the Message-ID it answers, the thread's
 * Message-IDs (oldest first, as written), the {@link TraceHeader} and the subject. Any may be null or empty.
 */
public record ThreadHeaders(String inReplyTo, List<String> references, String traceRef, String subject) {

    public ThreadHeaders {
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** The thread's Message-IDs nearest first: the one answered, then the References newest first. */
    public List<String> answeredFirst() {
        List<String> ids = new ArrayList<>();
        if (inReplyTo != null) {
            ids.add(inReplyTo);
        }
        List<String> newestFirst = new ArrayList<>(references);
        Collections.reverse(newestFirst);
        ids.addAll(newestFirst);
        return ids;
    }
}
