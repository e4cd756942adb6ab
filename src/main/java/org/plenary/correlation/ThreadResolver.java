package org.plenary.correlation;

import java.util.Optional;
import org.plenary.group.MeetingIds;

/**
 * Answers "which meeting or action item is this email about". The meeting comes from the thread first: the
 * Message-ID answered, then the thread's ids newest first, each one of Plenary's (its ref read from the id
 * itself, or from the outbox for ids that do not carry it); then from the {@link TraceHeader}. Only refs that
 * are meeting ids count there. The action item comes from the subject tag ("Re: [SSR2 A7] …"). Thread-safe.
 */
public final class ThreadResolver {

    /** The ref the outbox recorded for one of Plenary's sent emails, looked up by its Message-ID. */
    @FunctionalInterface
    public interface SentMail {
        Optional<String> refOf(String messageId);
    }

    private final String domain;

    /** @param domain the domain of the group's address, which Plenary's Message-IDs end with */
    public ThreadResolver(String domain) {
        this.domain = domain;
    }

    public Correlation resolve(ThreadHeaders headers, SentMail sent) {
        return new Correlation(meeting(headers, sent), SubjectLine.of(headers.subject()).taggedAction());
    }

    private Optional<String> meeting(ThreadHeaders headers, SentMail sent) {
        for (String id : headers.answeredFirst()) {
            Optional<String> ref = MessageIds.refOf(id, domain).or(() -> sent.refOf(id));
            if (ref.isPresent() && MeetingIds.looksLikeMeetingId(ref.get())) {
                return ref;
            }
        }
        if (headers.traceRef() != null && MeetingIds.looksLikeMeetingId(headers.traceRef())) {
            return Optional.of(headers.traceRef());
        }
        return Optional.empty();
    }
}
