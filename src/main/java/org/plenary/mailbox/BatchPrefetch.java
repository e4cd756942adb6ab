package org.plenary.mailbox;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.component.mail.MailEndpoint;
import org.apache.camel.component.mail.MailUidGenerator;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.MessageSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key camel-mail asks of each message before it builds its exchange ({@code mailUidGenerator}, one per mailbox route):
 * its Message-ID, as camel-mail's own generator gives. camel-mail then reads the message's flags, and the inbound
 * bean its size, date and body, each a round trip of its own; here the first message of a batch fetches the
 * envelope (size, date), flags and Message-ID of the next {@code batch} messages in one FETCH, so only the body and
 * the SEEN flag are left to ask per message, as a hand-written IMAP client would. When the route asks for the whole of
 * a small message ({@link #whole}), it is read with the small ones the poll hands over next (up to
 * {@value #SMALL_BYTES} bytes each, {@value #WHOLE_BYTES} in all) in one FETCH of {@code BODY.PEEK[]}, and each is
 * handed out once: a backlog costs a few round trips per hundred messages instead of one or more per message.
 * Nothing is marked here.
 *
 * <p>When the server cannot answer the batch (GreenMail fails a whole FETCH ENVELOPE over one malformed {@code From}),
 * the messages are read one by one as before.
 *
 * <p>camel-mail asks for every message's key before it hands the first one to the route, in the order it will hand
 * them over, so this is also where the route learns which messages of the poll come next ({@link #after}), for the
 * inbound bean to apply several in one transaction. Thread-safe.
 *
 * <p>It is also where each message is set to be read with {@code BODY.PEEK}, so reading it never marks it seen before
 * its transaction commits: camel-mail's {@code peek} option does the same through reflection, looking up every method
 * of the message's class again for each message.
 */
public final class BatchPrefetch implements MailUidGenerator, LaterInPoll {
    private static final Logger LOG = LoggerFactory.getLogger(BatchPrefetch.class);
    private static final FetchProfile PROFILE = new FetchProfile();

    static {
        PROFILE.add(FetchProfile.Item.ENVELOPE);
        PROFILE.add(FetchProfile.Item.FLAGS);
        PROFILE.add("Message-ID");
    }

    /** The largest message read whole with others: what the inbound bean applies together, at most. */
    static final int SMALL_BYTES = 256 * 1024;
    /** At most this much of a batch is read whole ahead of its turn (held in memory until then). */
    static final int WHOLE_BYTES = 2 * 1024 * 1024;

    private final int batch;
    /** Small messages read whole with the last one asked for and not yet handed out. */
    private final Map<Message, byte[]> wholes = new IdentityHashMap<>();
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
                wholes.clear();
                handingOver = false;
            }
            poll.add(message);
        }
        if (message instanceof IMAPMessage imap) {
            imap.setPeek(true);
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

    /**
     * The whole of the message: read now with the small ones the poll hands over after it (up to the first large one,
     * {@value #WHOLE_BYTES} in all) when it was not read with the ones before it. Null for a large message, or when
     * the server would not send them together.
     */
    @Override
    public synchronized byte[] whole(Message message) {
        byte[] whole = wholes.remove(message);
        if (whole == null && message.getFolder() instanceof IMAPFolder folder) {
            wholes.clear();
            readWhole(folder, smallOnesFrom(message));
            whole = wholes.remove(message);
        }
        return whole;
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

    /** The message and the ones the poll hands over after it, while they are small and fit {@link #WHOLE_BYTES}. */
    private List<Message> smallOnesFrom(Message message) {
        List<Message> small = new ArrayList<>();
        int index = poll.indexOf(message);
        long total = 0;
        try {
            for (Message next : index < 0 ? List.of(message) : poll.subList(index, poll.size())) {
                int size = next.getSize();
                if (size < 0 || size > SMALL_BYTES || total + size > WHOLE_BYTES) {
                    break;
                }
                small.add(next);
                total += size;
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.debug("no size for a message after {} ({}); reading the rest one by one", message.getMessageNumber(),
                    e.getMessage());
        }
        return small;
    }

    /**
     * One FETCH of {@code BODY.PEEK[]} for the messages. What the server says besides (a new message arrived, one was
     * expunged) goes to the folder, as it does for the folder's own commands; a refusal leaves them all to be read
     * one by one.
     */
    private void readWhole(IMAPFolder folder, List<Message> messages) {
        if (messages.isEmpty()) {
            return;
        }
        Map<Integer, Message> byNumber = new HashMap<>();
        for (Message message : messages) {
            byNumber.put(message.getMessageNumber(), message);
        }
        MessageSet[] sets = MessageSet.createMessageSets(byNumber.keySet().stream().mapToInt(Integer::intValue).toArray());
        try {
            folder.doCommand(protocol -> {
                Response[] responses = protocol.fetch(sets, "BODY.PEEK[]");
                List<Response> others = new ArrayList<>();
                for (Response response : responses) {
                    if (!(response instanceof FetchResponse fetch) || !keep(fetch, byNumber) || fetch.getItemCount() > 1) {
                        others.add(response);
                    }
                }
                protocol.notifyResponseHandlers(others.toArray(Response[]::new));
                protocol.handleResult(responses[responses.length - 1]);
                return null;
            });
        } catch (MessagingException | RuntimeException e) {
            wholes.clear();
            LOG.debug("reading {} messages whole failed ({}); reading them one by one", messages.size(), e.getMessage());
        }
    }

    /** Keeps the whole of a message asked for: whether the response held that (it may hold more). */
    private boolean keep(FetchResponse fetch, Map<Integer, Message> asked) {
        // Numbers cannot shift under a FETCH: a server must not send EXPUNGE in answer to one (RFC 3501, 7.4.1).
        Message message = asked.get(fetch.getNumber());
        BODY body = fetch.getItem(BODY.class);
        if (message == null || body == null || body.isHeader()
                || (body.getSection() != null && !body.getSection().isEmpty()) || body.getByteArray() == null) {
            return false;
        }
        wholes.put(message, body.getByteArray().getNewBytes());
        return true;
    }
}
