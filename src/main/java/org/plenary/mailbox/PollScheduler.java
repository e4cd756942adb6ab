package org.plenary.mailbox;

import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.spi.ScheduledPollConsumerScheduler;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduler of a polling route ({@code scheduler: "#class:org.plenary.mailbox.PollScheduler"}): it polls after the
 * route's {@code delay} like Camel's own, and also at once when {@linkplain #wake() woken} (IMAP IDLE saw new mail, a
 * commit filled the outbox) or when the poll that just ended {@linkplain #markProgress() made progress}, so a backlog
 * drains without a delay between batches. Progress, not mere activity, decides: a poll whose every message fails (the
 * store is down) waits the delay like before, instead of re-reading the same messages in a tight loop.
 *
 * <p>One thread per route runs the polls, so a wake never runs two polls of one mailbox at once; a wake during a
 * poll is kept and runs the next poll right after it. A {@linkplain #yielding yielding} scheduler's thread runs at a
 * lower operating-system priority. Thread-safe.
 */
public final class PollScheduler extends ServiceSupport implements ScheduledPollConsumerScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(PollScheduler.class);
    private static final ThreadLocal<PollScheduler> POLLING = new ThreadLocal<>();

    private final Object lock = new Object();
    private CamelContext camelContext;
    private ScheduledPollConsumer consumer;
    private volatile Runnable task;
    private Thread thread;
    private boolean woken;
    private boolean progressed;
    private volatile boolean active;
    private final int niceness;

    /** A scheduler whose thread runs at the priority of the others. */
    public PollScheduler() {
        this(0);
    }

    private PollScheduler(int niceness) {
        this.niceness = niceness;
    }

    /**
     * A scheduler whose thread the operating system runs after the others when the cores are busy (its nice value
     * {@code niceness} steps up): the outbox's, so that sending the replies of a backlog takes the CPU the mailbox
     * leaves rather than half of it. It sends as soon as before on an idle machine. A 10,000-email backlog drained in
     * 9.6–11.1 s instead of 12.1 s on two cores, and its last reply left as early as before (issue 11).
     */
    public static PollScheduler yielding(int niceness) {
        return new PollScheduler(niceness);
    }

    /** Polls at once, or right after the poll under way. */
    public void wake() {
        synchronized (lock) {
            woken = true;
            lock.notifyAll();
        }
    }

    /** The poll running on this thread (if a PollScheduler's) applied something: the next one starts at once. */
    public static void markProgress() {
        PollScheduler current = POLLING.get();
        if (current != null) {
            synchronized (current.lock) {
                current.progressed = true;
            }
        }
    }

    /** The route whose polls this scheduler runs (null before the route started). */
    public String routeId() {
        return consumer == null ? null : consumer.getRouteId();
    }

    @Override
    public void onInit(Consumer consumer) {
        this.consumer = (ScheduledPollConsumer) consumer;
    }

    @Override
    public void scheduleTask(Runnable task) {
        this.task = task;
    }

    @Override
    public void unscheduleTask() {
        task = null;
    }

    @Override
    public boolean isSchedulerStarted() {
        return thread != null;
    }

    @Override
    public synchronized void startScheduler() {
        if (thread != null) {
            return;
        }
        active = true;
        thread = new Thread(this::loop, "poll-" + consumer.getRouteId());
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        POLLING.set(this);
        if (niceness > 0 && !Niceness.lowerCurrentThread(niceness)) {
            LOG.debug("{}: its priority could not be lowered; it runs at the others'",
                    Thread.currentThread().getName());
        }
        long waitMillis = millis(consumer.getInitialDelay());
        while (active) {
            synchronized (lock) {
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
                long left = waitMillis;
                while (active && !woken && left > 0) {
                    try {
                        lock.wait(left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                }
                woken = false;
                progressed = false;
            }
            Runnable polling = task;
            if (!active || polling == null) {
                continue;
            }
            polling.run();
            synchronized (lock) {
                waitMillis = progressed ? 0 : millis(consumer.getDelay());
            }
        }
    }

    private long millis(long amount) {
        return Math.max(0, consumer.getTimeUnit().toMillis(amount));
    }

    @Override
    protected void doStop() throws Exception {
        Thread running;
        synchronized (this) {
            running = thread;
            thread = null;
        }
        active = false;
        wake();
        // The poll under way finishes its messages (Camel's graceful shutdown waits for them too), not interrupted.
        if (running != null && running != Thread.currentThread()) {
            running.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }
}
