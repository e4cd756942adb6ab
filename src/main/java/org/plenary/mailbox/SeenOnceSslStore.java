package org.plenary.mailbox;

import jakarta.mail.Session;
import jakarta.mail.URLName;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPSSLStore;
import org.eclipse.angus.mail.imap.protocol.ListInfo;

/** {@link SeenOnceStore} over TLS ({@code imaps}). */
public class SeenOnceSslStore extends IMAPSSLStore {
    public SeenOnceSslStore(Session session, URLName url) {
        super(session, url);
    }

    @Override
    protected IMAPFolder newIMAPFolder(String fullName, char separator, Boolean isNamespace) {
        return new SeenOnceStore.Folder(fullName, separator, this, isNamespace);
    }

    @Override
    protected IMAPFolder newIMAPFolder(ListInfo info) {
        return new SeenOnceStore.Folder(info, this);
    }
}
