package org.plenary.mailbox;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.component.mail.MailEndpoint;
import org.apache.camel.component.mail.MailUidGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key camel-mail asks of each message before it builds its exchange ({@code mailUidGenerator}, one per mailbox route):
 * its Message-ID, as camel-mail's own generator gives. camel-mail then reads the message's flags, and the inbound
 * bean its size, date and body, each a round trip of its own; here the first message of a batch fetches the
 * envelope (size, date), flags and Message-ID of the next {@code batch} messages in one FETCH, so only the body and
 * the SEEN flag are left to ask per message, as a hand-written IMAP client would. Nothing is marked here.
 *
 * <p>When the server cannot answer the batch (GreenMail fails a whole FETCH ENVELOPE over one malformed {@code From}),
 * the messages are read one by one as before.
 *
 * <p>camel-mail asks for every message's key before it hands the first one to the route, in the order it will hand
 * them over, so this is also where the route learns which messages of the poll come next ({@link #after}), for the
 * inbound bean to apply several in one transaction. Thread-safe.
 */
public final class BatchPrefetch implements MailUidGenerator, LaterInPoll {
    private static final Logger LOG = LoggerFactory.getLogger(BatchPrefetch.class);
    private static final FetchProfile PROFILE = new FetchProfile();

    static {
        PROFILE.add(FetchProfile.Item.ENVELOPE);
        PROFILE.add(FetchProfile.Item.FLAGS);
        PROFILE.add("Message-ID");
    }

    private final int batch;
    /** The messages last fetched, from message number {@code first} on. */
    private Message[] fetched = new Message[0];
    private int first;

    /** The messages of the current poll, in the order camel-mail hands them to the route. */
    private final List<Message> poll = new ArrayList<>();
    /** Whether the route has started on the messages of {@link #poll}: the next key asked begins another poll. */
    private boolean handingOver;

    public BatchPrefetch(int batch) {
        this.batch = batch;
    }

    @Override
    public String generateUuid(MailEndpoint endpoint, Message message) {
        synchronized (this) {
            if (handingOver) {
                poll.clear();
                handingOver = false;
            }
            poll.add(message);
        }
        prefetch(message);
        try {
            String[] ids = message.getHeader("Message-ID");
            if (ids != null && ids.length > 0) {
                return ids[0];
            }
        } catch (MessagingException e) {
            LOG.debug("no Message-ID for message {}: {}", message.getMessageNumber(), e.getMessage());
        }
        return Integer.toString(message.getMessageNumber());
    }

    @Override
    public synchronized List<Message> after(Message message, int most) {
        handingOver = true;
        for (int i = 0; i < poll.size(); i++) {
            if (poll.get(i) == message) {
                return List.copyOf(poll.subList(i + 1, Math.min(poll.size(), i + 1 + most)));
            }
        }
        return List.of();
    }

    private synchronized void prefetch(Message message) {
        int number = message.getMessageNumber();
        int index = number - first;
        if (index >= 0 && index < fetched.length && fetched[index] == message) {
            return;
        }
        Folder folder = message.getFolder();
        first = number;
        fetched = new Message[] {message};
        try {
            fetched = folder.getMessages(number, Math.min(folder.getMessageCount(), number + batch - 1));
            folder.fetch(fetched, PROFILE);
        } catch (MessagingException | RuntimeException e) {
            LOG.debug("prefetching from message {} failed ({}); reading them one by one", number, e.getMessage());
        }
    }
}
