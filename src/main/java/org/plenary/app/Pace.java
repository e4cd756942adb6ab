package org.plenary.app;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.component.mail.MailConfiguration;
import org.apache.camel.main.Main;
import org.plenary.mailbox.IdleWatch;
import org.plenary.mailbox.PollScheduler;
import org.plenary.metrics.PlenaryMetrics;
import org.plenary.store.OutboxEmail;
import org.plenary.workflow.Outcome;
import org.plenary.workflow.SettledMail;

/**
 * What makes Plenary answer as fast as the mailbox allows: each group's mailbox route is polled by a
 * {@link PollScheduler} of its own and watched by an {@link IdleWatch} (when PLENARY_IMAP_IDLE is on, see
 * {@link GroupRoutes}); a settled email makes its poll go on
 * at once and wakes the outbox, whose commit just filled it, and an outbox run that sent mail runs again at once;
 * each settled and each sent email is counted in
 * {@link PlenaryMetrics}.
 */
final class Pace implements SettledMail, AutoCloseable {
    private final PlenaryMetrics metrics;
    private final List<IdleWatch> watches = new ArrayList<>();
    /** Sending yields the cores to reading mail when both want them (PollScheduler.yielding). */
    private final PollScheduler outbox = PollScheduler.yielding(10);

    Pace(PlenaryMetrics metrics) {
        this.metrics = metrics;
    }

    /** Binds the outbox route's scheduler ({@code scheduler: "#outboxPolls"}) and the metrics {@code /metrics} reads. */
    void bind(Main main) {
        main.bind("outboxPolls", outbox);
        main.bind("metrics", metrics);
    }

    /** Watches the mailbox of group {@code groupId} with IDLE, renewed every {@code renew}, waking {@code polls}. */
    synchronized void watch(String groupId, MailConfiguration mailbox, PollScheduler polls, Duration renew) {
        watches.add(new IdleWatch(mailbox, polls, renew, metrics.mailbox(groupId)).start());
    }

    @Override
    public void settled(Outcome outcome, String messageId, Instant delivered) {
        metrics.settled(outcome, messageId, delivered);
        PollScheduler.markProgress();
        outbox.wake();
    }

    /** An outbox email was accepted by SMTP: the outbox runs again at once while it has mail to send. */
    void sent(OutboxEmail email) {
        metrics.sent(email.inReplyTo(), Instant.now());
        PollScheduler.markProgress();
    }

    @Override
    public synchronized void close() {
        watches.forEach(IdleWatch::close);
        watches.clear();
    }
}
