package org.plenary.notify;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.plenary.group.GroupDefinition;
import org.plenary.store.Database;
import org.plenary.store.OutboxEmail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbound route's bean: which outbox emails are due, their MIME form, and what became of each
 * delivery. A failure moves the next attempt out exponentially (30 s, 1 min, 2 min … at most 1 hour) and
 * is logged and visible in /health, so an SMTP outage delays mail and loses none. Thread-safe.
 */
public final class OutboxDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);

    private final Database database;
    private final Function<String, GroupDefinition> groups;
    private final MailComposer composer;
    private final Clock clock;
    private final Consumer<OutboxEmail> onSent;

    /** @param groups the definition of each group by id: an email goes out from the address of its own group */
    public OutboxDelivery(Database database, Function<String, GroupDefinition> groups, MailComposer composer, Clock clock) {
        this(database, groups, composer, clock, email -> { });
    }

    /**
     * @param groups the definition of each group by id: an email goes out from the address of its own group
     * @param onSent told of each email SMTP accepted, after it was marked sent (metrics)
     */
    public OutboxDelivery(Database database, Function<String, GroupDefinition> groups, MailComposer composer, Clock clock,
                          Consumer<OutboxEmail> onSent) {
        this.database = database;
        this.groups = groups;
        this.composer = composer;
        this.clock = clock;
        this.onSent = onSent;
    }

    public List<OutboxEmail> due() {
        return database.inTransaction(tx -> tx.outbox().due(clock.instant(), 50));
    }

    public MimeMessage compose(OutboxEmail email) {
        GroupDefinition definition = groups.apply(email.groupId());
        boolean toList = definition.list() != null && email.recipients().contains(definition.list());
        return composer.compose(new OutgoingEmail(email.messageId(), definition.address(), definition.name(),
                email.recipients(), email.subject(), email.text(), email.html(), email.calendar(),
                email.calendarMethod(), email.inReplyTo(), email.references(), email.autoSubmitted(), email.ref(),
                toList ? Map.of("Precedence", "list") : Map.of()));
    }

    /** Marks sent the email {@link #due} handed out (the one composed and accepted, not read again). */
    public void sent(OutboxEmail email) {
        database.useTransaction(tx -> tx.outbox().markSent(email.outboxNo(), clock.instant()));
        onSent.accept(email);
    }

    /**
     * Records a failed attempt at the email {@link #due} handed out and when to try again: its attempts are as read
     * then, since only this route counts them.
     */
    public void failed(OutboxEmail email, Exception error) {
        long outboxNo = email.outboxNo();
        int attempts = email.attempts();
        String message = error.getClass().getSimpleName() + ": " + error.getMessage();
        database.useTransaction(tx -> {
            Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts, 10));
            if (wait.compareTo(LONGEST_RETRY) > 0) {
                wait = LONGEST_RETRY;
            }
            Instant next = clock.instant().plus(wait);
            tx.outbox().markFailed(outboxNo, message, next);
            LOG.warn("outbox email {} not delivered (attempt {}): {}; next attempt in {} s", outboxNo, attempts + 1,
                    message, wait.toSeconds());
        });
    }
}
