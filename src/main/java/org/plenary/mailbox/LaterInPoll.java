package org.plenary.mailbox;

import jakarta.mail.Message;
import java.util.List;

/** The messages a poll of the mailbox hands to the route after a given one, in that order. */
@FunctionalInterface
public interface LaterInPoll {
    /** A mailbox read one message at a time. */
    LaterInPoll NONE = (message, most) -> List.of();

    /** At most {@code most} messages the poll hands over after {@code message}; none when it is not one of the poll's. */
    List<Message> after(Message message, int most);

    /**
     * The whole of a message as the server holds it, read together with the messages the poll hands over after it;
     * null when it is not read that way (then it is read on its own).
     */
    default byte[] whole(Message message) {
        return null;
    }
}
