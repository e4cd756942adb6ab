package org.plenary.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.plenary.mailbox.IdleWatch;
import org.plenary.store.Database;
import org.plenary.workflow.Outcome;

/**
 * The figures of {@code /metrics}, in the Prometheus text format: emails by outcome, the unseen backlog, the time
 * from delivery into the mailbox to the first reply's delivery to SMTP, the outbox's pending and retrying emails,
 * whether IMAP IDLE is connected, and JVM memory. Labels hold outcomes only, never an address or a subject.
 * Thread-safe.
 */
public final class PlenaryMetrics {
    /** Replies awaited, by the Message-ID of the email they answer; bounded, the oldest forgotten first. */
    private static final int AWAITED_LIMIT = 10_000;

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<Outcome, Counter> emails = new ConcurrentHashMap<>();
    /** By group id, as each mailbox's IDLE last saw it; the gauges add them up (a group id is no personal data). */
    private final Map<String, Integer> unseen = new ConcurrentHashMap<>();
    private final Map<String, Boolean> idleConnected = new ConcurrentHashMap<>();
    private final Timer deliveryToConfirmation;
    private final Map<String, Instant> awaited = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > AWAITED_LIMIT;
        }
    };

    public PlenaryMetrics(Database database) {
        for (Outcome outcome : Outcome.values()) {
            emails.put(outcome, Counter.builder("plenary.emails").description("Emails read from the mailbox, by outcome")
                    .tag("outcome", outcome.id()).register(registry));
        }
        Gauge.builder("plenary.mailbox.unseen", unseen, m -> m.values().stream().mapToInt(Integer::intValue).sum())
                .description("Unseen messages in the mailboxes, as IMAP IDLE last saw them").register(registry);
        Gauge.builder("plenary.imap.idle.connected", idleConnected, m -> m.values().stream().filter(c -> c).count())
                .description("Mailboxes IMAP IDLE watches now (1 per group while connected)").register(registry);
        Gauge.builder("plenary.outbox.pending", database, d -> d.isReachable() ? d.inTransaction(tx -> tx.outbox().pending()) : Double.NaN)
                .description("Emails in the outbox not yet accepted by SMTP").register(registry);
        Gauge.builder("plenary.outbox.retrying", database, d -> d.isReachable() ? d.inTransaction(tx -> tx.outbox().retrying()) : Double.NaN)
                .description("Outbox emails waiting after a failed attempt").register(registry);
        deliveryToConfirmation = Timer.builder("plenary.delivery.to.confirmation")
                .description("From an email's delivery into the mailbox to its first reply accepted by SMTP")
                .serviceLevelObjectives(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
                        Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30),
                        Duration.ofMinutes(1), Duration.ofMinutes(5))
                .register(registry);
        new JvmMemoryMetrics().bindTo(registry);
    }

    /** An email was settled (committed, or recorded as failed); {@code delivered}: when the mailbox received it. */
    public void settled(Outcome outcome, String messageId, Instant delivered) {
        emails.get(outcome).increment();
        if (messageId != null && delivered != null) {
            synchronized (awaited) {
                awaited.put(messageId, delivered);
            }
        }
    }

    /** An outbox email was accepted by SMTP; the first reply to a settled email ends its latency. */
    public void sent(String inReplyTo, Instant now) {
        if (inReplyTo == null) {
            return;
        }
        Instant delivered;
        synchronized (awaited) {
            delivered = awaited.remove(inReplyTo);
        }
        if (delivered != null) {
            deliveryToConfirmation.record(Duration.between(delivered, now).isNegative() ? Duration.ZERO
                    : Duration.between(delivered, now));
        }
    }

    /** What the IDLE watch of group {@code groupId}'s mailbox reports. */
    public IdleWatch.Observer mailbox(String groupId) {
        return new IdleWatch.Observer() {
            @Override
            public void connected(boolean connected) {
                idleConnected.put(groupId, connected);
            }

            @Override
            public void unseen(int count) {
                unseen.put(groupId, count);
            }
        };
    }

    /** The Prometheus text format (version 0.0.4). */
    public String scrape() {
        return registry.scrape();
    }
}
