package org.plenary.mailbox;

import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import java.util.List;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.imap.protocol.ListInfo;

/**
 * Angus Mail's IMAP store, whose messages do not ask the server again to set a flag the server has already reported
 * set on them. After each transaction the inbound bean marks its emails seen in one {@code STORE}, and the server
 * answers with each message's new flags; camel-mail then marks every message seen once more, one round trip each (a
 * tenth of a backlog's drain, issue 11). A message whose flags were never read, or lack the flag, is marked as
 * before, so camel-mail's promise (seen once its exchange is done) is kept by whichever {@code STORE} came first.
 *
 * <p>Chosen per mailbox by the JavaMail property {@code mail.imap.class} (or {@code mail.imaps.class} with
 * {@link SeenOnceSslStore}); registered, under protocol names of their own so that they are never anyone's default, in
 * {@code META-INF/jakarta.providers}.
 */
public class SeenOnceStore extends IMAPStore {
    /** The options of a mailbox endpoint that choose these stores (each protocol reads its own). */
    public static final List<String> OPTIONS = List.of("mail.imap.class=" + SeenOnceStore.class.getName(),
            "mail.imaps.class=" + SeenOnceSslStore.class.getName());

    public SeenOnceStore(Session session, URLName url) {
        super(session, url);
    }

    @Override
    protected IMAPFolder newIMAPFolder(String fullName, char separator, Boolean isNamespace) {
        return new Folder(fullName, separator, this, isNamespace);
    }

    @Override
    protected IMAPFolder newIMAPFolder(ListInfo info) {
        return new Folder(info, this);
    }

    static final class Folder extends IMAPFolder {
        Folder(String fullName, char separator, IMAPStore store, Boolean isNamespace) {
            super(fullName, separator, store, isNamespace);
        }

        Folder(ListInfo info, IMAPStore store) {
            super(info, store);
        }

        @Override
        protected IMAPMessage newIMAPMessage(int number) {
            return new Message(this, number);
        }
    }

    static final class Message extends IMAPMessage {
        Message(IMAPFolder folder, int number) {
            super(folder, number);
        }

        /** {@code flags}: what the server last said of this message's flags, in a FETCH or in answer to a STORE. */
        @Override
        public synchronized void setFlags(Flags flag, boolean set) throws MessagingException {
            if (set && flags != null && flags.contains(flag)) {
                return;
            }
            super.setFlags(flag, set);
        }
    }
}
