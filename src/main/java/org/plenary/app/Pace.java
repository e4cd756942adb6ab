package org.plenary.app;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.component.mail.MailEndpoint;
import org.apache.camel.main.Main;
import org.apache.camel.support.ScheduledPollConsumer;
import org.plenary.mailbox.BatchPrefetch;
import org.plenary.mailbox.IdleWatch;
import org.plenary.mailbox.PollScheduler;
import org.plenary.metrics.PlenaryMetrics;
import org.plenary.store.OutboxEmail;
import org.plenary.workflow.Outcome;
import org.plenary.workflow.SettledMail;

/**
 * What makes Plenary answer as fast as the mailbox allows, wired to the started routes: every mailbox route polled by a
 * {@link PollScheduler} gets an {@link IdleWatch} (when PLENARY_IMAP_IDLE is on); a settled email makes its poll go on
 * at once and wakes the outbox, whose commit just filled it, and an outbox run that sent mail runs again at once;
 * each settled and each sent email is counted in
 * {@link PlenaryMetrics}.
 */
final class Pace implements SettledMail, AutoCloseable {
    private final PlenaryMetrics metrics;
    private final List<IdleWatch> watches = new ArrayList<>();
    private final PollScheduler outbox = new PollScheduler();

    Pace(PlenaryMetrics metrics) {
        this.metrics = metrics;
    }

    /**
     * Binds the schedulers the routes name ({@code scheduler: "#mailboxPolls"}): one instance per route, as a scheduler
     * drives one consumer.
     */
    void bind(Main main) {
        main.bind("mailboxPolls", new PollScheduler());
        main.bind("mailboxKeys", new BatchPrefetch(100));
        main.bind("outboxPolls", outbox);
    }

    /** Watches each started mailbox route with IDLE, renewed every {@code renew}, when {@code idle}. */
    void attach(CamelContext camel, boolean idle, Duration renew) {
        for (Route route : camel.getRoutes()) {
            if (!(route.getConsumer() instanceof ScheduledPollConsumer polled)
                    || !(polled.getScheduler() instanceof PollScheduler scheduler)) {
                continue;
            }
            if (idle && route.getEndpoint() instanceof MailEndpoint mailbox) {
                watches.add(new IdleWatch(mailbox.getConfiguration(), scheduler, renew, metrics).start());
            }
        }
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
    public void close() {
        watches.forEach(IdleWatch::close);
        watches.clear();
    }
}
