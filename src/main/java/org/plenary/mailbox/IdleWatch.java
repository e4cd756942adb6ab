package org.plenary.mailbox;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.camel.component.mail.MailConfiguration;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a mailbox with IMAP IDLE on a connection of its own and wakes the route's {@link PollScheduler} when the
 * server reports a change, so new mail is read within a second instead of after the poll delay, which stays as the
 * fallback. The poll, not this watch, reads and marks mail: the promise that a message is marked seen only after its
 * transaction committed is the route's, untouched.
 *
 * <p>The IDLE is renewed every {@code renew} (RFC 2177: servers may drop an IDLE after 30 minutes, and NAT boxes an
 * idle connection sooner), which also proves the connection alive; when the connection drops (server restart,
 * timeout) the watch reconnects with a growing pause (1 s up to 30 s) and wakes the poll once connected, for what
 * arrived meanwhile. A server without IDLE is polled as before. Thread-safe.
 */
public final class IdleWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IdleWatch.class);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    /** What the watch reports, for /metrics. */
    public interface Observer {
        void connected(boolean connected);

        void unseen(int count);
    }

    private final MailConfiguration mailbox;
    private final PollScheduler poll;
    private final Duration renew;
    private final Observer observer;
    private final Session session;
    private final ScheduledExecutorService renewal;
    private final Thread thread;
    private volatile boolean open = true;
    private volatile IMAPFolder folder;
    private volatile Store store;

    public IdleWatch(MailConfiguration mailbox, PollScheduler poll, Duration renew, Observer observer) {
        this.mailbox = mailbox;
        this.poll = poll;
        this.renew = renew;
        this.observer = observer;
        this.session = session(mailbox, renew);
        this.renewal = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "idle-renew-" + poll.routeId()));
        this.thread = daemon(this::watch, "idle-" + poll.routeId());
    }

    /** The JavaMail properties of the route (system properties, the URL's mail.* options), with a read timeout past the renewal. */
    private static Session session(MailConfiguration mailbox, Duration renew) {
        Properties properties = new Properties();
        properties.putAll(System.getProperties());
        if (mailbox.getAdditionalJavaMailProperties() != null) {
            properties.putAll(mailbox.getAdditionalJavaMailProperties());
        }
        String protocol = mailbox.getProtocol();
        properties.put("mail." + protocol + ".connectiontimeout", String.valueOf(mailbox.getConnectionTimeout()));
        properties.put("mail." + protocol + ".timeout", String.valueOf(renew.plusMinutes(1).toMillis()));
        return Session.getInstance(properties);
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    public IdleWatch start() {
        thread.start();
        return this;
    }

    private void watch() {
        Duration pause = Duration.ofSeconds(1);
        while (open) {
            try {
                connect();
                pause = Duration.ofSeconds(1);
                if (!idleUntilClosed()) {
                    return;
                }
            } catch (MessagingException | IllegalStateException e) {
                if (open) {
                    LOG.warn("IMAP IDLE on {} lost ({}); reconnecting in {} s, polls go on meanwhile",
                            mailbox.getFolderName(), e.getMessage(), pause.toSeconds());
                }
            } finally {
                disconnect();
            }
            if (!pause(pause)) {
                return;
            }
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }

    private void connect() throws MessagingException {
        Store connecting = session.getStore(mailbox.getProtocol());
        store = connecting;
        PasswordAuthentication login = mailbox.getPasswordAuthentication();
        connecting.connect(mailbox.getHost(), mailbox.getPort(), login.getUserName(), login.getPassword());
        IMAPFolder opened = (IMAPFolder) connecting.getFolder(mailbox.getFolderName());
        opened.open(Folder.READ_ONLY);
        folder = opened;
        observer.connected(true);
        LOG.debug("IMAP IDLE on {} connected", mailbox.getFolderName());
    }

    /** Idles until the connection fails; false when the server has no IDLE (the polls alone read the mailbox). */
    private boolean idleUntilClosed() throws MessagingException {
        IMAPFolder watched = folder;
        ScheduledFuture<?> renewing = renewal.scheduleWithFixedDelay(this::renew, renew.toMillis(), renew.toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            while (open) {
                report(watched);
                try {
                    watched.idle(true);
                } catch (MessagingException e) {
                    if (e.getMessage() != null && e.getMessage().contains("IDLE not supported")) {
                        LOG.info("{} does not support IMAP IDLE; new mail waits for the next poll", mailbox.getHost());
                        observer.connected(false);
                        return false;
                    }
                    throw e;
                }
                if (!watched.isOpen()) {
                    throw new IllegalStateException("the folder was closed");
                }
            }
            return true;
        } finally {
            renewing.cancel(false);
        }
    }

    /** The unseen count for /metrics; any unseen message wakes the poll (a new one, or one left by a failed poll). */
    private void report(IMAPFolder watched) throws MessagingException {
        int unseen = watched.getUnreadMessageCount();
        observer.unseen(unseen);
        if (unseen > 0) {
            poll.wake();
        }
    }

    /** A NOOP from another thread ends the IDLE (the watch then starts a fresh one) and proves the connection alive. */
    private void renew() {
        IMAPFolder watched = folder;
        if (watched == null) {
            return;
        }
        try {
            watched.doCommand(protocol -> {
                protocol.simpleCommand("NOOP", null);
                return null;
            });
        } catch (MessagingException | RuntimeException e) {
            LOG.debug("renewing IMAP IDLE: {}", e.getMessage());
            disconnect();
        }
    }

    private boolean pause(Duration pause) {
        synchronized (this) {
            try {
                if (open) {
                    wait(pause.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return open;
    }

    private void disconnect() {
        observer.connected(false);
        folder = null;
        Store closing = store;
        store = null;
        if (closing != null) {
            try {
                closing.close();
            } catch (MessagingException | RuntimeException e) {
                LOG.debug("closing the IMAP IDLE connection: {}", e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        open = false;
        synchronized (this) {
            notifyAll();
        }
        renewal.shutdownNow();
        disconnect();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
